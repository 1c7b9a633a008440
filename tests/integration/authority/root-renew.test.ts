/**
 * `venue-authority root renew`: a root that has ended is extended without rotating a key — the next version, the
 * same keys, a new expiry, signed by the root key — and a console holding the ended version walks to it and
 * takes notices again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { statePath } from '../../../services/authority/authority-state';
import { failureOf } from '../../helpers/failure-of';
import { testNotice } from '../../helpers/test-authority';
import { openTestServices } from '../../helpers/temp-services';
import { authorityHarness } from './authority-harness';

const DAY = 86_400_000;
const h = authorityHarness();
const console_ = openTestServices({ clock: () => h.clock.now, withKey: false });
afterAll(() => {
  console_.cleanup();
  h.cleanup();
});

describe('venue-authority root renew', () => {
  it('extends an ended root with the same keys; a console holding the ended one advances and takes feeds again', async () => {
    expect((await h.run(['init', '--name', 'Department of Health 衞生署', '--root-valid-days', '30'])).code).toBe(0);
    expect((await h.run(['root', 'export', '--out', h.file('v1.json')])).code).toBe(0);
    const v1 = h.readRoot(h.file('v1.json'));
    const services = console_.services;
    services.authorityTrust.pin(readFileSync(h.file('v1.json'), 'utf8'));

    // 40 days on, version 1 has ended: the console refuses any feed.
    h.tick(40 * 24 * 60);
    writeFileSync(h.file('notices.json'), JSON.stringify([testNotice({ id: 'n-1' })]));
    expect((await h.run(['publish', '--notices', h.file('notices.json'), '--out', h.file('feed-1.json')])).code).toBe(0);
    const feed1 = readFileSync(h.file('feed-1.json'), 'utf8');
    expect(failureOf(() => services.notices.ingest(feed1, 'file')).appError.message).toMatch(/root expired/);

    const r = await h.run(['root', 'renew', '--valid-days', '400']);
    expect(r.code, r.stderr).toBe(0);
    const out = r.json();
    expect(out).toMatchObject({ rootVersion: 2, issuedAt: new Date(h.clock.now).toISOString(), expires: new Date(h.clock.now + 400 * DAY).toISOString(), signedBy: [v1.signed.rootKeys[0]?.kid] });
    expect((await h.run(['root', 'export', '--out', h.file('v2.json')])).code).toBe(0);
    const v2 = h.readRoot(h.file('v2.json'));
    expect([v2.signed.rootKeys, v2.signed.roles]).toEqual([v1.signed.rootKeys, v1.signed.roles]);

    // The console walks from the ended version 1 to version 2 and verifies the same feed.
    expect(services.authorityTrust.pin(readFileSync(h.file('v2.json'), 'utf8'))).toMatchObject({ added: [2], root: { signed: { version: 2 } } });
    expect(services.notices.ingest(feed1, 'file')).toMatchObject({ feedVersion: 1, change: 'new' });
  });

  it('refuses a validity outside 1–3650 days, and a wrong passphrase, leaving the state as it was', async () => {
    const before = readFileSync(statePath(h.auth));
    const zero = await h.run(['root', 'renew', '--valid-days', '0']);
    expect([zero.code, zero.stderr]).toEqual([1, expect.stringContaining('--valid-days must be a whole number from 1 to 3650')]);
    expect(zero.stderr).toContain('必須是 1 至 3650 之間的整數');
    const word = await h.run(['root', 'renew', '--valid-days', 'year']);
    expect([word.code, word.stderr]).toEqual([2, expect.stringContaining('--valid-days must be a whole number of days')]);
    const wrong = await h.run(['root', 'renew'], { passphrase: 'not the passphrase at all' });
    expect(wrong.code).toBe(1);
    expect(readFileSync(statePath(h.auth)).equals(before)).toBe(true);
  });
});
