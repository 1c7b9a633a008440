/** The feed address and polling rules: https anywhere, plain http only to this computer, 1–1440 minutes. */
import { describe, expect, it } from 'vitest';
import { checkFeedUrl, checkPollMinutes, isLoopbackHost } from '../../../services/notices/feed-url';
import { failureOf } from '../../helpers/failure-of';

describe('feed URL rules', () => {
  it('knows loopback hosts, and nothing that only looks like one', () => {
    for (const host of ['localhost', 'LOCALHOST', '127.0.0.1', '127.255.0.9', '[::1]', '::1']) expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['127.0.0.1.example.hk', 'localhost.example.hk', 'evil.localhost', '128.0.0.1', '10.0.0.1', '0.0.0.0', '[::ffff:7f00:1]', 'example.hk']) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });

  it('normalises what it accepts and refuses the rest in both languages', () => {
    expect(checkFeedUrl(' https://Notices.Example.HK/feed.json ')).toBe('https://notices.example.hk/feed.json');
    expect(checkFeedUrl('http://0x7f.1:8080/f')).toBe('http://127.0.0.1:8080/f'); // the URL parser's own reading
    for (const bad of ['http://127.0.0.1.example.hk/f', 'http://evil.localhost/f', 'javascript:alert(1)', 'data:application/json,{}', '//example.hk/f']) {
      const e = failureOf(() => checkFeedUrl(bad), bad).appError;
      expect(e.code).toBe('validation');
      expect(e.fields?.[0]?.field).toBe('url');
      expect(e.messageZh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('takes 1 to 1440 whole minutes', () => {
    expect(checkPollMinutes(1)).toBe(1);
    expect(checkPollMinutes(1440)).toBe(1440);
    for (const bad of [0, -5, 1441, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(failureOf(() => checkPollMinutes(bad)).appError.fields?.[0]?.field).toBe('pollMinutes');
  });
});
