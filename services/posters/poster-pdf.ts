/**
 * Venue posters as PDF: scheme name, "Scan to check in", the QR as vector runs, both names in large
 * type, venue id and issue date. A4 or A3 portrait; the font is embedded as a subset so every Chinese
 * character (including supplementary-plane ones such as 𨋢) renders and can be copied out.
 */
import PDFDocument from 'pdfkit';
import { openAtomicWrite } from '../files/atomic-file';
import type { OutputTarget } from '../files/output-target';
import { posterFont } from './fonts';
import { registerFontObject } from './pdfkit-internals';
import { encodeQr, forEachQrRun, type QrMatrix } from './qr-matrix';

/** Paper sizes posters come in. */
export type PaperSize = 'a4' | 'a3';

/** Page sizes in PDF points (1/72 inch). */
export const PAPER_POINTS: Record<PaperSize, [number, number]> = {
  a4: [595.28, 841.89],
  a3: [841.89, 1190.55],
};

/** What a poster shows. */
export interface PosterContent {
  venueId: string;
  nameEn: string;
  nameZh: string;
  addressEn: string;
  addressZh: string;
  codeText: string;
  /** Hong Kong date the code was issued, `YYYY-MM-DD`. */
  issuedOn: string;
  schemeName: string;
}

/** Where the poster gets its font from. */
export interface PosterAssets {
  resourcesDir: string;
}

const FONT = 'poster';
const GREEN = '#0b7a3e';
const INK = '#111111';
const MUTED = '#444444';

/** Draws the QR matrix as filled rectangles, one per horizontal run, inside a white quiet zone. */
export function drawQr(doc: PDFKit.PDFDocument, m: QrMatrix, x: number, y: number, side: number, quiet = 4): void {
  const unit = side / (m.size + 2 * quiet);
  doc.save().rect(x, y, side, side).fill('#ffffff');
  forEachQrRun(m, (rx, ry, length) => {
    // A hair of overlap between rows avoids hairline gaps in some viewers.
    doc.rect(x + (rx + quiet) * unit, y + (ry + quiet) * unit, length * unit, unit + 0.01);
  });
  doc.fill('#000000').restore();
}

/** The largest font size ≤ max (not below min) at which `text` fits in `width` on one line. */
function fitSize(doc: PDFKit.PDFDocument, text: string, max: number, min: number, width: number): number {
  let size = max;
  while (size > min && doc.font(FONT).fontSize(size).widthOfString(text) > width) size -= 1;
  return size;
}

/** Draws one poster page on `doc` (which must have the poster font registered). */
export function drawPoster(doc: PDFKit.PDFDocument, c: PosterContent, matrix: QrMatrix): void {
  const W = doc.page.width;
  const s = W / PAPER_POINTS.a4[0];
  const margin = 44 * s;
  const inner = W - 2 * margin;
  doc.font(FONT);

  // Header band: the scheme's name.
  doc.rect(0, 0, W, 96 * s).fill(GREEN);
  const schemeSize = fitSize(doc, c.schemeName, 34 * s, 14 * s, inner);
  doc.fillColor('#ffffff').fontSize(schemeSize).text(c.schemeName, margin, 48 * s - schemeSize * 0.62, { width: inner, align: 'center', lineBreak: false });

  let y = 120 * s;
  doc.fillColor(INK).fontSize(24 * s).text('Scan to check in  掃描二維碼登記', margin, y, { width: inner, align: 'center' });
  y = doc.y + 12 * s;

  const side = Math.min(inner - 40 * s, 360 * s);
  drawQr(doc, matrix, (W - side) / 2, y, side);
  doc.lineWidth(2 * s).roundedRect((W - side) / 2 - 6 * s, y - 6 * s, side + 12 * s, side + 12 * s, 10 * s).stroke(GREEN);
  y += side + 24 * s;

  const zhSize = fitSize(doc, c.nameZh, 44 * s, 24 * s, inner);
  doc.fillColor(INK).fontSize(zhSize).text(c.nameZh, margin, y, { width: inner, align: 'center' });
  y = doc.y + 4 * s;
  const enSize = fitSize(doc, c.nameEn, 32 * s, 18 * s, inner);
  doc.fontSize(enSize).text(c.nameEn, margin, y, { width: inner, align: 'center' });
  y = doc.y + 8 * s;
  doc.fillColor(MUTED).fontSize(11 * s).text(c.addressZh, margin, y, { width: inner, align: 'center' });
  doc.text(c.addressEn, { width: inner, align: 'center' });

  // Footer: identifiers and the plain words operators asked for.
  const footY = doc.page.height - margin - 58 * s;
  doc.moveTo(margin, footY).lineTo(W - margin, footY).lineWidth(0.75 * s).stroke('#bbbbbb');
  doc.fillColor(INK).fontSize(13 * s).text(`Venue ID 場所編號: ${c.venueId}        Issued 發出日期: ${c.issuedOn}`, margin, footY + 10 * s, {
    width: inner,
    align: 'center',
  });
  doc.fillColor(MUTED).fontSize(10 * s).text('This code does not need renewing daily.  此二維碼毋須每日更新。', { width: inner, align: 'center' });
}

/** Creates a PDF document with the poster font registered and document information set. */
export function newPosterDocument(assets: PosterAssets, size: PaperSize, title: string, issued: Date): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: PAPER_POINTS[size],
    margin: 0,
    autoFirstPage: false,
    compress: true,
    info: { Title: title, Author: 'Venue Console', Creator: 'Venue Console', CreationDate: issued },
    lang: 'zh-HK',
  });
  registerFontObject(doc, FONT, posterFont(assets.resourcesDir));
  return doc;
}

/** Writes a one-page poster to a checked `target` (temp file, renamed on success). Returns facts for the caller. */
export async function writePosterPdf(
  target: OutputTarget,
  content: PosterContent,
  size: PaperSize,
  assets: PosterAssets,
): Promise<{ qrVersion: number; bytes: number }> {
  const matrix = encodeQr(content.codeText);
  const out = openAtomicWrite(target);
  const doc = newPosterDocument(assets, size, `${content.nameEn} ${content.nameZh} — check-in poster`, new Date());
  let bytes = 0;
  doc.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
  });
  doc.pipe(out.stream);
  try {
    doc.addPage();
    drawPoster(doc, content, matrix);
    doc.end();
    await out.commit();
  } catch (error) {
    out.abort();
    throw error;
  }
  return { qrVersion: matrix.version, bytes };
}
