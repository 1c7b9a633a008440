/**
 * Print = PDF and the preview (issue 10): through dispatch, Print hands the platform the very poster Save PDF
 * writes (same words, same page size, A4 and A3) from a temp file it deletes afterwards; the preview is that
 * poster in memory and records no issued code; Open and Show in folder reach only the file just saved.
 */
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/main/handlers';
import { dispatch, senderPolicyFor } from '../../../electron/main/ipc/dispatch';
import { folderPlatform } from '../../../services/platform/platform';
import { pdfInfoOf, pdfText, pdfTextOf } from '../../helpers/pdf-tools';
import { openTestServices, tempDir, venueInput } from '../../helpers/temp-services';

const APP_URL = 'file:///opt/Venue%20Console/resources/app/out/renderer/index.html';
const ctx = openTestServices();
const downloads = tempDir('vc-print-');
const platform = folderPlatform(downloads.dir);
const handlers = createHandlers({ ...ctx.services, platform });
const trusted = senderPolicyFor(APP_URL);
const call = async <T>(channel: string, input: unknown): Promise<T> => {
  const result = await dispatch(handlers, channel, input, { senderUrl: APP_URL }, trusted);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
};
const words = (text: string): string => text.replace(/\s+/g, ' ').trim();

afterAll(() => {
  ctx.cleanup();
  downloads.cleanup();
});

describe('poster print and preview', () => {
  const venue = ctx.services.venues.create(venueInput({ nameEn: 'Print Test Noodles', nameZh: '列印測試麵家' }));

  it('refuses Open and Show in folder before a poster was saved', async () => {
    const fresh = createHandlers({ ...ctx.services, platform: folderPlatform(downloads.dir) });
    const result = await dispatch(fresh, 'openSavedPoster', { how: 'open' }, { senderUrl: APP_URL }, trusted);
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  for (const [size, pageSize] of [
    ['a4', /^595\.2\d* x 841\.8\d* pts \(A4\)$/],
    ['a3', /^841\.8\d* x 1190\.5\d* pts \(A3\)$/],
  ] as const) {
    it(`prints the saved ${size.toUpperCase()} poster: same words, same page, temp file deleted`, async () => {
      const saved = await call<{ path: string }>('savePosterPdf', { id: venue.id, size });
      const before = platform.printed.length;
      expect(await call('printPoster', { id: venue.id, size })).toEqual({ printed: true, truncated: [] });
      expect(platform.printed).toHaveLength(before + 1);
      const printed = platform.printed.at(-1) ?? { path: '', bytes: Buffer.alloc(0) };
      expect(printed.path.startsWith(tmpdir())).toBe(true);
      expect(printed.path.startsWith(ctx.dataDir)).toBe(false);
      expect(existsSync(printed.path)).toBe(false);
      expect(words(pdfTextOf(printed.bytes))).toBe(words(pdfText(saved.path)));
      const info = pdfInfoOf(printed.bytes);
      expect(info['Pages']).toBe('1');
      expect(info['Page size']).toMatch(pageSize);
      expect(info['Page size']).toBe(pdfInfoOf(readFileSync(saved.path))['Page size']);

      // Open and Show in folder: the file just saved, never a path from the page.
      expect(await call('openSavedPoster', { how: 'open' })).toEqual({ opened: true });
      expect(platform.opened.at(-1)).toBe(saved.path);
      expect(await call('openSavedPoster', { how: 'folder' })).toEqual({ opened: true });
      expect(platform.shown.at(-1)).toBe(saved.path);
    });

    it(`previews the ${size.toUpperCase()} poster as saved, without recording an issued code`, async () => {
      const kid = ctx.services.keys.active()?.kid ?? '';
      const signedBefore = ctx.services.issuedCodes.venuesSignedBy(kid);
      const preview = await call<{ pdfBase64: string }>('getPosterPreview', { id: venue.id, size });
      const bytes = Buffer.from(preview.pdfBase64, 'base64');
      expect(ctx.services.issuedCodes.venuesSignedBy(kid)).toEqual(signedBefore);
      const saved = await call<{ path: string }>('savePosterPdf', { id: venue.id, size });
      expect(words(pdfTextOf(bytes))).toBe(words(pdfText(saved.path)));
      expect(pdfInfoOf(bytes)['Page size']).toMatch(pageSize);
    });
  }

  it('records no issued code for a venue that was only previewed', async () => {
    const only = ctx.services.venues.create(venueInput({ nameEn: 'Preview Only Bakery', nameZh: '只預覽餅店', addressEn: '9 Preview Lane' }));
    await call('getPosterPreview', { id: only.id, size: 'a4' });
    const kid = ctx.services.keys.active()?.kid ?? '';
    expect(ctx.services.issuedCodes.venuesSignedBy(kid).map((v) => v.id)).not.toContain(only.id);
    await call('printPoster', { id: only.id, size: 'a4' });
    expect(ctx.services.issuedCodes.venuesSignedBy(kid).map((v) => v.id)).toContain(only.id);
  });
});
