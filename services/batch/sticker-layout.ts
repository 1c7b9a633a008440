/**
 * Sticker templates. `sheet`: A4 sheets of 3 × 4 stickers with cut marks in the margins and at every
 * inner corner. `card`: one A5 card per vehicle (with the company names). Each sticker carries the scheme
 * name, the QR, the plate in large type and "Scan to check in 掃描二維碼登記"; every text is fitted into its
 * own box (services/posters/fit-text.ts), so none overlaps another or the QR at the longest inputs.
 */
import { drawFitted, fitText, type FitBox, type FittedText } from '../posters/fit-text';
import { addDeflatedForm } from '../posters/pdfkit-internals';
import type { CompressedSticker } from './sticker-qr';

/** The sticker templates. */
export type StickerTemplate = 'sheet' | 'card';

const MM = 72 / 25.4;
const GREEN = '#0b7a3e';

/** What one sticker shows besides its QR. */
export interface StickerText {
  plate: string;
  venueId: string;
  companyEn: string;
  companyZh: string;
  issuedOn: string;
  schemeName: string;
}

/** Page geometry of a template. */
export interface TemplateGeometry {
  pageSize: [number, number];
  perPage: number;
}

const SHEET = { cols: 3, rows: 4, margin: 10 * MM };
const A4: [number, number] = [595.28, 841.89];
const A5: [number, number] = [419.53, 595.28];

/** Page size and stickers per page of a template. */
export function templateGeometry(template: StickerTemplate): TemplateGeometry {
  return template === 'sheet' ? { pageSize: A4, perPage: SHEET.cols * SHEET.rows } : { pageSize: A5, perPage: 1 };
}

/** How many pages `n` stickers take. */
export function pagesFor(template: StickerTemplate, n: number): number {
  return Math.ceil(n / templateGeometry(template).perPage);
}

/** Fixed-point number for PDF operators. */
const f = (n: number) => (Math.round(n * 100) / 100).toString();

/**
 * Places a QR (a pre-deflated form XObject in module units, quiet zone included) in a square at (x, y).
 * pdfkit's user space is already flipped to a top-left origin, so module rows grow downwards.
 */
function drawQrForm(doc: PDFKit.PDFDocument, s: CompressedSticker, name: string, x: number, y: number, side: number): void {
  const n = s.size + 8;
  addDeflatedForm(doc, name, n, s.form);
  const unit = side / n;
  doc.addContent(`q ${f(unit)} 0 0 ${f(unit)} ${f(x)} ${f(y)} cm /${name} Do Q`);
}

/** Cut marks for a full sheet: lines in the margins along every cut, and small crosses at inner corners. */
export function drawCutMarks(doc: PDFKit.PDFDocument): void {
  const [W, H] = A4;
  const { cols, rows, margin } = SHEET;
  const w = (W - 2 * margin) / cols;
  const h = (H - 2 * margin) / rows;
  const len = 6 * MM;
  const gap = 1.5 * MM;
  doc.save().lineWidth(0.5).strokeColor('#000000');
  for (let c = 0; c <= cols; c++) {
    const x = margin + c * w;
    doc.moveTo(x, margin - gap - len).lineTo(x, margin - gap);
    doc.moveTo(x, H - margin + gap).lineTo(x, H - margin + gap + len);
  }
  for (let r = 0; r <= rows; r++) {
    const y = margin + r * h;
    doc.moveTo(margin - gap - len, y).lineTo(margin - gap, y);
    doc.moveTo(W - margin + gap, y).lineTo(W - margin + gap + len, y);
  }
  for (let c = 1; c < cols; c++) {
    for (let r = 1; r < rows; r++) {
      const x = margin + c * w;
      const y = margin + r * h;
      doc.moveTo(x - 2 * MM, y).lineTo(x + 2 * MM, y).moveTo(x, y - 2 * MM).lineTo(x, y + 2 * MM);
    }
  }
  doc.stroke().restore();
}

/** Text fields of a sticker that may be cut short to fit. */
export type StickerField = 'schemeName' | 'companyZh' | 'companyEn';

/** The QR square (quiet zone included) and the fields cut short, of one drawn sticker. */
export interface DrawnSticker {
  qr: { x: number; y: number; w: number; h: number };
  truncated: StickerField[];
}

// Stickers repeat the same few texts (scheme name, caption, company names): their fits are kept, a few
// thousand at most, so a batch measures each distinct text once per box.
const fits = new Map<string, FittedText>();

function fitCached(doc: PDFKit.PDFDocument, text: string, box: FitBox): FittedText {
  const key = `${box.font}|${box.max}|${box.min}|${box.width}|${box.maxHeight}|${text}`;
  let fitted = fits.get(key);
  if (!fitted) {
    if (fits.size >= 4096) fits.clear();
    fitted = fitText(doc, text, box);
    fits.set(key, fitted);
  }
  return fitted;
}

