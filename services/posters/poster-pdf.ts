/**
 * Venue posters as PDF: scheme name, "Scan to check in", the QR as vector runs, how to use it, both names in
 * large type, venue id, issue date and contact line, laid out by poster-layout.ts so that everything fits.
 * A4 or A3 portrait; the font is embedded as a subset so every Chinese character (including
 * supplementary-plane ones such as 𨋢) renders and can be copied out.
 */
import PDFDocument from 'pdfkit';
import { openAtomicWrite } from '../files/atomic-file';
import type { OutputTarget } from '../files/output-target';
import { posterFont } from './fonts';
import { registerFontObject } from './pdfkit-internals';
import { encodeQr, forEachQrRun, type QrMatrix } from './qr-matrix';
import { drawFitted } from './fit-text';
import { layoutPoster, type PosterContent, type PosterField, type PosterLayout } from './poster-layout';

/** Paper sizes posters come in. */
export type PaperSize = 'a4' | 'a3';

/** Page sizes in PDF points (1/72 inch). */
export const PAPER_POINTS: Record<PaperSize, [number, number]> = {
  a4: [595.28, 841.89],
  a3: [841.89, 1190.55],
};

export type { PosterContent, PosterField } from './poster-layout';

/** Where the poster gets its font from. */
export interface PosterAssets {
  resourcesDir: string;
}

const FONT = 'poster';
const GREEN = '#0b7a3e';

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

/** Draws one poster page on `doc` (which must have the poster font registered); returns its layout. */
export function drawPoster(doc: PDFKit.PDFDocument, c: PosterContent, matrix: QrMatrix): PosterLayout {
  const W = doc.page.width;
  const s = W / PAPER_POINTS.a4[0];
  const margin = 44 * s;
  const layout = layoutPoster(doc, c, FONT);
  const { qr } = layout;

  doc.rect(0, 0, W, 96 * s).fill(GREEN);
  if (layout.mark && c.schemeMark) {
    const { x, y, w, h } = layout.mark;
    doc.image(c.schemeMark.bytes, x, y, { fit: [w, h], align: 'center', valign: 'center' });
  }
  drawQr(doc, matrix, qr.x, qr.y, qr.w);
  doc.lineWidth(2 * s).roundedRect(qr.x - 6 * s, qr.y - 6 * s, qr.w + 12 * s, qr.h + 12 * s, 10 * s).stroke(GREEN);
  layout.steps.forEach(({ cx, cy, r }, i) => {
    doc.circle(cx, cy, r).fill(GREEN);
    doc.font(FONT).fontSize(r * 1.3).fillColor('#ffffff').text(String(i + 1), cx - r, cy - r * 0.95, { width: 2 * r, align: 'center', lineBreak: false });
  });
  doc.moveTo(margin, layout.footY).lineTo(W - margin, layout.footY).lineWidth(0.75 * s).stroke('#bbbbbb');
  for (const t of layout.texts) {
    doc.font(FONT).fillColor(t.color);
    drawFitted(doc, t.fitted, t.x, t.y, t.width, t.align);
  }
  return layout;
}

/** Lays out a poster without writing it: what would be cut short and where the QR goes. */
export function posterFit(content: PosterContent, size: PaperSize, assets: PosterAssets): Pick<PosterLayout, 'truncated' | 'qr'> {
  const doc = newPosterDocument(assets, size, 'fit', new Date(0));
  doc.addPage();
  const { truncated, qr } = layoutPoster(doc, content, FONT);
  return { truncated, qr };
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

/** A poster document ready to be piped: page drawn, `end()` still to call. */
function startPoster(content: PosterContent, size: PaperSize, assets: PosterAssets): { doc: PDFKit.PDFDocument; draw: () => PosterField[]; qrVersion: number } {
  const matrix = encodeQr(content.codeText);
  const doc = newPosterDocument(assets, size, `${content.nameEn} ${content.nameZh} — check-in poster`, new Date());
  return {
    doc,
    qrVersion: matrix.version,
    draw: () => {
      doc.addPage();
      return drawPoster(doc, content, matrix).truncated;
    },
  };
}

/** Writes a one-page poster to a checked `target` (temp file, renamed on success). Returns facts for the caller. */
export async function writePosterPdf(
  target: OutputTarget,
  content: PosterContent,
  size: PaperSize,
  assets: PosterAssets,
): Promise<{ qrVersion: number; bytes: number; truncated: PosterField[] }> {
  const { doc, draw, qrVersion } = startPoster(content, size, assets);
  const out = openAtomicWrite(target);
  let bytes = 0;
  let truncated: PosterField[] = [];
  doc.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
  });
  doc.pipe(out.stream);
  try {
    truncated = draw();
    doc.end();
    await out.commit();
  } catch (error) {
    out.abort();
    throw error;
  }
  return { qrVersion, bytes, truncated };
}

/** The same one-page poster as {@link writePosterPdf}, drawn by the same code, as bytes in memory (the preview). */
export async function renderPosterPdf(content: PosterContent, size: PaperSize, assets: PosterAssets): Promise<Uint8Array> {
  const { doc, draw } = startPoster(content, size, assets);
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  draw();
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
