/**
 * The pdfkit fields services/posters/pdfkit-internals.ts reaches into: if a pdfkit upgrade renames or drops
 * one, this fails here rather than a batch (a growing layout cache, pages kept in memory, QR forms lost).
 */
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { posterFont } from '../../../services/posters/fonts';
import { addDeflatedForm, currentPage, forgetLayoutCache, registerFontObject, releaseWrittenPage } from '../../../services/posters/pdfkit-internals';

const RESOURCES_DIR = fileURLToPath(new URL('../../../resources', import.meta.url));

/** A document with the poster font registered and one page of text, as the batch writer has. */
function documentWithText(): { doc: PDFKit.PDFDocument; ended: Promise<Buffer> } {
  const doc = new PDFDocument({ size: [200, 200], margin: 0, autoFirstPage: false });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  registerFontObject(doc, 'f', posterFont(RESOURCES_DIR));
  doc.addPage();
  doc.font('f').fontSize(12).text('AB 1234 掃描', 10, 10);
  return { doc, ended };
}

describe('pdfkit internals', () => {
  it('still has the fields the module uses, with the types it expects', () => {
    const { doc } = documentWithText();
    const raw = doc as unknown as Record<string, unknown>;
    // The current font's cache of shaped words.
    const font = raw._font as Record<string, unknown> | null | undefined;
    expect(font, 'doc._font').toBeTypeOf('object');
    expect(font?.layoutCache, 'doc._font.layoutCache').toBeTypeOf('object');
    expect(Object.keys(font?.layoutCache as object).length).toBeGreaterThan(0);
    // The page's dictionaries (released after the page is written) and its XObject resources.
    const page = raw.page as Record<string, unknown>;
    expect(page, 'doc.page').toBeTypeOf('object');
    for (const name of ['dictionary', 'resources']) {
      const ref = page[name] as Record<string, unknown>;
      expect(ref?.data, `doc.page.${name}.data`).toBeTypeOf('object');
      expect(ref?.end, `doc.page.${name}.end`).toBeTypeOf('function');
    }
    expect(page.xobjects, 'doc.page.xobjects').toBeTypeOf('object');
    expect((page.resources as { data: { XObject?: unknown } }).data.XObject).toBe(page.xobjects);
    // Object references, for the QR forms.
    expect(raw.ref, 'doc.ref').toBeTypeOf('function');
    expect(doc.addContent, 'doc.addContent').toBeTypeOf('function');
  });

  it('empties the layout cache, adds a form, releases a written page, and still ends a valid PDF', async () => {
    const { doc, ended } = documentWithText();
    forgetLayoutCache(doc);
    const font = (doc as unknown as { _font: { layoutCache: object } })._font;
    expect(Object.keys(font.layoutCache)).toEqual([]);

    addDeflatedForm(doc, 'Q1', 10, new Uint8Array([0x78, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])); // an empty zlib stream
    const page = currentPage(doc);
    expect(Object.keys(page?.xobjects ?? {})).toEqual(['Q1']);
    doc.addContent('q 1 0 0 1 0 0 cm /Q1 Do Q');

    doc.addPage();
    releaseWrittenPage(page);
    expect(page?.dictionary.data).toEqual({});
    expect(page?.resources.data).toEqual({});
    expect(currentPage(doc)).not.toBe(page);
    doc.end();
    const pdf = await ended;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.subarray(-6).toString()).toContain('%%EOF');
  });
});
