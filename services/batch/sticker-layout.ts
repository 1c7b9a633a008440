/**
 * Sticker templates. `sheet`: A4 sheets of 3 × 4 stickers with cut marks in the margins and at every
 * inner corner. `card`: one A5 card per vehicle. Each sticker carries the scheme name, the QR, the plate
 * in large type and "Scan to check in 掃描二維碼登記".
 */
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

/** Draws sticker `slot` (0-based position on the page) of the sheet template. */
export function drawSheetSticker(doc: PDFKit.PDFDocument, slot: number, qr: CompressedSticker, t: StickerText, font: string): void {
  const [W, H] = A4;
  const { cols, rows, margin } = SHEET;
  const w = (W - 2 * margin) / cols;
  const h = (H - 2 * margin) / rows;
  const x = margin + (slot % cols) * w;
  const y = margin + Math.floor(slot / cols) * h;
  const pad = 3 * MM;
  const inner = w - 2 * pad;

  doc.rect(x + pad, y + pad, inner, 15).fill(GREEN);
  doc.font(font).fontSize(9).fillColor('#ffffff').text(t.schemeName, x + pad, y + pad + 2.5, { width: inner, align: 'center', lineBreak: false });
  doc.fillColor('#000000').fontSize(8).text('Scan to check in  掃描二維碼登記', x + pad, y + pad + 19, { width: inner, align: 'center', lineBreak: false });
  // Band 15 + caption 15 + QR + plate 27 + id line 10 fill the sticker between its paddings.
  const side = Math.min(inner, h - 2 * pad - 67);
  const qrTop = y + pad + 30;
  drawQrForm(doc, qr, `QR${slot}`, x + (w - side) / 2, qrTop, side);
  doc.fontSize(22).text(t.plate, x + pad, qrTop + side - 1, { width: inner, align: 'center', lineBreak: false });
  doc.fontSize(6.5).fillColor('#444444').text(`${t.venueId} · ${t.issuedOn}`, x + pad, y + h - pad - 9, { width: inner, align: 'center', lineBreak: false });
}

/** Draws a whole A5 card (the page must be A5). */
export function drawCard(doc: PDFKit.PDFDocument, qr: CompressedSticker, t: StickerText, font: string): void {
  const [W, H] = A5;
  const m = 14 * MM;
  const inner = W - 2 * m;
  doc.rect(0, 0, W, 64).fill(GREEN);
  doc.font(font).fontSize(24).fillColor('#ffffff').text(t.schemeName, m, 18, { width: inner, align: 'center', lineBreak: false });
  doc.fillColor('#000000').fontSize(17).text('Scan to check in  掃描二維碼登記', m, 84, { width: inner, align: 'center', lineBreak: false });
  const side = 270;
  drawQrForm(doc, qr, 'QR0', (W - side) / 2, 116, side);
  doc.fontSize(48).text(t.plate, m, 116 + side + 10, { width: inner, align: 'center', lineBreak: false });
  const company = [t.companyZh, t.companyEn].filter(Boolean).join('  ');
  if (company) doc.fontSize(12).fillColor('#333333').text(company, m, 116 + side + 74, { width: inner, align: 'center', lineBreak: false, ellipsis: true });
  doc.fontSize(9).fillColor('#444444').text(`Venue ID 場所編號: ${t.venueId}    Issued 發出日期: ${t.issuedOn}`, m, H - m - 22, { width: inner, align: 'center', lineBreak: false });
  doc.text('This code does not need renewing daily.  此二維碼毋須每日更新。', m, H - m - 8, { width: inner, align: 'center', lineBreak: false });
}
