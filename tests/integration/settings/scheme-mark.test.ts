/**
 * Issue 10, "room for the scheme's mark": an image the operator provides in Settings, PNG or JPEG only (magic
 * bytes, not the name), 64–2000 px a side and at most 512 KB, chosen through the open-file dialog in main,
 * stored in the database, removable, and drawn in the poster's band as an image XObject.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/main/handlers';
import { dispatch, senderPolicyFor } from '../../../electron/main/ipc/dispatch';
import { folderPlatform } from '../../../services/platform/platform';
import { checkSchemeMark, SCHEME_MARK_MAX_BYTES } from '../../../services/settings/scheme-mark';
import { openTestServices, tempDir, venueInput } from '../../helpers/temp-services';
import { pngHeader, solidPng } from '../../helpers/tiny-png';

const APP_URL = 'file:///opt/Venue%20Console/resources/app/out/renderer/index.html';
const JPEG = readFileSync(new URL('../../fixtures/scheme-mark/mark-120x80.jpg', import.meta.url));
const ctx = openTestServices({ clock: () => Date.parse('2026-11-23T03:00:00Z') });
const files = tempDir('vc-mark-');
const platform = folderPlatform(files.dir);
const handlers = createHandlers({ ...ctx.services, platform });
const call = (channel: string, input: unknown = {}) => dispatch(handlers, channel, input, { senderUrl: APP_URL }, senderPolicyFor(APP_URL));
afterAll(() => {
  ctx.cleanup();
  files.cleanup();
});

/** Writes `bytes` as `name` and makes the open dialog answer it. */
const offer = (name: string, bytes: Buffer) => {
  const path = join(files.dir, name);
  writeFileSync(path, bytes);
  platform.openAnswer = path;
  return path;
};
/** The images `pdfimages -list` finds in a PDF (one line per image after the two header lines). */
const pdfImages = (pdf: string) => execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);

describe('choosing the scheme mark', () => {
  it('accepts a PNG and a JPEG, stores them and answers their size; Cancel changes nothing', async () => {
    offer('mark.png', solidPng(200, 100));
    const png = await call('chooseSchemeMark');
    expect(png).toMatchObject({ ok: true, value: { mark: { mime: 'image/png', width: 200, height: 100 } } });
    expect(ctx.services.settings.schemeMark()).toMatchObject({ mime: 'image/png', width: 200, height: 100 });

    offer('mark.jpg', JPEG);
    const jpeg = await call('chooseSchemeMark');
    expect(jpeg).toMatchObject({ ok: true, value: { mark: { mime: 'image/jpeg', width: 120, height: 80, bytes: JPEG.length } } });
    expect(jpeg.ok && (jpeg.value as { mark: { base64: string } }).mark.base64).toBe(JPEG.toString('base64'));
    expect(await call('getSchemeMark')).toMatchObject({ ok: true, value: { mark: { mime: 'image/jpeg' } } });

    platform.openAnswer = null;
    expect(await call('chooseSchemeMark')).toEqual({ ok: true, value: { mark: null } });
    expect(ctx.services.settings.schemeMark()?.mime).toBe('image/jpeg');
  });

  const gif = Buffer.concat([Buffer.from('GIF89a', 'latin1'), Buffer.from([200, 0, 100, 0, 0, 0, 0]), Buffer.alloc(100)]);
  const oversize = Buffer.concat([solidPng(100, 100), Buffer.alloc(SCHEME_MARK_MAX_BYTES)]);
  const refusals: [string, string, Buffer, RegExp, RegExp][] = [
    ['a GIF', 'mark.gif', gif, /PNG or JPEG/, /PNG 或 JPEG/],
    ['a text file named .png', 'mark.png', Buffer.from('not an image at all\n'), /PNG or JPEG/, /PNG 或 JPEG/],
    ['a file over 512 KB', 'big.png', oversize, /too big .*512 KB/, /太大/],
    ['an image over 2000 px', 'wide.png', pngHeader(3000, 100), /too large \(3000×100 px\)/, /太大/],
    ['an image under 64 px', 'tiny.png', solidPng(32, 32), /too small \(32×32 px\)/, /太小/],
    ['a damaged JPEG', 'broken.jpg', JPEG.subarray(0, 20), /damaged/, /損壞/],
  ];
  for (const [what, name, bytes, en, zh] of refusals) {
    it(`refuses ${what} with a bilingual field message and keeps the stored mark`, async () => {
      const before = ctx.services.settings.schemeMark();
      offer(name, bytes);
      const result = await call('chooseSchemeMark');
      expect(result.ok).toBe(false);
      const field = result.ok ? undefined : result.error.fields?.find((f) => f.field === 'schemeMark');
      expect(field?.en).toMatch(en);
      expect(field?.zh).toMatch(zh);
      expect(ctx.services.settings.schemeMark()).toEqual(before);
    });
  }

  it('reads the size of a JPEG from its start-of-frame marker, not from the file name', () => {
    expect(checkSchemeMark(JPEG)).toMatchObject({ mime: 'image/jpeg', width: 120, height: 80 });
  });
});

describe('the poster with a mark', () => {
  const venueId = ctx.services.venues.create(venueInput()).id;

  it('draws the mark as an image in the band, and none once the mark is removed', async () => {
    offer('mark.png', solidPng(300, 120));
    expect((await call('chooseSchemeMark')).ok).toBe(true);
    const withMark = join(files.dir, 'with-mark.pdf');
    await ctx.services.posters.write(venueId, withMark, 'a4');
    const images = pdfImages(withMark);
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(/\b300\s+120\b/);

    expect(await call('removeSchemeMark')).toEqual({ ok: true, value: { mark: null } });
    expect(ctx.services.settings.schemeMark()).toBeNull();
    const without = join(files.dir, 'without-mark.pdf');
    await ctx.services.posters.write(venueId, without, 'a4');
    expect(pdfImages(without)).toHaveLength(0);
  });
});
