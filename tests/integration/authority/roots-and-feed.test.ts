/** venue-authority init, root export, rotate and publish: the documents verify with shared/'s own checks. */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFeed, feedContentHash, type Feed } from '../../../shared/notices/feed';
import { nobleVerify } from '../../../shared/trust/ed25519';
import { advanceRoot, checkFirstRoot, type SignedRoot } from '../../../shared/trust/root';
import { statePath } from '../../../services/authority/authority-state';
import { testNotice } from '../../helpers/test-authority';
import { authorityHarness } from './authority-harness';

const h = authorityHarness();
afterAll(() => h.cleanup());

let v1: SignedRoot;
let kids: Record<string, string>;

describe('venue-authority roots and feed', () => {
  it('init makes a private folder, a 0600 state file and root version 1 signed by its own root key', async () => {
    const r = await h.run(['init', '--name', 'Department of Health 衞生署']);
    expect(r.code, r.stderr).toBe(0);
    const out = r.json();
    expect(out.authority).toBe('Department of Health 衞生署');
    kids = out.kids as Record<string, string>;
    expect(Object.keys(kids).sort()).toEqual(['health-code', 'notices', 'operators', 'root']);
    expect(r.stdout).not.toMatch(/sealed|PRIVATE/i);
    if (process.platform !== 'win32') {
      expect(statSync(h.auth).mode & 0o777).toBe(0o700);
      expect(statSync(statePath(h.auth)).mode & 0o777).toBe(0o600);
    }
    const e = await h.run(['root', 'export', '--out', h.file('root-v1.json')]);
    expect(e.code, e.stderr).toBe(0);
    v1 = h.readRoot(h.file('root-v1.json'));
    expect(v1.signed.version).toBe(1);
    expect(v1.signed.authority).toBe('Department of Health 衞生署');
    expect(Date.parse(v1.signed.expires) - Date.parse(v1.signed.issuedAt)).toBe(365 * 86_400_000);
    expect(checkFirstRoot(v1, nobleVerify).ok).toBe(true);
    expect(v1.signed.roles.notices[0]?.kid).toBe(kids.notices);
  });

  it('refuses a second init and leaves the state as it was', async () => {
    const before = readFileSync(statePath(h.auth));
    const r = await h.run(['init', '--name', 'Someone Else']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('already holds an authority');
    expect(r.stderr).toContain('已經建立發證機構');
    expect(readFileSync(statePath(h.auth)).equals(before)).toBe(true);
  });

  it('rotate notices: v2 lists both keys; a v1 holder advances; a feed by the new key passes checkFeed', async () => {
    h.tick(60);
    const r = await h.run(['rotate', '--role', 'notices']);
    expect(r.code, r.stderr).toBe(0);
    const out = r.json();
    expect(out).toMatchObject({ rotated: 'notices', retiredKid: kids.notices, rootVersion: 2, signedBy: [kids.root] });
    const newNotices = out.newKid as string;
    expect(newNotices).not.toBe(kids.notices);
    expect(await h.run(['root', 'export', '--out', h.file('root-v2.json')])).toMatchObject({ code: 0 });
    const v2 = h.readRoot(h.file('root-v2.json'));
    expect(v2.signed.roles.notices.map((k) => [k.kid, k.validUntil === null])).toEqual([
      [kids.notices, false],
      [newNotices, true],
    ]);
    const walked = advanceRoot(v1, [v2], nobleVerify);
    expect(walked.ok && walked.root.signed.version).toBe(2);

    h.tick();
    writeFileSync(h.file('notices.json'), JSON.stringify({ notices: [testNotice({ id: 'exp-1' })], withdrawn: [] }));
    const p = await h.run(['publish', '--notices', h.file('notices.json'), '--out', h.file('feed-1.json')]);
    expect(p.code, p.stderr).toBe(0);
    expect(p.json()).toMatchObject({ feedVersion: 1, notices: 1, signedBy: newNotices });
    const text = readFileSync(h.file('feed-1.json'), 'utf8');
    const ok = checkFeed(text, { root: v2.signed, now: h.clock.now, held: null, verify: nobleVerify });
    expect(ok.ok).toBe(true);
    // The same feed against v1 (which never heard of the new notices key) is refused.
    const stale = checkFeed(text, { root: v1.signed, now: h.clock.now, held: null, verify: nobleVerify });
    expect(stale).toMatchObject({ ok: false, reason: 'wrong-key' });
  });

  it('publish twice: feedVersion 1 then 2, and a holder of 2 refuses the first file as a rollback', async () => {
    h.tick();
    writeFileSync(h.file('notices-2.json'), JSON.stringify([testNotice({ id: 'exp-1', revision: 2 }), testNotice({ id: 'exp-2' })]));
    const p = await h.run(['publish', '--notices', h.file('notices-2.json'), '--out', h.file('feed-2.json'), '--valid-hours', '6']);
    expect(p.code, p.stderr).toBe(0);
    expect(p.json()).toMatchObject({ feedVersion: 2, notices: 2, withdrawn: 0 });
    const root = h.readRoot(h.file('root-v2.json')).signed;
    const second = JSON.parse(readFileSync(h.file('feed-2.json'), 'utf8')) as { signed: Feed };
    expect(Date.parse(second.signed.expires) - Date.parse(second.signed.issuedAt)).toBe(6 * 3_600_000);
    const held = { feedVersion: 2, contentHash: feedContentHash(second.signed) };
    const replay = checkFeed(readFileSync(h.file('feed-1.json'), 'utf8'), { root, now: h.clock.now, held, verify: nobleVerify });
    expect(replay).toMatchObject({ ok: false, reason: 'rollback' });
  });

  it('refuses a bad notices file with field-level messages, exit 1, and no new version', async () => {
    const bad = { ...testNotice({ id: 'bad one' }), severity: 'panic', title: { en: 'Closure', zh: '' } };
    writeFileSync(h.file('bad.json'), JSON.stringify({ notices: [bad] }));
    const r = await h.run(['publish', '--notices', h.file('bad.json'), '--out', h.file('feed-bad.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('notices[0].id:');
    expect(r.stderr).toContain('notices[0].severity: must be one of action-required, advisory, info (got "panic")');
    expect(r.stderr).toContain('notices[0].id: is not valid (an id is 1–64 letters, digits, ".", "_", ":" or "-")');
    expect(r.stderr).toContain('notices[0].title.zh:');
    expect(r.stderr).toContain('Nothing was published');
    expect(r.stderr).toContain('沒有發佈任何內容');
    // A misspelt optional field is refused rather than silently dropped from the signed feed.
    writeFileSync(h.file('typo.json'), JSON.stringify([{ ...testNotice({ id: 'exp-9' }), action: [] }]));
    const typo = await h.run(['publish', '--notices', h.file('typo.json'), '--out', h.file('feed-bad.json')]);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('notices[0].action: is not a field');
    const good = await h.run(['publish', '--notices', h.file('notices.json'), '--out', h.file('feed-3.json')]);
    expect(good.json().feedVersion).toBe(3);
  });

  it('rotate root: the next version carries the old and the new root key and advances from any older version', async () => {
    h.tick();
    const r = await h.run(['rotate', '--role', 'root']);
    expect(r.code, r.stderr).toBe(0);
    const out = r.json();
    expect(out).toMatchObject({ rotated: 'root', retiredKid: kids.root, rootVersion: 3 });
    expect(out.signedBy).toEqual([kids.root, out.newKid]);
    expect(await h.run(['root', 'export', '--out', h.file('chain.json'), '--chain'])).toMatchObject({ code: 0 });
    const chain = h.readJson(h.file('chain.json')) as SignedRoot[];
    expect(chain.map((d) => d.signed.version)).toEqual([1, 2, 3]);
    const v3 = chain[2] as SignedRoot;
    expect(v3.signatures).toHaveLength(2);
    expect(v3.signed.rootKeys.map((k) => k.kid)).toEqual([out.newKid]);
    const fromV1 = advanceRoot(v1, chain, nobleVerify);
    expect(fromV1.ok && fromV1.root.signed.version).toBe(3);
    const fromNothing = advanceRoot(null, chain, nobleVerify);
    expect(fromNothing.ok && fromNothing.root.signed.rootKeys[0]?.kid).toBe(out.newKid);
    // Without version 2, a v1 holder cannot jump to 3.
    expect(advanceRoot(v1, [v3], nobleVerify)).toMatchObject({ ok: false, reason: 'not-next-version' });
    // After a root rotation the next role rotation is signed by the new root key alone, and still advances.
    h.tick();
    const again = await h.run(['rotate', '--role', 'health-code']);
    expect(again.json()).toMatchObject({ rootVersion: 4, signedBy: [out.newKid] });
    expect(await h.run(['root', 'export', '--out', h.file('chain.json'), '--chain'])).toMatchObject({ code: 0 });
    const longer = h.readJson(h.file('chain.json')) as SignedRoot[];
    const fromV3 = advanceRoot(v3, longer, nobleVerify);
    expect(fromV3.ok && fromV3.root.signed.version).toBe(4);
  });
});
