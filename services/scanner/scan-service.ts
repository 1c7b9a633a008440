/**
 * The front desk's verdict on scanned text, decided here in the main process (never in the page), offline,
 * against the pinned authority root; every Health Code scan is logged (HMAC of the pass id, never the pass).
 * A venue's poster code scanned at the desk is named as such and not logged.
 */
import { parseCodeText } from '../../shared/qr/code';
import { parsePassText, type PassParse } from '../../shared/health-code/pass';
import { verdictOfReason, type DeskVerdict, type ScanVerdict, type VerdictCounts } from '../../shared/health-code/desk-verdict';
import { verifyPass } from '../../shared/health-code/verify-pass';
import type { VerifyEd25519 } from '../../shared/trust/ed25519';
import type { Root } from '../../shared/trust/root';
import type { Clock } from '../../shared/time/hk';
import type { DeskKeyStore } from '../desk-log/desk-key';
import type { DeskLog } from '../desk-log/desk-log';

/** What the desk shows for one scan. Holder facts only on green and amber. */
export interface ScanResult {
  verdict: ScanVerdict;
  /** The machine reason (verifyPass's, or `no-root`, `clock-behind`, `empty`); null on green, amber and red. */
  reason: string | null;
  validUntil: string | null;
  holder: { initials: string; birthDayMonth: string } | null;
  /** The venue whose poster code was scanned (`venue-code` only). */
  venue: { id: string; nameEn: string; nameZh: string } | null;
  /** Today's counts at this venue, after this scan. */
  today: VerdictCounts;
}

/** What the scan service reads. */
export interface ScanServiceDeps {
  deskLog: DeskLog;
  deskKeys: DeskKeyStore;
  /** The pinned (chain-checked) authority root, or null. */
  pinnedRoot: () => Root | null;
  /** The issue time of the last verified notices feed (the authority's clock), or null. */
  lastVerifiedFeedAt: () => number | null;
  /** This operator's own key ids (a pass signed by one is `wrong-role`). */
  operatorKids: () => ReadonlySet<string>;
  clock: Clock;
  verify: VerifyEd25519;
}

/** How far this computer's clock may be behind the last verified feed before verdicts are withheld. */
export const CLOCK_SKEW_MS = 5 * 60_000;

// C0 and C1 controls, DEL and invisible format characters a wedge scanner or a bad paste may add.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2060\ufeff]/g;

/** Decides and logs verdicts for one venue's desk. */
export class ScanService {
  constructor(private readonly d: ScanServiceDeps) {}

  /**
   * Unseals the desk key ahead of the first scan (scrypt or the OS keychain: up to a few hundred ms), so the first
   * visitor's verdict is as quick as the next one's. The scanner window calls it when it opens.
   */
  prepare(): void {
    this.d.deskKeys.get();
  }

  /** The verdict on `text` scanned at `venueId` (logged unless a venue code); `now` defaults to the clock. */
  scan(text: string, venueId: string, now = this.d.clock()): ScanResult {
    const clean = text.replace(CONTROL, '').trim();
    if (/^VC\d+:/.test(clean)) {
      const code = parseCodeText(clean);
      if (code.ok) {
        const r = code.code.record;
        return { verdict: 'venue-code', reason: null, validUntil: null, holder: null, venue: { id: r.venueId, nameEn: r.nameEn, nameZh: r.nameZh }, today: this.d.deskLog.todayCounts(venueId, now) };
      }
    }
    const parsed = parsePassText(clean);
    const desk = this.d.deskKeys.get();
    const outcome = this.decide(clean, parsed, now);
    this.d.deskLog.record({ at: now, verdict: outcome.verdict, venueId, deskId: desk.deskId, passHmac: parsed.ok ? desk.hmac(parsed.record.passId) : null });
    return { ...outcome, venue: null, today: this.d.deskLog.todayCounts(venueId, now) };
  }

  private decide(text: string, parsed: PassParse, now: number): Omit<ScanResult, 'venue' | 'today' | 'verdict'> & { verdict: DeskVerdict } {
    const none = { validUntil: null, holder: null };
    if (text === '') return { verdict: 'cannot-read', reason: 'empty', ...none };
    if (!parsed.ok) return { verdict: verdictOfReason(parsed.reason), reason: parsed.reason, ...none };
    const root = this.d.pinnedRoot();
    if (!root) return { verdict: 'cannot-verify', reason: 'no-root', ...none };
    const feedAt = this.d.lastVerifiedFeedAt();
    if (feedAt !== null && now < feedAt - CLOCK_SKEW_MS) return { verdict: 'cannot-verify', reason: 'clock-behind', ...none };
    const verdict = verifyPass(text, { root, now, operatorKids: this.d.operatorKids(), verify: this.d.verify });
    if (!verdict.ok) return { verdict: verdictOfReason(verdict.reason), reason: verdict.reason, validUntil: verdict.validUntil ?? null, holder: null };
    const colour: DeskVerdict = verdict.pass.colour;
    const holder = colour === 'red' ? null : { initials: verdict.pass.initials, birthDayMonth: verdict.pass.birthDayMonth };
    return { verdict: colour, reason: null, validUntil: verdict.validUntil, holder };
  }
}
