/** Test helpers that look at PDFs as a person would: poppler renders and text, zxing-wasm decodes QR codes. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
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
