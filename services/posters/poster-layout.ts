/**
 * Where everything on a poster goes, decided before anything is drawn: each text block is fitted into its own
 * box (fit-text.ts), so at the longest inputs the forms accept no text overlaps another, the QR or the
 * footer, and nothing leaves the page. What had to be cut short is listed by field for the operator.
 *
 * A4 portrait in points (A3 is the same layout scaled by √2): green header band with the scheme name;
 * "Scan to check in"; the QR on the left with the three steps and the paper-record words beside it; the
 * names and addresses; a footer with the venue id and issue date, the contact line and "no daily renewal".
 */
import { fitText, type FitBox, type FittedText } from './fit-text';

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
  /** What visitors without a smartphone do (the operator's words, from Settings). */
  paperRecordText: string;
  /** The venue's phone and email, or the operator's name. */
  contact: string;
  /** The scheme's mark (PNG or JPEG, checked: services/settings/scheme-mark.ts), drawn at the band's left; none when absent. */
  schemeMark?: { bytes: Buffer; width: number; height: number } | null | undefined;
}

/** Fields whose text may be cut short to fit (the ones the operator typed). */
export type PosterField = 'schemeName' | 'nameZh' | 'nameEn' | 'addressZh' | 'addressEn' | 'paperRecordText' | 'contact';

/** A rectangle in points, origin top-left. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One fitted text block and where it goes. */
export interface PlacedText {
  field: PosterField | null;
  fitted: FittedText;
  x: number;
  y: number;
  width: number;
  color: string;
  align: 'center' | 'left';
}

/** A poster's layout: its text blocks, the QR square (quiet zone included), the step numbers, the rules. */
export interface PosterLayout {
  texts: PlacedText[];
  qr: Box;
  /** Centres and radius of the green step-number discs. */
  steps: { cx: number; cy: number; r: number }[];
  /** The footer rule's y. */
  footY: number;
  /** Fields cut short, in layout order. */
  truncated: PosterField[];
  /** Where the scheme's mark goes (the image is fitted inside, centred), or null without a mark. */
  mark: Box | null;
}

/** The steps beside the QR, in both languages. */
export const POSTER_STEPS: readonly { en: string; zh: string }[] = [
  { en: 'Open the app', zh: '打開應用程式' },
  { en: 'Scan this code', zh: '掃描二維碼' },
  { en: 'Press Leave when you go', zh: '離開時按「離開」' },
];

const GREEN = '#0b7a3e';
const INK = '#111111';
const MUTED = '#444444';
/** The width of the band's box for the scheme's mark (A4 points; 72 high). */
const MARK_BOX = 108;
/** The A4 width in points, the unit of the layout's numbers. */
const A4_WIDTH = 595.28;

