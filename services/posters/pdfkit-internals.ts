/**
 * The one module that reaches past pdfkit's public API (pdfkit 0.20): the batch writer needs it to keep
 * memory flat and to place pre-deflated QR forms, and nothing else may touch these fields. A pdfkit upgrade
 * that renames them fails tests/unit/posters/pdfkit-internals.test.ts, not a batch in the field.
 *
 * Used: the current font's `layoutCache` (`doc._font`), a page's `dictionary.data` and `resources.data`
 * (released once the page is written), `doc.ref()` and `page.xobjects` (a form XObject per QR).
 */

/** pdfkit's embedded font, as far as the layout cache goes. */
interface FontInternals {
  layoutCache?: Record<string, unknown>;
}

/** A pdfkit object reference (a PDF indirect object). */
interface RefInternals {
  data: unknown;
  end: (chunk?: Uint8Array) => void;
}

/** A pdfkit page, as far as its dictionaries and resources go. */
interface PageInternals {
  dictionary: RefInternals;
  resources: RefInternals;
  xobjects: Record<string, RefInternals>;
}

/** A pdfkit document, as far as this module goes. */
interface DocInternals {
  _font?: FontInternals | null;
  page?: PageInternals;
  ref: (data: Record<string, unknown>) => RefInternals;
}

const internals = (doc: PDFKit.PDFDocument) => doc as unknown as DocInternals;

/** A page of a document, handed back to {@link releaseWrittenPage} once pdfkit has written it. */
export type PdfPage = PageInternals;

/**
 * Empties the current font's cache of shaped words. pdfkit keeps every distinct word it has laid out for
 * the life of the document; with a different plate and id on every sticker that cache grows with the batch.
 */
export function forgetLayoutCache(doc: PDFKit.PDFDocument): void {
  const font = internals(doc)._font;
  if (font && font.layoutCache) font.layoutCache = Object.create(null) as Record<string, unknown>;
}

/** The page being drawn, if any (keep it to release it after the next `addPage()`). */
export function currentPage(doc: PDFKit.PDFDocument): PdfPage | undefined {
  return internals(doc).page;
}

/**
 * Drops a written page's dictionaries. Once pdfkit has written a page (it does when the next page starts),
 * only its object number is still needed (for the page tree); the dictionaries hold the page's form objects,
 * which would otherwise stay in memory until the document ends.
 */
export function releaseWrittenPage(page: PdfPage | undefined): void {
  if (!page) return;
  page.dictionary.data = {};
  page.resources.data = {};
}

/**
 * Adds a form XObject named `name` to the current page from an already-deflated content stream (Filter set:
 * pdfkit writes the bytes as they are instead of compressing them again), with a `side`×`side` box.
 */
export function addDeflatedForm(doc: PDFKit.PDFDocument, name: string, side: number, deflated: Uint8Array): void {
  const d = internals(doc);
  const form = d.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, side, side], Filter: 'FlateDecode' });
  form.end(deflated);
  (d.page as PageInternals).xobjects[name] = form;
}

/** Registers a parsed fontkit font (pdfkit accepts one where its types say a path). */
export function registerFontObject(doc: PDFKit.PDFDocument, name: string, font: unknown): void {
  doc.registerFont(name, font as string);
}