/** Fits and draws a text block, centred in `width` from `top`; returns the fit. */
function block(doc: PDFKit.PDFDocument, text: string, box: FitBox, x: number, top: number, color: string): FittedText {
  const fitted = fitCached(doc, text, box);
  doc.font(box.font).fillColor(color);
  drawFitted(doc, fitted, x, top, box.width);
  return fitted;
}

/** Draws sticker `slot` (0-based position on the page) of the sheet template. */
export function drawSheetSticker(doc: PDFKit.PDFDocument, slot: number, qr: CompressedSticker, t: StickerText, font: string): DrawnSticker {
  const [W, H] = A4;
  const { cols, rows, margin } = SHEET;
  const w = (W - 2 * margin) / cols;
  const h = (H - 2 * margin) / rows;
  const x = margin + (slot % cols) * w;
  const y = margin + Math.floor(slot / cols) * h;
  const pad = 3 * MM;
  const inner = w - 2 * pad;

  doc.rect(x + pad, y + pad, inner, 15).fill(GREEN);
  const scheme = fitCached(doc, t.schemeName, { font, max: 9, min: 5.5, width: inner - 4, maxHeight: 13 });
  block(doc, t.schemeName, { font, max: 9, min: 5.5, width: inner - 4, maxHeight: 13 }, x + pad + 2, y + pad + 7.5 - scheme.height / 2, '#ffffff');
  block(doc, 'Scan to check in  掃描二維碼登記', { font, max: 8, min: 5, width: inner, maxHeight: 12 }, x + pad, y + pad + 17, '#000000');
  // Band 15 + caption 15 + QR + plate (22 pt, 32 high) + id line (10) fill the sticker between its paddings.
  const idTop = y + h - pad - 10;
  const qrTop = y + pad + 30;
  const side = Math.min(inner, idTop - 32 - qrTop);
  drawQrForm(doc, qr, `QR${slot}`, x + (w - side) / 2, qrTop, side);
  block(doc, t.plate, { font, max: 22, min: 10, width: inner, maxHeight: 32 }, x + pad, qrTop + side, '#000000');
  block(doc, `${t.venueId} · ${t.issuedOn}`, { font, max: 6.5, min: 5, width: inner, maxHeight: 10 }, x + pad, idTop, '#444444');
  return { qr: { x: x + (w - side) / 2, y: qrTop, w: side, h: side }, truncated: scheme.truncated ? ['schemeName'] : [] };
}

/** Draws a whole A5 card (the page must be A5). */
export function drawCard(doc: PDFKit.PDFDocument, qr: CompressedSticker, t: StickerText, font: string): DrawnSticker {
  const [W, H] = A5;
  const m = 14 * MM;
  const inner = W - 2 * m;
  const truncated: StickerField[] = [];
  doc.rect(0, 0, W, 64).fill(GREEN);
  const schemeBox = { font, max: 24, min: 11, width: inner, maxHeight: 56 };
  const scheme = fitCached(doc, t.schemeName, schemeBox);
  if (scheme.truncated) truncated.push('schemeName');
  block(doc, t.schemeName, schemeBox, m, 32 - scheme.height / 2, '#ffffff');
  block(doc, 'Scan to check in  掃描二維碼登記', { font, max: 17, min: 10, width: inner, maxHeight: 25 }, m, 76, '#000000');
  const side = 270;
  const qrTop = 108;
  drawQrForm(doc, qr, 'QR0', (W - side) / 2, qrTop, side);
  let y = qrTop + side + 4;
  y += block(doc, t.plate, { font, max: 48, min: 20, width: inner, maxHeight: 70 }, m, y, '#000000').height + 2;
  // Company names between the plate and the footer (which starts at H - m - 24), Chinese first.
  for (const field of ['companyZh', 'companyEn'] as const) {
    if (!t[field]) continue;
    const fitted = block(doc, t[field], { font, max: 12, min: 7, width: inner, maxHeight: 32 }, m, y, '#333333');
    if (fitted.truncated) truncated.push(field);
    y += fitted.height + 2;
  }
  block(doc, `Venue ID 場所編號: ${t.venueId}    Issued 發出日期: ${t.issuedOn}`, { font, max: 9, min: 6, width: inner, maxHeight: 14 }, m, H - m - 24, '#444444');
  block(doc, 'This code does not need renewing daily.  此二維碼毋須每日更新。', { font, max: 9, min: 6, width: inner, maxHeight: 14 }, m, H - m - 10, '#444444');
  return { qr: { x: (W - side) / 2, y: qrTop, w: side, h: side }, truncated };
}