/** Lays out a poster on `doc`'s current page (the font `font` registered); draws nothing. */
export function layoutPoster(doc: PDFKit.PDFDocument, c: PosterContent, font: string): PosterLayout {
  const W = doc.page.width;
  const H = doc.page.height;
  const s = W / A4_WIDTH;
  const margin = 44 * s;
  const inner = W - 2 * margin;
  const texts: PlacedText[] = [];
  const fit = (text: string, box: Omit<FitBox, 'font'>) => fitText(doc, text, { ...box, font });
  const place = (field: PosterField | null, fitted: FittedText, x: number, y: number, width: number, color: string, align: 'center' | 'left' = 'center') => {
    texts.push({ field, fitted, x, y, width, color, align });
    return y + fitted.height;
  };

  // Header band (96): the scheme's mark at the left when there is one, the scheme's name centred in the rest.
  const mark = c.schemeMark ? { x: margin, y: 12 * s, w: MARK_BOX * s, h: 72 * s } : null;
  const schemeX = mark ? mark.x + mark.w + 12 * s : margin;
  const schemeW = W - margin - schemeX;
  const scheme = fit(c.schemeName, { max: 34 * s, min: 12 * s, width: schemeW, maxHeight: 82 * s });
  place('schemeName', scheme, schemeX, 48 * s - scheme.height / 2, schemeW, '#ffffff');
  place(null, fit('Scan to check in  掃描二維碼登記', { max: 24 * s, min: 14 * s, width: inner, maxHeight: 36 * s }), margin, 108 * s, inner, INK);

  // The QR on the left (its frame drawn 6 outside it), the steps and the paper-record words on the right.
  const top = 152 * s;
  const side = 270 * s;
  const qr = { x: margin + 6 * s, y: top + 6 * s, w: side, h: side };
  const colX = margin + side + 30 * s;
  const colW = W - margin - colX;
  let y = place(null, fit('How to check in  使用方法', { max: 16 * s, min: 9 * s, width: colW, maxHeight: 24 * s }), colX, top, colW, GREEN, 'left') + 6 * s;
  const steps: PosterLayout['steps'] = [];
  const r = 10 * s;
  const textX = colX + 2 * r + 8 * s;
  const textW = W - margin - textX;
  for (const step of POSTER_STEPS) {
    steps.push({ cx: colX + r, cy: y + r + 2 * s, r });
    y = place(null, fit(step.en, { max: 14 * s, min: 8 * s, width: textW, maxHeight: 21 * s }), textX, y, textW, INK, 'left');
    y = place(null, fit(step.zh, { max: 14 * s, min: 8 * s, width: textW, maxHeight: 21 * s }), textX, y, textW, INK, 'left') + 8 * s;
  }
  const paperTop = y + 4 * s;
  const paper = fit(c.paperRecordText, { max: 12 * s, min: 7 * s, width: colW, maxHeight: top + side + 12 * s - paperTop });
  if (c.paperRecordText.trim()) place('paperRecordText', paper, colX, paperTop, colW, MUTED, 'left');

  // Footer: the rule, the venue id and issue date, the contact line and the plain words operators asked for.
  const footY = H - margin - 72 * s;
  const footer: [PosterField | null, FittedText, string][] = [
    [null, fit(`Venue ID 場所編號: ${c.venueId}    Issued 發出日期: ${c.issuedOn}`, { max: 13 * s, min: 8 * s, width: inner, maxHeight: 19 * s }), INK],
    ['contact', fit(c.contact, { max: 10 * s, min: 7 * s, width: inner, maxHeight: 21 * s }), MUTED],
    [null, fit('This code does not need renewing daily.  此二維碼毋須每日更新。', { max: 10 * s, min: 7 * s, width: inner, maxHeight: 15 * s }), MUTED],
  ];

  // Names and addresses between the QR and the footer, centred in that space.
  const blocks: [PosterField, FittedText, string, number][] = [
    ['nameZh', fit(c.nameZh, { max: 44 * s, min: 22 * s, width: inner, maxHeight: 66 * s }), INK, 6 * s],
    ['nameEn', fit(c.nameEn, { max: 32 * s, min: 15 * s, width: inner, maxHeight: 66 * s }), INK, 8 * s],
    ['addressZh', fit(c.addressZh, { max: 12 * s, min: 8 * s, width: inner, maxHeight: 36 * s }), MUTED, 3 * s],
    ['addressEn', fit(c.addressEn, { max: 12 * s, min: 8 * s, width: inner, maxHeight: 36 * s }), MUTED, 0],
  ];
  const namesTop = top + side + 12 * s + 16 * s;
  const used = blocks.reduce((sum, [, f, , gap]) => sum + f.height + gap, 0);
  y = namesTop + Math.max(0, (footY - 10 * s - namesTop - used) / 2);
  for (const [field, fitted, color, gap] of blocks) y = place(field, fitted, margin, y, inner, color) + gap;

  y = footY + 8 * s;
  for (const [field, fitted, color] of footer) y = place(field, fitted, margin, y, inner, color) + 2 * s;

  const truncated = texts.filter((t) => t.field && t.fitted.truncated).map((t) => t.field as PosterField);
  return { texts, qr, steps, footY, truncated, mark };
}
