/**
 * `scan`, `desk-log summary` and `desk-log export` in-process on a real data folder: the vectors' verdicts, the
 * log counted by venue, hour and verdict, the clock's 31-day erasure, and the signed export for the authority
 * that lets the authority (and only a holder of the desk key) match pass ids.
 */
import { createHmac } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnvelope, signDocument, validSigners } from '../../../shared/trust/signed-document';
import type { Feed } from '../../../shared/notices/feed';
import { nodeVerify } from '../../../services/crypto/node-verify';
import { inProcessCli } from '../../helpers/in-process-cli';
import { passVectors, vectorRoot } from '../../helpers/pass-vectors';
import { seedKey } from '../../helpers/seed-keys';
import { testNotice } from '../../helpers/test-authority';
import { tempDir } from '../../helpers/temp-services';

const home = tempDir('vc-desk-cli-');
const data = join(home.dir, 'data');
const NOW = '2026-11-26T12:00:00+08:00';
const cli = inProcessCli(data, { passphrase: 'desk cli passphrase', now: Date.parse(NOW) });
const vector = (name: string) => passVectors().find((v) => v.name === name)?.text ?? '';
let venueId = '';

beforeAll(async () => {
  expect((await cli(['keys', 'init'])).code).toBe(0);
  expect((await cli(['settings', '--operator-name', 'Harbour Dining Group', '--scheme-name', 'Safe Visit'])).code).toBe(0);
  const add = await cli(['venue', 'add', '--name-en', 'Harbour Tea House', '--name-zh', '海港茶樓', '--address-en', '1 Harbour Road, Wan Chai', '--address-zh', '灣仔港灣道1號', '--district', 'Wan Chai', '--type', 'restaurant']);
  expect(add.code, add.stderr).toBe(0);
  venueId = JSON.parse(add.stdout).id;
  writeFileSync(join(home.dir, 'root.json'), JSON.stringify(vectorRoot()));
  expect((await cli(['authority', 'pin', '--root', join(home.dir, 'root.json')])).code).toBe(0);
});
afterAll(() => home.cleanup());

describe('venue-console scan', () => {
  it.each([
    ['green, last second of its day', '2026-11-26T23:59:59+08:00', 'green'],
    ['green, first second of the next day', '2026-11-27T00:00:00+08:00', 'expired'],
    ['red', NOW, 'red'],
    ['one signature bit flipped', NOW, 'not-genuine'],
    ["signed by the authority's operators key", NOW, 'not-genuine'],
    ['signed by an unknown key', NOW, 'cannot-verify'],
    ['one digit missing', NOW, 'cannot-read'],
    ['a venue code', NOW, 'venue-code'],
  ])('%s at %s → %s', async (name, now, verdict) => {
    const r = await cli(['scan', vector(name), '--venue', venueId, '--now', now]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.verdict).toBe(verdict);
    if (verdict === 'green') expect(out).toMatchObject({ validUntil: '2026-11-26T23:59:59+08:00', holder: { initials: 'CTM', birthDayMonth: '07-03' } });
    else expect(out.holder).toBeUndefined();
  });

  it('refuses an unknown venue, and a missing --venue', async () => {
    expect((await cli(['scan', vector('red'), '--venue', 'ZZZZZZZZZ'])).code).not.toBe(0);
    expect((await cli(['scan', vector('red')])).code).not.toBe(0);
  });
});

describe('venue-console desk-log', () => {
  it('summarises the scans above by verdict, venue and Hong Kong hour (venue codes are not logged)', async () => {
    const r = await cli(['desk-log', 'summary', '--now', NOW]);
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.total).toBe(7);
    expect(s.byVerdict).toMatchObject({ green: 1, expired: 1, red: 1, 'not-genuine': 2, 'cannot-verify': 1, 'cannot-read': 1 });
    expect(s.byVenue[venueId].total).toBe(7);
    expect(s.byHour).toMatchObject({ '12': 5, '23': 1, '00': 1 });
    const morning = JSON.parse((await cli(['desk-log', 'summary', '--from', '2026-11-26T00:00:00+08:00', '--until', '2026-11-26T23:00:00+08:00', '--now', NOW])).stdout);
    expect(morning.total).toBe(5);
  });

  it('exports the scans inside an exposure notice’s windows with the desk key, signed by the operator key', async () => {
    const notices = seedKey(3);
    const feed: Feed = {
      type: 'venue-notices-feed',
      authority: 'Test Authority 測試機構',
      feedVersion: 1,
      issuedAt: '2026-11-26T11:30:00+08:00',
      expires: '2026-11-27T11:30:00+08:00',
      notices: [testNotice({ id: 'EXP-1', targets: [{ venueId }], windows: [{ from: '2026-11-26T11:00:00+08:00', until: '2026-11-26T13:00:00+08:00' }] })],
      withdrawn: [],
    };
    writeFileSync(join(home.dir, 'feed.json'), JSON.stringify(signDocument(feed, [notices])));
    const imported = await cli(['notices', 'import', join(home.dir, 'feed.json')]);
    expect(imported.code, imported.stderr).toBe(0);
    const out = join(home.dir, 'export.json');
    const r = await cli(['desk-log', 'export', '--notice', 'EXP-1', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    const env = parseEnvelope(text);
    if (!env.ok) throw new Error(env.detail);
    const doc = env.doc.signed as unknown as { deskKey: string; entries: { passHmac: string | null; verdict: string }[]; notice: { id: string } };
    expect(doc.notice.id).toBe('EXP-1');
    // The five scans at 12:00 (inside 11:00–13:00), not the 23:59:59 and 00:00 ones.
    expect(doc.entries).toHaveLength(5);
    // The authority knows the pass ids it issued: with the desk key it finds the red pass's scan.
    const redHmac = createHmac('sha256', Buffer.from(doc.deskKey, 'hex')).update(Buffer.from('2222222222222222', 'hex')).digest('hex');
    expect(doc.entries.find((e) => e.passHmac === redHmac)?.verdict).toBe('red');
    // Signed by the operator's active key.
    const keys = JSON.parse((await cli(['keys', 'list'])).stdout) as { kid: string; publicKey: string; status: string }[];
    const active = keys.filter((k) => k.status === 'active');
    expect(validSigners(env.doc as never, active, nodeVerify).size).toBe(1);
    // Nothing personal: no initials, no birth dates, no pass text.
    expect(text).not.toMatch(/CTM|07-03|HC1:/);
  });

  it('--now 32 days later erases everything', async () => {
    const r = await cli(['desk-log', 'summary', '--now', '2026-12-28T12:00:00+08:00']);
    const s = JSON.parse(r.stdout);
    expect(s.erased).toBe(7);
    expect(s.total).toBe(0);
  });
});
