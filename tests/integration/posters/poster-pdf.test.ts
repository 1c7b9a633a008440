/** Posters as a person sees them: rendered by poppler, QR decoded from the picture by zxing-wasm, then verified. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCodeWithTrustFile } from '../../../shared/qr/verify';
import { openTestServices, tempDir, venueInput } from '../../helpers/temp-services';
import { decodeQrCodes, pdfInfo, pdfText, renderPdf } from '../../helpers/pdf-tools';

describe('venue posters', () => {
  const ctx = openTestServices({ clock: () => Date.parse('2026-11-23T15:30:00Z') }); // 23:30 in Hong Kong
  const out = tempDir('vc-posters-');
  let venueId = '';

  beforeAll(() => {
    venueId = ctx.services.venues.create(
      venueInput({ nameEn: 'Lift Lobby Noodle House of Kwun Tong Road', nameZh: '觀塘𨋢口麵家', addressZh: '觀塘道𨋢大廈地下', district: 'Kwun Tong' }),
    ).id;
  });
  afterAll(() => {
    ctx.cleanup();
    out.cleanup();
  });

  for (const size of ['a4', 'a3'] as const) {
    it(`renders a ${size.toUpperCase()} poster whose QR decodes and verifies`, async () => {
      const pdf = join(out.dir, `poster-${size}.pdf`);
      await ctx.services.posters.write(venueId, pdf, size);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      const info = pdfInfo(pdf);
      expect(info.Pages).toBe('1');
      expect(info['Page size']).toMatch(size === 'a4' ? /595\.2\d? x 841\.8\d? pts \(A4\)/ : /841\.8\d? x 1190\.5\d? pts \(A3\)/);

      const pages = renderPdf(pdf, join(out.dir, size), { dpi: 72 });
      const [text] = await decodeQrCodes(pages[0] as string);
      const verdict = verifyCodeWithTrustFile(text ?? '', ctx.services.trust.index());
      expect(verdict).toMatchObject({ ok: true, venue: { venueId, nameZh: '觀塘𨋢口麵家', issuedOn: '2026-11-23' } });
    });
  }

  it('embeds the font so every Chinese character, 𨋢 included, can be copied out', async () => {
    const pdf = join(out.dir, 'text.pdf');
    await ctx.services.posters.write(venueId, pdf, 'a4');
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('觀塘𨋢口麵家');
    expect(text).toContain('Lift Lobby Noodle House of Kwun Tong Road');
    expect(text).toContain('Safe Visit 安心到訪'); // the test names (tests/helpers/temp-services TEST_SETTINGS)
    expect(text).toContain('Scan to check in');
    expect(text).toContain('掃描二維碼登記');
    expect(text).toContain(venueId);
    expect(text).toContain('2026-11-23'); // the Hong Kong date, though it is still the 23rd only in UTC too
    const fonts = readFileSync(pdf, 'latin1');
    expect(fonts).toMatch(/\/FontFile2/); // an embedded TrueType subset, not a reference to a system font
  });

  it('uses the scheme name from the settings', async () => {
    ctx.services.settings.update({ operatorName: 'Op', schemeName: 'Safe Visit 安心到訪' });
    const pdf = join(out.dir, 'scheme.pdf');
    await ctx.services.posters.write(venueId, pdf, 'a4');
    expect(pdfText(pdf)).toContain('Safe Visit 安心到訪');
  });

  it('leaves no file behind when the venue cannot have a poster', async () => {
    ctx.services.venues.setStatus(venueId, 'deactivated');
    const pdf = join(out.dir, 'deactivated.pdf');
    await expect(ctx.services.posters.write(venueId, pdf, 'a4')).rejects.toMatchObject({ appError: { code: 'conflict' } });
    expect(existsSync(pdf)).toBe(false);
    expect(readdirSync(out.dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
    ctx.services.venues.setStatus(venueId, 'active');
  });
});
