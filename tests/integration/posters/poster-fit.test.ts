/**
 * Posters at the longest inputs the forms accept: every word box (pdftotext -bbox-layout) stays on the one
 * page, off the QR and off every other word; what had to be cut short is reported by field.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../services/settings/settings-store';
import { ADDRESS_MAX, NAME_EN_MAX, NAME_ZH_MAX } from '../../../shared/venue/venue';
import { openTestServices, tempDir, venueInput } from '../../helpers/temp-services';
import { solidPng } from '../../helpers/tiny-png';
import { decodeQrCodes, overlappingWords, pdfInfo, renderPdf, pdfWordBoxes, wordsOutside, wordsOver } from '../../helpers/pdf-tools';

const ctx = openTestServices({ clock: () => Date.parse('2026-11-23T03:00:00Z') });
const out = tempDir('vc-poster-fit-');
afterAll(() => {
  if (process.env.KEEP_POSTERS) cpSync(out.dir, process.env.KEEP_POSTERS, { recursive: true });
  ctx.cleanup();
  out.cleanup();
});

const cut = (s: string, n: number) => [...s].slice(0, n).join('');
/** Wide letters in long words, with a few spaces. */
const wideWords = (n: number) => cut(Array.from({ length: 20 }, (_, i) => (i % 2 ? 'M' : 'W').repeat(13)).join(' '), n);
const WORST = {
  nameEn: cut('WM'.repeat(NAME_EN_MAX), NAME_EN_MAX), // one unbreakable word
  nameZh: cut('鬱龘𨋢麵觀塘'.repeat(NAME_ZH_MAX), NAME_ZH_MAX),
  addressEn: cut(`Flat W, ${'W'.repeat(70)} ${wideWords(ADDRESS_MAX)}`, ADDRESS_MAX),
  addressZh: cut(`九龍觀塘道${'W'.repeat(50)}${'鬱龘大廈地下'.repeat(40)}`, ADDRESS_MAX),
  contactPhone: '+852 2345 6789',
  contactEmail: `${'w'.repeat(64)}@${'m'.repeat(60)}.${'w'.repeat(60)}.example.com`,
};
const WORST_SETTINGS = {
  operatorName: cut(`Operator ${'W'.repeat(200)}`, 120),
  schemeName: cut(`${'W'.repeat(30)} ${'M'.repeat(40)}`, 60),
  paperRecordText: cut(`${wideWords(150)} 沒有智能手提電話？${'請向職員索取訪客登記表。'.repeat(20)}`, 300),
};

/** A seeded mix of wide and narrow letters, Chinese characters and spaces, `n` characters long. */
function randomText(seed: number, n: number): string {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const parts = ['W', 'M', 'i', 'l', '鬱', '龘', '𨋢', '觀', ' ', ' ', '-', '9'];
  return Array.from({ length: n }, (_, i) => (i === 0 || i === n - 1 ? 'W' : parts[Math.floor(next() * parts.length)])).join('');
}

const worstId = ctx.services.venues.create(venueInput({ ...WORST, district: 'Kwun Tong' })).id;
const normalId = ctx.services.venues.create(venueInput({ nameEn: 'Lift Lobby Noodle House of Kwun Tong Road', nameZh: '觀塘𨋢口麵家' })).id;

/** Writes a poster and checks its word boxes; returns the extracted words. */
async function checkPoster(id: string, size: 'a4' | 'a3', name: string) {
  const pdf = join(out.dir, `${name}-${size}.pdf`);
  const written = await ctx.services.posters.write(id, pdf, size);
  expect(pdfInfo(pdf).Pages).toBe('1');
  const [page, ...more] = pdfWordBoxes(pdf);
  expect(more).toHaveLength(0);
  const { width, height, words } = page as NonNullable<typeof page>;
  expect(words.length).toBeGreaterThan(10);
  expect(wordsOutside(words, { x: 0, y: 0, w: width, h: height })).toEqual([]);
  expect(overlappingWords(words)).toEqual([]);
  const report = ctx.services.posters.fitReport(id, size);
  expect(wordsOver(words, report.qr)).toEqual([]);
  expect(written.truncated).toEqual(report.truncated);
  const [png] = renderPdf(pdf, join(out.dir, `${name}-${size}`), { dpi: 72 });
  expect(await decodeQrCodes(png as string)).toEqual([written.code.text]);
  return { words, truncated: written.truncated };
}

