/**
 * Desk-log benchmark (issue 12 §5): 100,000 scans over 40 days at 20 venues — the summary by venue, hour and
 * verdict (target ≤ 50 ms), the 31-day erasure (target ≤ 200 ms), and one scan's verdict in main (verify + log).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPairSync, sign } from 'node:crypto';
import { DESK_VERDICTS } from '../shared/health-code/desk-verdict';
import { buildPassText } from '../shared/health-code/pass';
import { kidOfPublicKey, type Root } from '../shared/trust/root';
import { signDocument } from '../shared/trust/signed-document';
import { hkIsoDate } from '../shared/time/hk';
import { openDataFolder } from '../services/open-data-folder';
import { hkHourOf } from '../services/desk-log/desk-log';
import { passphraseSealer } from '../services/keys/sealer';
import { median } from './registry';

const ENTRIES = 100_000;
const DAY = 86_400_000;
const NOW = Date.parse('2026-11-26T12:00:00+08:00');

const timeIt = (fn: () => unknown, runs = 9): number => {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return Math.round(median(times) * 100) / 100;
};

/** Runs the benchmark; medians in ms. */
export function benchDeskLog(resourcesDir: string): Record<string, number | boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'vc-bench-desk-'));
  const sealer = passphraseSealer('bench passphrase 2026');
  const folder = openDataFolder({ dataDir: dir, resourcesDir, sealer: () => sealer, clock: () => NOW });
  try {
    const { db, desk } = folder;
    const deskId = desk.deskKeys.get().deskId;
    const insert = db.prepare('INSERT INTO desk_scans (scanned_at, verdict, venue_id, desk_id, pass_hmac, hk_hour) VALUES (?, ?, ?, ?, ?, ?)');
    db.transaction(() => {
      for (let i = 0; i < ENTRIES; i++) {
        const at = NOW - Math.floor((i / ENTRIES) * 40 * DAY);
        insert.run(at, DESK_VERDICTS[i % 7] as string, `VENUE${String(i % 20).padStart(4, '0')}`, deskId, (i * 2654435761).toString(16).padStart(64, '0'), hkHourOf(at));
      }
    })();
    db.pragma('optimize');
    const summaryMs = timeIt(() => desk.deskLog.summary());
    const summaryTodayMs = timeIt(() => desk.deskLog.summary({ from: NOW - DAY, until: NOW + DAY }));
    // The erasure runs once on real data (it deletes); measured on a copy of the table each time.
    const eraseTimes: number[] = [];
    for (let r = 0; r < 3; r++) {
      db.exec('DROP TABLE IF EXISTS desk_scans_copy; CREATE TABLE desk_scans_copy AS SELECT * FROM desk_scans');
      const t0 = performance.now();
      const erased = desk.deskLog.erase(NOW);
      eraseTimes.push(performance.now() - t0);
      if (erased === 0) throw new Error('nothing was erased');
      db.exec('DELETE FROM desk_scans; INSERT INTO desk_scans SELECT * FROM desk_scans_copy');
    }
    // One wedge scan's work in main: parse, verify against the pinned root, HMAC, log, today's counts.
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const hex = Buffer.from(String(publicKey.export({ format: 'jwk' }).x), 'base64url').toString('hex');
    const kid = kidOfPublicKey(hex) as string;
    const role = [{ kid, publicKey: hex, validFrom: new Date(NOW - 30 * DAY).toISOString(), validUntil: null }];
    const root: Root = { type: 'venue-authority-root', authority: 'Bench', version: 1, issuedAt: new Date(NOW - 30 * DAY).toISOString(), expires: new Date(NOW + 300 * DAY).toISOString(), rootKeys: [{ kid, publicKey: hex }], roles: { operators: role, notices: role, 'health-code': role } };
    db.prepare('INSERT INTO authority_roots (version, document, accepted_at) VALUES (1, ?, ?)').run(JSON.stringify(signDocument(root, [{ kid, sign: (m) => new Uint8Array(sign(null, m, privateKey)) }])), NOW);
    const pass = buildPassText({ passId: '0123456789abcdef', colour: 'green', validOn: hkIsoDate(NOW), initials: 'CTM', birthDayMonth: '07-03', issuedAt: Math.floor(NOW / 1000) - 60, kid }, (m) => new Uint8Array(sign(null, m, privateKey)));
    const scanMs = timeIt(() => {
      const r = desk.scans.scan(pass, 'VENUE0001', NOW);
      if (r.verdict !== 'green') throw new Error(`bench pass gave ${r.verdict}`);
    }, 31);
    const eraseMs = Math.round(median(eraseTimes) * 100) / 100;
    return {
      entries: ENTRIES,
      summaryMs,
      summaryTodayMs,
      summaryWithinTarget: summaryMs <= 50,
      eraseMs,
      eraseWithinTarget: eraseMs <= 200,
      scanVerdictInMainMs: scanMs,
    };
  } finally {
    folder.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
