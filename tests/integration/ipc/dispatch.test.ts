import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../../shared/ipc/console-channels';
import { CHANNELS, contract } from '../../../shared/ipc/console-contract';
import { createBridge } from '../../../shared/ipc/bridge';
import { createHandlers } from '../../../electron/main/handlers';
import { dispatch, senderPolicyFor } from '../../../electron/main/ipc/dispatch';
import { folderPlatform } from '../../../services/platform/platform';
import { openTestServices, tempDir, venueInput } from '../../helpers/temp-services';

const APP_URL = 'file:///opt/Venue%20Console/resources/app/out/renderer/index.html';
const ctx = openTestServices();
const downloads = tempDir('vc-downloads-');
const handlers = createHandlers({ ...ctx.services, platform: folderPlatform(downloads.dir) });
const trusted = senderPolicyFor(APP_URL);
const call = (channel: string, input: unknown, senderUrl = APP_URL) => dispatch(handlers, channel, input, { senderUrl }, trusted);

afterAll(() => {
  ctx.cleanup();
  downloads.cleanup();
});

describe('IPC dispatch', () => {
  it('lists the same channels for the preload as the contract declares', () => {
    expect([...CHANNEL_NAMES].sort()).toEqual([...CHANNELS].sort());
  });

  it('has a handler for every contract channel', () => {
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(contract).length).toBeGreaterThan(10);
  });

  it('refuses senders that are not the app page', async () => {
    for (const url of ['https://evil.example/', 'file:///tmp/other.html', 'about:blank', '', 'not a url']) {
      const result = await call('getOverview', {}, url);
      expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect((await call('getOverview', {}, `${APP_URL}#/venues`)).ok).toBe(true);
    // On the dev server the page, not only the origin, must match: a second page there is another window.
    const dev = senderPolicyFor('http://localhost:5173/console/index.html');
    expect(dev({ senderUrl: 'http://localhost:5173/console/index.html#/venues' })).toBe(true);
    expect(dev({ senderUrl: 'http://localhost:5173/scanner/index.html' })).toBe(false);
    expect(dev({ senderUrl: 'http://localhost:5174/console/index.html' })).toBe(false);
    expect(dev({ senderUrl: 'http://localhost:5173/console/index.html', mainFrame: false })).toBe(false);
  });

  it('refuses unknown channels and prototype keys', async () => {
    expect(await call('deleteEverything', {})).toMatchObject({ ok: false });
    expect(await call('__proto__', {})).toMatchObject({ ok: false });
    expect(await call('toString', {})).toMatchObject({ ok: false });
  });

  it('validates input with the contract and returns field-level errors in both languages', async () => {
    const result = await call('createVenue', { ...venueInput(), nameEn: 42, district: 'Mars' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const fields = Object.fromEntries((result.error.fields ?? []).map((f) => [f.field, f]));
    expect(fields.district?.en).toBe('Choose one of the 18 districts.');
    expect(fields.district?.zh).toBe('請從十八區中選擇一區。');
    expect(fields.nameEn).toBeDefined();
    expect(ctx.services.venues.search({ query: '', status: 'all', offset: 0, limit: 1 }).total).toBe(0);
    expect(await call('searchVenues', { query: 'x', offset: -1, limit: 10 })).toMatchObject({ ok: false });
    expect(await call('searchVenues', 'DROP TABLE venues')).toMatchObject({ ok: false });
  });

  it('runs a venue through create, search, code and poster', async () => {
    const created = await call('createVenue', venueInput());
    expect(created.ok).toBe(true);
    const venue = (created as { ok: true; value: { id: string } }).value;
    const search = await call('searchVenues', { query: '大圍', offset: 0, limit: 50 });
    expect(search).toMatchObject({ ok: true, value: { total: 1, items: [{ id: venue.id }] } });
    const code = await call('getVenueCode', { id: venue.id });
    expect(code).toMatchObject({ ok: true, value: { text: expect.stringMatching(/^VC1:\d+$/), qrVersion: expect.any(Number) } });
    const text = (code as { ok: true; value: { text: string; svgPath: string } }).value;
    expect(text.svgPath).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
    expect(await call('verifyCode', { text: text.text })).toMatchObject({ ok: true, value: { ok: true, venue: { venueId: venue.id } } });
    const poster = await call('savePosterPdf', { id: venue.id, size: 'a3' });
    expect(poster).toMatchObject({ ok: true, value: { path: expect.stringContaining(downloads.dir), truncated: [] } });
    expect(await call('checkPosterFit', { id: venue.id, size: 'a4' })).toEqual({ ok: true, value: { truncated: [] } });
    const path = (poster as { ok: true; value: { path: string } }).value.path;
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('reports service refusals as values, not exceptions', async () => {
    expect(await call('getVenue', { id: 'ZZZZZZZZ' })).toMatchObject({ ok: false, error: { code: 'not-found', messageZh: expect.any(String) } });
    await call('createVenue', venueInput({ nameEn: 'Dup', nameZh: '重複', addressEn: 'Same place' }));
    expect(await call('createVenue', venueInput({ nameEn: 'Dup', nameZh: '重複', addressEn: 'Same place' }))).toMatchObject({ ok: false, error: { code: 'duplicate' } });
    expect(await call('findDuplicate', { nameEn: 'dup', nameZh: '重複', addressEn: 'same  place' })).toMatchObject({ ok: true, value: { existingId: expect.any(String) } });
  });

  it('exports a trust file through the platform save dialog', async () => {
    const result = await call('exportTrust', {});
    expect(result).toMatchObject({ ok: true, value: { keys: 1 } });
    const path = join(downloads.dir, 'venue-console-trust.json');
    expect(existsSync(path)).toBe(true);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ format: 'venue-console-trust', version: 1 });
  });

  it('never sends private key material to the renderer', async () => {
    const everything = JSON.stringify([await call('listKeys', {}), await call('getOverview', {}), await call('rotateKey', {})]);
    expect(everything).not.toMatch(/sealed|private|pkcs8/i);
  });

  it('builds a bridge with exactly one method per channel and one onX per event', async () => {
    const seen: string[] = [];
    const api = createBridge(async (channel) => {
      seen.push(channel);
      return { ok: true, value: null };
    });
    expect(Object.keys(api).sort()).toEqual([...CHANNELS, 'onNavigate', 'onNoticesChanged'].sort());
    expect(Object.isFrozen(api)).toBe(true);
    await api.getOverview({});
    expect(seen).toEqual(['getOverview']);
  });
});
