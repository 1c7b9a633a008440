/**
 * Stickers and cards at the longest inputs a fleet CSV accepts (180-character company names of wide letters,
 * 8-character plates of W, a 60-character scheme name): every word box (pdftotext -bbox-layout) stays on its
 * page, off the QR and off every other word, and what was cut short is reported.
 */
import { cpSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { afterAll, describe, expect, it } from 'vitest';
import { drawCard, drawCutMarks, drawSheetSticker, templateGeometry, type DrawnSticker, type StickerTemplate, type StickerText } from '../../../services/batch/sticker-layout';
import { compressSticker, type CompressedSticker } from '../../../services/batch/sticker-qr';
import { posterFont } from '../../../services/posters/fonts';
import { registerFontObject } from '../../../services/posters/pdfkit-internals';
import { forEachQrRun } from '../../../services/posters/qr-matrix';
import { RESOURCES_DIR, tempDir } from '../../helpers/temp-services';
import { overlappingWords, pdfInfo, pdfWordBoxes, wordsOutside, wordsOver, type Rect } from '../../helpers/pdf-tools';

const out = tempDir('vc-sticker-fit-');
afterAll(() => {
  if (process.env.KEEP_STICKERS) cpSync(out.dir, process.env.KEEP_STICKERS, { recursive: true });
  out.cleanup();
});

/** A QR like a batch's (same size of code), without signing. */
function sticker(text: string): CompressedSticker {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  let ops = '';
  forEachQrRun({ size: qr.modules.size, dark: qr.modules.data }, (x, y, length) => {
    ops += `${x + 4} ${y + 4} ${length} 1 re\n`;
  });
  return compressSticker({ code: text, version: qr.version, size: qr.modules.size, ops });
}

const cut = (s: string, n: number) => [...s].slice(0, n).join('');
const WORST: StickerText = {
  plate: 'WWWWWWWW',
  venueId: 'WWWWWWWWW',
  companyEn: cut(`${'W'.repeat(60)} ${'WM'.repeat(100)}`, 180),
  companyZh: cut('鬱龘的士有限公司'.repeat(30), 180),
  issuedOn: '2026-11-23',
  schemeName: cut(`${'W'.repeat(30)} ${'M'.repeat(40)}`, 60),
};

/** Draws `n` stickers of a template into a PDF; returns its path and each sticker's page and QR. */
async function drawStickers(template: StickerTemplate, n: number, text: StickerText, name: string) {
  const geometry = templateGeometry(template);
  const doc = new PDFDocument({ size: geometry.pageSize, margin: 0, autoFirstPage: false });
  registerFontObject(doc, 'sticker', posterFont(RESOURCES_DIR));
  const path = join(out.dir, `${name}.pdf`);
  const file = createWriteStream(path);
  doc.pipe(file);
  const drawn: { page: number; sticker: DrawnSticker }[] = [];
  const qr = sticker(`HK1:${'9'.repeat(150)}`);
  for (let i = 0; i < n; i++) {
    const slot = i % geometry.perPage;
    if (slot === 0) {
      doc.addPage();
      if (template === 'sheet') drawCutMarks(doc);
    }
    const s = template === 'sheet' ? drawSheetSticker(doc, slot, qr, text, 'sticker') : drawCard(doc, qr, text, 'sticker');
    drawn.push({ page: Math.floor(i / geometry.perPage), sticker: s });
  }
  doc.end();
  await once(file, 'close');
  return { path, drawn };
}

function expectClean(path: string, pages: number, qrs: { page: number; qr: Rect }[]): void {
  expect(pdfInfo(path).Pages).toBe(String(pages));
  const boxes = pdfWordBoxes(path);
  expect(boxes).toHaveLength(pages);
  boxes.forEach(({ width, height, words }, page) => {
    expect(words.length).toBeGreaterThan(4);
    expect(wordsOutside(words, { x: 0, y: 0, w: width, h: height })).toEqual([]);
    expect(overlappingWords(words)).toEqual([]);
    for (const q of qrs.filter((q) => q.page === page)) expect(wordsOver(words, q.qr)).toEqual([]);
  });
}

describe('stickers and cards fit at the longest inputs', () => {
  it('lays out a sheet of worst-case stickers without overlaps', async () => {
    const { path, drawn } = await drawStickers('sheet', 12, WORST, 'sheet-worst');
    expectClean(path, 1, drawn.map((d) => ({ page: d.page, qr: d.sticker.qr })));
    expect(drawn[0]?.sticker.truncated).toEqual(['schemeName']);
  });

  it('lays out a worst-case card without overlaps, reporting the company names it cut short', async () => {
    const { path, drawn } = await drawStickers('card', 2, WORST, 'card-worst');
    expectClean(path, 2, drawn.map((d) => ({ page: d.page, qr: d.sticker.qr })));
    expect(drawn[0]?.sticker.truncated).toEqual(['companyZh', 'companyEn']);
  });

  it('prints an ordinary card whole', async () => {
    const text = { ...WORST, plate: 'LG1234', venueId: 'T4K9Q2M7X', companyEn: 'Golden Star Taxi Company Limited', companyZh: '金星的士有限公司', schemeName: 'Safe Visit 安心到訪' };
    const { path, drawn } = await drawStickers('card', 1, text, 'card-normal');
    expectClean(path, 1, drawn.map((d) => ({ page: d.page, qr: d.sticker.qr })));
    expect(drawn[0]?.sticker.truncated).toEqual([]);
  });
});
