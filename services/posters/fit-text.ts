/**
 * Fits a text block into a box with pdfkit's own measurement (the embedded font's advances): the largest
 * size at which it fits on one line, not below a minimum; else the largest size at which it wraps within the
 * box's height; else the minimum size, as many lines as fit, the last ending with an ellipsis. Lines break at
 * spaces and between Chinese characters; a word wider than the box is broken between characters.
 */

/** What to fit a text into. */
export interface FitBox {
  /** pdfkit font name (registered on the document). */
  font: string;
  /** Largest and smallest font sizes, in points. */
  max: number;
  min: number;
  width: number;
  /** The block's height budget; at least one line at `min` is always allowed. */
  maxHeight: number;
}

/** A fitted text: the size chosen, its lines, whether it was cut short, and its height. */
export interface FittedText {
  size: number;
  lines: string[];
  truncated: boolean;
  lineHeight: number;
  height: number;
}

const ELLIPSIS = '…';
// Scripts without spaces between words: a line may break before or after any of their characters.
const CJK = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u{20000}-\u{3FFFF}]/u;

/** Splits `text` into lines of at most `width` at the current font and size. */
function wrap(doc: PDFKit.PDFDocument, text: string, width: number): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  // A line may break after a space, after a Chinese character or before one.
  const breaksAfter = (i: number) => line[i] === ' ' || CJK.test(line[i] as string) || CJK.test(line[i + 1] as string);
  for (const ch of text) {
    if (line.length === 0 && ch === ' ') continue;
    line.push(ch);
    while (line.length > 1 && doc.widthOfString(line.join('').trimEnd()) > width) {
      let cut = line.length - 1; // a word wider than the line breaks between characters
      for (let i = line.length - 2; i >= 0; i--) {
        if (breaksAfter(i)) {
          cut = i + 1;
          break;
        }
      }
      lines.push(line.slice(0, cut).join('').trimEnd());
      line = line.slice(cut);
      while (line[0] === ' ') line.shift();
    }
  }
  if (line.length > 0) lines.push(line.join('').trimEnd());
  return lines;
}

/** Shortens `line` until it and an ellipsis fit in `width`. */
function withEllipsis(doc: PDFKit.PDFDocument, line: string, width: number): string {
  const chars = [...line];
  while (chars.length > 0 && doc.widthOfString(chars.join('').trimEnd() + ELLIPSIS) > width) chars.pop();
  return chars.join('').trimEnd() + ELLIPSIS;
}

/** Fits `text` into `box` (see the module comment); leaves the document's font size at the chosen size. */
export function fitText(doc: PDFKit.PDFDocument, text: string, box: FitBox): FittedText {
  const clean = text.replace(/[\t\r\n]+/g, ' ').trim(); // deliberate double spaces (between languages) stay
  doc.font(box.font);
  const result = (size: number, lines: string[], truncated: boolean): FittedText => {
    doc.fontSize(size);
    const lineHeight = doc.currentLineHeight(true);
    return { size, lines, truncated, lineHeight, height: lines.length * lineHeight };
  };
  const step = Math.max(0.25, box.max / 40);
  for (let size = box.max; size >= box.min - 1e-9; size -= step) {
    if (doc.fontSize(size).widthOfString(clean) <= box.width) return result(size, [clean], false);
  }
  for (let size = box.max; size >= box.min - 1e-9; size -= step) {
    doc.fontSize(size);
    const lines = wrap(doc, clean, box.width);
    if (lines.length * doc.currentLineHeight(true) <= box.maxHeight + 1e-6) return result(size, lines, false);
  }
  doc.fontSize(box.min);
  const room = Math.max(1, Math.floor((box.maxHeight + 1e-6) / doc.currentLineHeight(true)));
  const lines = wrap(doc, clean, box.width);
  const kept = lines.slice(0, room);
  kept[room - 1] = withEllipsis(doc, kept[room - 1] ?? '', box.width);
  return result(box.min, kept, true);
}

/** Draws a fitted text's lines from `top`, centred (or aligned) in `width`; returns the y below it. */
export function drawFitted(
  doc: PDFKit.PDFDocument,
  fitted: FittedText,
  x: number,
  top: number,
  width: number,
  align: 'center' | 'left' = 'center',
): number {
  doc.fontSize(fitted.size);
  fitted.lines.forEach((line, i) => {
    doc.text(line, x, top + i * fitted.lineHeight, { width, align, lineBreak: false });
  });
  return top + fitted.height;
}
