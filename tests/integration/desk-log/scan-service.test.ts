/** The desk's verdicts over the real database: every verdict vector, what is logged, privacy, 31-day erasure. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPassText } from '../../../shared/health-code/pass';
import { nodeVerify } from '../../../services/crypto/node-verify';
import { DeskKeyStore } from '../../../services/desk-log/desk-key';
import { DeskLog } from '../../../services/desk-log/desk-log';
import { passphraseSealer } from '../../../services/keys/sealer';
import { ScanService } from '../../../services/scanner/scan-service';
import type { Root } from '../../../shared/trust/root';
import { passVectors, vectorRoot, VECTOR_OPERATOR_KID } from '../../helpers/pass-vectors';
import { seedKey } from '../../helpers/seed-keys';
import { openTestServices, TEST_PASSPHRASE } from '../../helpers/temp-services';

const VENUE = 'TEAHVSE2N';
let env: ReturnType<typeof openTestServices>;
let now = Date.parse('2026-11-26T12:00:00+08:00');
let root: Root | null;
let feedAt: number | null;
let deskLog: DeskLog;
let service: ScanService;

beforeEach(() => {
  env = openTestServices({ clock: () => now });
  root = vectorRoot().signed;
  feedAt = null;
  const sealer = passphraseSealer(TEST_PASSPHRASE);
  deskLog = new DeskLog(env.services.db, () => now);
  service = new ScanService({
    deskLog,
    deskKeys: new DeskKeyStore(env.services.db, () => sealer, () => now),
    pinnedRoot: () => root,
    lastVerifiedFeedAt: () => feedAt,
    operatorKids: () => new Set([VECTOR_OPERATOR_KID()]),
    clock: () => now,
    verify: nodeVerify,
  });
});
afterEach(() => env.cleanup());

const vector = (name: string) => {
  const v = passVectors().find((x) => x.name === name);
  if (!v) throw new Error(`no vector ${name}`);
  return v;
};
const expected: Record<string, string> = {
  'green, last second of its day': 'green',
  'green, first second of the next day': 'expired',
  'green, the day before its day': 'cannot-verify',
  amber: 'amber',
  red: 'red',
  'one signature bit flipped': 'not-genuine',
  "signed by the authority's operators key": 'not-genuine',
  "signed by a venue operator's key (certified in the bundle)": 'not-genuine',
  'signed by an unknown key': 'cannot-verify',
  'format version 2': 'cannot-read',
  'one digit missing': 'cannot-read',
  'a venue code': 'venue-code',
};

describe('scan verdicts', () => {
  it.each(Object.entries(expected))('%s → %s', (name, verdict) => {
    const v = vector(name);
    const result = service.scan(v.text, VENUE, Date.parse(v.now));
    expect(result.verdict).toBe(verdict);
    // Holder facts on green and amber only; nothing personal on red or grey.
    if (verdict === 'green' || verdict === 'amber') expect(result.holder).not.toBeNull();
    else expect(result.holder).toBeNull();
    const logged = deskLog.summary().total;
    expect(logged).toBe(verdict === 'venue-code' ? 0 : 1);
  });

  it('a venue code names its venue and is not logged', () => {
    const result = service.scan(vector('a venue code').text, VENUE);
    expect(result).toMatchObject({ verdict: 'venue-code', venue: { id: 'TEAHVSE2N', nameEn: 'Tea House', nameZh: '茶樓' } });
    expect(result.today.green).toBe(0);
  });

  it('no pinned root → cannot verify, never red', () => {
    root = null;
    expect(service.scan(vector('red').text, VENUE)).toMatchObject({ verdict: 'cannot-verify', reason: 'no-root' });
  });

  it("the computer's clock earlier than the last verified feed → cannot verify", () => {
    feedAt = now + 60 * 60_000;
    expect(service.scan(vector('amber').text, VENUE)).toMatchObject({ verdict: 'cannot-verify', reason: 'clock-behind', holder: null });
    feedAt = now + 60_000; // within the tolerated skew
    expect(service.scan(vector('amber').text, VENUE).verdict).toBe('amber');
  });

  it('control characters a wedge adds are stripped; a wedge terminator does not matter', () => {
    expect(service.scan(`\u0002${vector('amber').text}\r\n`, VENUE).verdict).toBe('amber');
    expect(service.scan('   ', VENUE)).toMatchObject({ verdict: 'cannot-read', reason: 'empty' });
  });

  it("today's counts by verdict come back with each scan", () => {
    service.scan(vector('amber').text, VENUE);
    service.scan(vector('red').text, VENUE);
    const last = service.scan(vector('red').text, VENUE);
    expect(last.today).toMatchObject({ amber: 1, red: 2, green: 0 });
    expect(service.scan(vector('red').text, 'OTHERVNU3').today.red).toBe(1);
  });
});

describe('desk log privacy and retention', () => {
  it('after 500 scans the data folder holds no pass id, pass text, initials or birth date', () => {
    const health = seedKey(4);
    const secrets: string[] = [];
    for (let i = 0; i < 500; i++) {
      const passId = (0x5a5a0000 + i).toString(16).padStart(16, 'c');
      const initials = `Q${String.fromCharCode(65 + (i % 26))}ZJ`;
      const text = buildPassText({ passId, colour: (['green', 'amber', 'red'] as const)[i % 3] ?? 'green', validOn: '2026-11-26', initials, birthDayMonth: '29-02', issuedAt: Math.floor(now / 1000) - 60, kid: health.kid }, health.sign);
      service.scan(text, VENUE);
      if (i % 50 === 0) secrets.push(passId, Buffer.from(passId, 'hex').toString('latin1'), text, text.slice(4, 60), initials);
    }
    expect(deskLog.summary().total).toBe(500);
    env.services.db.pragma('wal_checkpoint(TRUNCATE)');
    const files = readdirSync(env.dataDir, { recursive: true }).map(String);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      let bytes: string;
      try {
        bytes = readFileSync(join(env.dataDir, file)).toString('latin1');
      } catch {
        continue; // a folder
      }
      for (const s of [...secrets, '29-02', 'QAZJ']) expect(bytes.includes(s), `${file} contains ${JSON.stringify(s.slice(0, 20))}`).toBe(false);
    }
  });

  it('the same pass scanned twice logs the same HMAC; another desk key would log another', () => {
    service.scan(vector('amber').text, VENUE);
    service.scan(vector('amber').text, VENUE);
    const rows = env.services.db.prepare('SELECT pass_hmac FROM desk_scans').all() as { pass_hmac: string }[];
    expect(rows).toHaveLength(2);
    expect(rows[0]?.pass_hmac).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]?.pass_hmac).toBe(rows[1]?.pass_hmac);
  });

  it('erases scans 31 days after them (fake clock): after 32 days the log is empty', () => {
    service.scan(vector('amber').text, VENUE);
    now += 30 * 86_400_000;
    service.scan(vector('amber').text.replace(/^/, ''), VENUE, Date.parse('2026-11-26T13:00:00+08:00'));
    expect(deskLog.erase(now)).toBe(0);
    now += 2 * 86_400_000;
    expect(deskLog.erase(now)).toBe(2);
    expect(deskLog.summary().total).toBe(0);
  });

  it('summarises by venue, Hong Kong hour and verdict', () => {
    service.scan(vector('amber').text, VENUE, Date.parse('2026-11-26T09:15:00+08:00'));
    service.scan(vector('red').text, VENUE, Date.parse('2026-11-26T09:45:00+08:00'));
    service.scan(vector('red').text, 'OTHERVNU3', Date.parse('2026-11-26T17:05:00+08:00'));
    const s = deskLog.summary({ from: Date.parse('2026-11-26T00:00:00+08:00'), until: Date.parse('2026-11-27T00:00:00+08:00') });
    expect(s.total).toBe(3);
    expect(s.byHour).toEqual({ '09': 2, '17': 1 });
    expect(s.byVenue[VENUE]?.byVerdict).toMatchObject({ amber: 1, red: 1 });
    expect(s.byVerdict.red).toBe(2);
  });
});
