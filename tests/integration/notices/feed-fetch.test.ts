/**
 * Fetching the feed from a real HTTP server on 127.0.0.1: 200, 304 with the ETag (nothing re-ingested),
 * server errors, a truncated body, a slow server timing out, a body over the limit — each failure recorded
 * in the status in both languages with the last verified notices kept; the feed's URL rules; the poll job.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NoticeJobs } from '../../../services/notices/notice-jobs';
import type { JobTimers } from '../../../services/jobs/background-job';
import { testNotice } from '../../helpers/test-authority';
import { noticeWorld, T0, type NoticeWorld } from './notice-world';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let handler: Handler = (_req, res) => res.end();
const requests: { url: string; ifNoneMatch: string | undefined }[] = [];
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', ifNoneMatch: req.headers['if-none-match'] });
    handler(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

let world: NoticeWorld;
afterEach(() => {
  world?.cleanup();
  requests.length = 0;
});

/** Serves `body` with an ETag, answering 304 when the client sends it back. */
function serveFeed(body: string, etag: string): Handler {
  return (req, res) => {
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', etag }).end(body);
  };
}

const feedWith = (w: NoticeWorld, id: string, at = T0) => JSON.stringify(w.authority.feed(at, [testNotice({ id, targets: [{ venueId: w.venues.tea.id }] })]));

describe('fetching the feed', () => {
  it('ingests a 200, then sends the ETag and does nothing on a 304 but record the attempt', async () => {
    world = noticeWorld();
    world.notices.setFeed({ url: `${base}/feed.json`, pollMinutes: 5 });
    handler = serveFeed(feedWith(world, 'one'), '"v1"');
    expect(await world.notices.fetchNow()).toMatchObject({ http: 200, change: 'new', feedVersion: 1, added: [{ id: 'one' }] });
    expect(requests[0]).toEqual({ url: '/feed.json', ifNoneMatch: undefined });
    world.setNow(T0 + 60_000);
    expect(await world.notices.fetchNow()).toEqual({ http: 304 });
    expect(requests[1]?.ifNoneMatch).toBe('"v1"');
    expect(world.notices.status()).toMatchObject({ state: 'up-to-date', verifiedAt: T0, lastAttemptAt: T0 + 60_000, lastError: null, feedVersion: 1 });
    expect(world.alerts).toHaveLength(1);
  });

  it('records a 500, a truncated body and a slow server as bilingual network failures, keeping the feed', async () => {
    world = noticeWorld({ deps: { fetchTimeoutMs: 300 } });
    const url = `${base}/feed.json`;
    handler = serveFeed(feedWith(world, 'kept'), '"k"');
    await world.notices.fetchNow(url);
    const failsWith = async (h: Handler, pattern: RegExp) => {
      handler = h;
      world.setNow(world.now() + 1000);
      await expect(world.notices.fetchNow(url)).rejects.toMatchObject({ appError: { code: 'network', message: expect.stringMatching(pattern), messageZh: expect.stringMatching(/[\u4e00-\u9fff]/) } });
      expect(world.notices.status()).toMatchObject({ feedVersion: 1, lastAttemptAt: world.now(), lastError: { code: 'network' } });
      expect(world.notices.list().map((n) => n.id)).toEqual(['kept']);
    };
    await failsWith((_q, res) => res.writeHead(500).end('oops'), /HTTP 500/);
    await failsWith((_q, res) => {
      res.writeHead(200, { 'content-length': '5000' });
      res.write('{"signed":');
      setTimeout(() => res.destroy(), 20);
    }, /closed before the whole feed arrived|incomplete/);
    await failsWith((_q, res) => void setTimeout(() => res.writeHead(200).end('{}'), 2000), /did not answer within/);
    await failsWith((_q, res) => {
      res.writeHead(200);
      res.write('{"signed":');
      setTimeout(() => res.end('{}}'), 2000);
    }, /did not answer within/);
  });

  it('refuses a body over the size limit and a tampered feed served over HTTP', async () => {
    world = noticeWorld({ deps: { maxFeedBytes: 1000 } });
    handler = (_q, res) => res.writeHead(200).end('x'.repeat(5000));
    await expect(world.notices.fetchNow(`${base}/big`)).rejects.toMatchObject({ appError: { code: 'network', message: expect.stringMatching(/larger than 1000 bytes/) } });
    world.cleanup();
    world = noticeWorld();
    handler = serveFeed(feedWith(world, 'x').replace('disinfect', 'Disinfect'), '"t"');
    await expect(world.notices.fetchNow(`${base}/feed.json`)).rejects.toMatchObject({ appError: { code: 'feed-refused', message: expect.stringMatching(/bad signature/) } });
    expect(world.notices.status()).toMatchObject({ state: 'never', lastError: { code: 'feed-refused' } });
    expect(world.alerts).toEqual([]);
    // The refused feed's ETag was not kept: the next fetch asks afresh.
    handler = serveFeed(feedWith(world, 'x'), '"good"');
    expect(await world.notices.fetchNow(`${base}/feed.json`)).toMatchObject({ http: 200 });
    expect(requests.at(-1)?.ifNoneMatch).toBeUndefined();
  });
});