describe('posters fit at the longest inputs', () => {
  it('lays out posters of seeded random lengths and characters without overlaps', async () => {
    ctx.services.settings.update({ ...WORST_SETTINGS, paperRecordText: randomText(99, 300) });
    for (let seed = 1; seed <= 6; seed++) {
      const length = (max: number) => Math.max(1, Math.floor(max * (0.4 + (seed % 4) * 0.2)));
      const id = ctx.services.venues.create(
        venueInput({
          nameEn: randomText(seed, length(NAME_EN_MAX)).replace(/[^ -~]/gu, 'W'),
          nameZh: randomText(seed * 7, length(NAME_ZH_MAX)),
          addressEn: randomText(seed * 13, length(ADDRESS_MAX)).replace(/[^ -~]/gu, 'M'),
          addressZh: randomText(seed * 17, length(ADDRESS_MAX)),
          contactPhone: seed % 2 ? null : '2345 6789',
        }),
      ).id;
      await checkPoster(id, seed % 2 ? 'a4' : 'a3', `random-${seed}`);
    }
  }, 60_000);

  for (const size of ['a4', 'a3'] as const) {
    it(`lays out a worst-case ${size.toUpperCase()} poster on one page without overlaps, reporting what was cut`, async () => {
      ctx.services.settings.update(WORST_SETTINGS);
      const { truncated } = await checkPoster(worstId, size, 'worst');
      // A long name of wide letters with no space cannot be shown whole at the smallest size; the report says so.
      expect(truncated.length).toBeGreaterThan(0);
      expect(truncated.every((f) => ['schemeName', 'nameEn', 'nameZh', 'addressEn', 'addressZh', 'paperRecordText', 'contact'].includes(f))).toBe(true);
    });

    it(`lays out a worst-case ${size.toUpperCase()} poster with the scheme's mark: the band's name keeps off the mark`, async () => {
      ctx.services.settings.update(WORST_SETTINGS);
      ctx.services.settings.setSchemeMark(solidPng(2000, 64)); // the widest mark the Settings accept
      try {
        const { words } = await checkPoster(worstId, size, 'worst-mark');
        // The mark's box at the band's left (poster-layout.ts: 44 in, 12 down, 108 × 72 at A4, scaled for A3).
        const [page] = pdfWordBoxes(join(out.dir, `worst-mark-${size}.pdf`));
        const s = (page?.width ?? 0) / 595.28;
        expect(wordsOver(words, { x: 44 * s, y: 12 * s, w: 108 * s, h: 72 * s })).toEqual([]);
      } finally {
        ctx.services.settings.removeSchemeMark();
      }
    });

    it(`lays out an ordinary ${size.toUpperCase()} poster whole, with the instructions and the contact line`, async () => {
      ctx.services.settings.update({ operatorName: 'Harbour Eats Ltd', schemeName: 'Safe Visit 安心到訪', paperRecordText: DEFAULT_SETTINGS.paperRecordText });
      const { words, truncated } = await checkPoster(normalId, size, 'normal');
      expect(truncated).toEqual([]);
      const text = words.map((w) => w.text).join(' ');
      for (const expected of ['Open', 'Scan', 'Leave', '打開應用程式', '掃描二維碼', '離開時按「離開」', '2345', 'smartphone?', '2026-11-23']) {
        expect(text).toContain(expected);
      }
    });
  }
});
