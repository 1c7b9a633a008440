/** A control character in a search query is a field error, never an internal one (issue 8 §6). */
import { afterAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/main/handlers';
import { dispatch, senderPolicyFor } from '../../../electron/main/ipc/dispatch';
import { folderPlatform } from '../../../services/platform/platform';
import { openTestServices, tempDir, venueInput } from '../../helpers/temp-services';

const APP_URL = 'file:///opt/Venue%20Console/resources/app/out/renderer/index.html';
const ctx = openTestServices({ withKey: false });
const downloads = tempDir('vc-downloads-');
const handlers = createHandlers({ ...ctx.services, platform: folderPlatform(downloads.dir) });
const call = (channel: string, input: unknown) => dispatch(handlers, channel, input, { senderUrl: APP_URL }, senderPolicyFor(APP_URL));
afterAll(() => {
  ctx.cleanup();
  downloads.cleanup();
});
ctx.services.venues.create(venueInput());

const NASTY = ['tea\u0000house', '\u0000', 'abc\u0000', '\u0000\u0000\u0000', 'tea\u001b[2J', 'tai\u0007wai', '\u0085x', 'Tai\uD800Wai'];

describe('search queries with control characters', () => {
  for (const query of NASTY) {
    it(`${JSON.stringify(query)} over IPC is a field error on the query, in both languages`, async () => {
      const result = await call('searchVenues', { query, offset: 0, limit: 20 });
      expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
      if (result.ok) return;
      const field = result.error.fields?.find((f) => f.field === 'query');
      expect(field?.en).toMatch(/control|cannot contain/i);
      expect(field?.zh).toMatch(/控制字元|不可/);
    });

    it(`${JSON.stringify(query)} straight to the repository finds nothing rather than failing`, () => {
      expect(() => ctx.services.venues.search({ query, status: 'all', offset: 0, limit: 20 })).not.toThrow();
    });
  }

  it('still finds venues by ordinary queries', async () => {
    expect(await call('searchVenues', { query: 'Tai Wai', offset: 0, limit: 20 })).toMatchObject({ ok: true, value: { total: 1 } });
    expect(ctx.services.venues.search({ query: 'Tea\u0000', status: 'all', offset: 0, limit: 20 }).total).toBe(1);
  });
});