describe('the feed URL rules', () => {
  it('accepts https and loopback http only, and a polling period of 1–1440 minutes', () => {
    world = noticeWorld();
    for (const ok of ['https://notices.example.hk/feed.json', 'http://127.0.0.1:8080/f', 'http://127.9.9.9/f', 'http://[::1]:9/f', 'http://localhost/f']) {
      expect(world.notices.setFeed({ url: ok, pollMinutes: 10 }).url).toBe(new URL(ok).href);
    }
    for (const bad of ['http://notices.example.hk/feed.json', 'http://10.0.0.1/f', 'http://128.0.0.1/f', 'ftp://example.hk/f', 'file:///etc/passwd', 'not a url', 'https://user:pw@example.hk/f']) {
      const e = (() => {
        try {
          world.notices.setFeed({ url: bad, pollMinutes: 10 });
        } catch (error) {
          return (error as { appError: { code: string; messageZh?: string; fields?: { field: string }[] } }).appError;
        }
        throw new Error(`accepted ${bad}`);
      })();
      expect(e).toMatchObject({ code: 'validation', fields: [{ field: 'url' }], messageZh: expect.stringMatching(/網址/) });
    }
    expect(world.notices.status().url).toBe('http://localhost/f');
    for (const minutes of [0, 1441, 2.5, Number.NaN]) expect(() => world.notices.setFeed({ url: null, pollMinutes: minutes })).toThrow(/1 to 1440/);
    expect(world.notices.setFeed({ url: null, pollMinutes: 1440 })).toMatchObject({ url: null, pollMinutes: 1440 });
  });
});

describe('the poll and erasure jobs', () => {
  it('polls every pollMinutes while a URL is set, reschedules on a change, stops', async () => {
    world = noticeWorld();
    let clock = T0;
    const pending: { fn: () => void; at: number }[] = [];
    const timers: JobTimers = {
      now: () => clock,
      setTimeout: (fn, ms) => {
        const t = { fn, at: clock + ms };
        pending.push(t);
        return t;
      },
      clearTimeout: (h) => {
        const at = pending.indexOf(h as (typeof pending)[number]);
        if (at >= 0) pending.splice(at, 1);
      },
    };
    const jobs = new NoticeJobs(world.notices, timers);
    jobs.start();
    expect(jobs.pollJob()).toBeNull(); // no URL yet
    await jobs.eraseJob().runNow();
    expect(jobs.eraseJob().nextRunAt()).toBe(T0 + 3_600_000);

    handler = serveFeed(feedWith(world, 'polled'), '"p"');
    world.notices.setFeed({ url: `${base}/feed.json`, pollMinutes: 7 });
    await new Promise((r) => setTimeout(r, 10));
    await jobs.pollJob()?.runNow();
    expect(requests.length).toBeGreaterThanOrEqual(1);
    expect(world.notices.list().map((n) => n.id)).toEqual(['polled']);
    expect(jobs.pollJob()?.nextRunAt()).toBe(T0 + 7 * 60_000);
    clock = T0 + 7 * 60_000;
    const before = requests.length;
    pending.filter((t) => t.at <= clock).forEach((t) => t.fn());
    await new Promise((r) => setTimeout(r, 50));
    expect(requests.length).toBe(before + 1);
    expect(requests.at(-1)?.ifNoneMatch).toBe('"p"');

    world.notices.setFeed({ url: null, pollMinutes: 7 });
    await new Promise((r) => setTimeout(r, 10));
    expect(jobs.pollJob()).toBeNull();
    await jobs.stop();
    expect(jobs.eraseJob().isRunning()).toBe(false);
  });
});
