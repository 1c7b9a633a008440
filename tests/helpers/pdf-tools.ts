/** Test helpers that look at PDFs as a person would: poppler renders and text, zxing-wasm decodes QR codes. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

const require = createRequire(import.meta.url);
let prepared: Promise<unknown> | null = null;

/** Loads zxing-wasm's reader from the installed package (never from a CDN). */
function zxing(): Promise<unknown> {
  prepared ??= Promise.resolve(
    prepareZXingModule({
      overrides: { wasmBinary: readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm')).buffer as ArrayBuffer },
      fireImmediately: true,
    }),
  );
  return prepared;
}

/** Renders PDF pages to PNG with pdftoppm; returns the PNG paths in page order. */
export function renderPdf(pdf: string, outDir: string, options: { dpi?: number; first?: number; last?: number } = {}): string[] {
  mkdirSync(outDir, { recursive: true });
  const args = ['-png', '-r', String(options.dpi ?? 100)];
  if (options.first) args.push('-f', String(options.first));
  if (options.last) args.push('-l', String(options.last));
  execFileSync('pdftoppm', [...args, pdf, join(outDir, 'page')]);
  return readdirSync(outDir)
    .filter((f) => f.startsWith('page') && f.endsWith('.png'))
    .sort()
    .map((f) => join(outDir, f));
}

/** All text of a PDF as pdftotext extracts it. */
export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
}

/** Runs `look` on PDF bytes written to a temp file (deleted after): for PDFs that live only in memory. */
function withPdfFile<T>(bytes: Uint8Array, look: (pdf: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'vc-pdf-bytes-'));
  try {
    const pdf = join(dir, 'in.pdf');
    writeFileSync(pdf, bytes);
    return look(pdf);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** {@link pdfText} of PDF bytes. */
export const pdfTextOf = (bytes: Uint8Array): string => withPdfFile(bytes, pdfText);

/** {@link pdfInfo} of PDF bytes. */
export const pdfInfoOf = (bytes: Uint8Array): Record<string, string> => withPdfFile(bytes, pdfInfo);

/** pdfinfo's fields (Pages, Page size, Title …). */
export function pdfInfo(pdf: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

/** Decodes every QR code in a PNG file with zxing-wasm. */
export async function decodeQrCodes(png: string): Promise<string[]> {
  await zxing();
  const results = await readBarcodes(new Uint8Array(readFileSync(png)), { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 64 });
  return results.filter((r) => r.isValid).map((r) => r.text);
}

/** A word's box on a page as pdftotext -bbox-layout reports it (points, origin top-left). */
export interface WordBox {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every page's size and word boxes, from `pdftotext -bbox-layout`. */
export function pdfWordBoxes(pdf: string): { width: number; height: number; words: WordBox[] }[] {
  const html = execFileSync('pdftotext', ['-enc', 'UTF-8', '-bbox-layout', pdf, '-'], { encoding: 'utf8' });
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return html
    .split('<page ')
    .slice(1)
    .map((page) => {
      const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page);
      const words = [...page.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map((m) => ({
        text: unescape(m[5] as string),
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
      }));
      return { width: Number(size?.[1]), height: Number(size?.[2]), words };
    });
}

/** A rectangle in points, origin top-left. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Pairs of words whose boxes overlap by more than `tolerance` points each way. */
export function overlappingWords(words: readonly WordBox[], tolerance = 0.5): [WordBox, WordBox][] {
  const pairs: [WordBox, WordBox][] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i] as WordBox;
      const b = words[j] as WordBox;
      const dx = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const dy = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (dx > tolerance && dy > tolerance) pairs.push([a, b]);
    }
  }
  return pairs;
}

/** Words whose box leaves `rect` (by more than `tolerance`), or that overlap `avoid` (such as a QR's square). */
export function wordsOutside(words: readonly WordBox[], rect: Rect, tolerance = 0.5): WordBox[] {
  return words.filter((w) => w.xMin < rect.x - tolerance || w.yMin < rect.y - tolerance || w.xMax > rect.x + rect.w + tolerance || w.yMax > rect.y + rect.h + tolerance);
}

/** Words whose box overlaps `rect` by more than `tolerance`. */
export function wordsOver(words: readonly WordBox[], rect: Rect, tolerance = 0.5): WordBox[] {
  return words.filter(
    (w) => Math.min(w.xMax, rect.x + rect.w) - Math.max(w.xMin, rect.x) > tolerance && Math.min(w.yMax, rect.y + rect.h) - Math.max(w.yMin, rect.y) > tolerance,
  );
}
