/**
 * `venue-console notices …` and `match --feed` in-process on a real data folder: import, list (withdrawn only
 * with --all), ack, status, fetch from a real HTTP server (200 then 304), refusals on stderr in both
 * languages with exit 1.
 */
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessCli } from '../../helpers/in-process-cli';
import { makeTestAuthority, testNotice } from '../../helpers/test-authority';
import { openTestServices, tempDir, TEST_PASSPHRASE, venueInput } from '../../helpers/temp-services';
import { pinRoot, T0 } from './notice-world';

const home = tempDir('vc-notices-cli-');
const data = join(home.dir, 'data');
const authority = makeTestAuthority(T0);
const cli = inProcessCli(data, { passphrase: TEST_PASSPHRASE, now: T0 + 60_000 });
let venueId = '';
let server: Server;
let served = '';
const etags: (string | undefined)[] = [];

const file = (name: string, value: unknown) => {
  const path = join(home.dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

beforeAll(async () => {
  const { services } = openTestServices({ dataDir: data, withKey: false });
  venueId = services.venues.create(venueInput()).id;
  pinRoot(services.db, authority.root, T0);
  services.close();
  server = createServer((req, res) => {
    etags.push(req.headers['if-none-match']);
    if (req.headers['if-none-match'] === '"cli"') res.writeHead(304).end();
    else res.writeHead(200, { etag: '"cli"' }).end(served);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  home.cleanup();
});

describe('venue-console notices', () => {
  it('imports, lists, acknowledges, withdraws and reports its status', async () => {
    expect(JSON.parse((await cli(['notices', 'status'])).stdout)).toMatchObject({ state: 'never', unread: 0 });
    const feed1 = file('feed1.json', authority.feed(T0, [testNotice({ id: 'mine', targets: [{ venueId }] }), testNotice({ id: 'theirs' })]));
    const imported = await cli(['notices', 'import', feed1]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ feedVersion: 1, change: 'new', added: [{ id: 'mine', revision: 1, corrected: false }] });
    const listed = JSON.parse((await cli(['notices', 'list'])).stdout);
    expect(listed).toEqual([
      { id: 'mine', revision: 1, state: 'new', corrected: false, venueIds: [venueId], kind: 'exposure', severity: 'action-required', title: testNotice({ id: 'x' }).title },
    ]);
    const acked = await cli(['notices', 'ack', 'mine']);
    expect(JSON.parse(acked.stdout)).toMatchObject({ id: 'mine', revision: 1, state: 'acknowledged', acknowledgement: { by: 'Harbour Dining Group', at: T0 + 60_000 } });

    // Refusals: a tampered feed, an unknown notice; the data is unchanged.
    const tampered = await cli(['notices', 'import', file('bad.json', JSON.stringify(authority.feed(T0, [testNotice({ id: 'mine', targets: [{ venueId }] })], [], { version: 2 })).replace('premises', 'Premises'))]);
    expect(tampered).toMatchObject({ code: 1, stdout: '' });
    expect(tampered.stderr).toMatch(/bad signature[\s\S]*簽署無效/);
    expect((await cli(['notices', 'ack', 'theirs'])).stderr).toMatch(/No notice theirs[\s\S]*沒有/);
    expect(JSON.parse((await cli(['notices', 'status'])).stdout)).toMatchObject({ state: 'up-to-date', feedVersion: 1, lastError: { code: 'feed-refused' } });

    const withdrawn = file('feed2.json', authority.feed(T0, [], [{ id: 'mine', revision: 1, reason: { en: 'Wrong date.', zh: '日期錯誤。' } }], { version: 3 }));
    expect(JSON.parse((await cli(['notices', 'import', withdrawn])).stdout)).toMatchObject({ withdrawn: ['mine'] });
    expect(JSON.parse((await cli(['notices', 'list'])).stdout)).toEqual([]);
    expect(JSON.parse((await cli(['notices', 'list', '--all'])).stdout)).toEqual([expect.objectContaining({ id: 'mine', state: 'withdrawn', withdrawnReason: { en: 'Wrong date.', zh: '日期錯誤。' } })]);
  });

  it('fetches over HTTP with the ETag, refuses a plain-http remote URL', async () => {
    served = JSON.stringify(authority.feed(T0, [testNotice({ id: 'fetched', targets: [{ venueId }] })], [], { version: 10 }));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.json`;
    const set = await cli(['notices', 'feed', '--url', url, '--poll-minutes', '15']);
    expect(JSON.parse(set.stdout)).toMatchObject({ url, pollMinutes: 15 });
    expect(JSON.parse((await cli(['notices', 'fetch'])).stdout)).toMatchObject({ http: 200, feedVersion: 10, added: [{ id: 'fetched' }] });
    expect(JSON.parse((await cli(['notices', 'fetch'])).stdout)).toEqual({ http: 304 });
    expect(etags).toEqual([undefined, '"cli"']);
    const remote = await cli(['notices', 'fetch', '--url', 'http://notices.example.hk/feed.json']);
    expect(remote.code).toBe(1);
    expect(remote.stderr).toMatch(/https[\s\S]*網址/);
  });
});

describe('venue-console match --feed', () => {
  it('matches visits against the exposure notices of a feed, checked against a root when given', async () => {
    const feed = authority.feed(T0, [
      testNotice({ id: 'e', targets: [{ venueId }, { plate: 'ab 1234' }] }),
      testNotice({ id: 'rule', kind: 'rule-change', targets: [{ venueId }] }),
    ]);
    const visits = file('visits.json', [
      { kind: 'venue', venueId, checkIn: '2026-11-20T20:00:00+08:00', checkOut: '2026-11-20T22:00:00+08:00' },
      { kind: 'taxi', plate: 'AB 1234', checkIn: '2026-11-20T18:00:00+08:00', checkOut: '2026-11-20T18:10:00+08:00' },
    ]);
    const args = ['match', '--visits', visits, '--feed', file('feed.json', feed), '--tolerance', '0', '--now', '2026-11-21T10:00:00+08:00'];
    const r = await cli(args);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ matches: [{ visit: 0, exposure: 0, overlapMinutes: 60 }] });
    const rooted = await cli([...args, '--root', file('root.json', authority.root)]);
    expect(JSON.parse(rooted.stdout)).toEqual(JSON.parse(r.stdout));
    const forged = await cli(['match', '--visits', visits, '--feed', file('forged.json', JSON.stringify(feed).replace('A person', 'a person')), '--root', file('root.json', authority.root)]);
    expect(forged.code).toBe(1);
    expect(forged.stderr).toMatch(/feed refused \(bad-signature/);
  });
});
