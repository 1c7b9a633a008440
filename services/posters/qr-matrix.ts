/** Turns venue code text into a QR module matrix (error correction M), and the matrix into merged-run vector paths. */
import QRCode from 'qrcode';
import { CODE_PREFIX } from '../../shared/qr/code';

/** A QR symbol: `size`×`size` modules, `dark[y * size + x]` is 1 for a dark module. */
export interface QrMatrix {
  version: number;
  size: number;
  dark: Uint8Array;
}

/** One horizontal run of dark modules in row `y`, from column `x`, `length` modules long. */
export interface QrRun {
  x: number;
  y: number;
  length: number;
}

/**
 * Encodes code text as a QR symbol. A venue code is split into an alphanumeric segment (`VC1:`) and a
 * numeric segment (the digits), the densest modes for it; other text is left to the encoder's own choice.
 */
export function encodeQr(text: string): QrMatrix {
  const input =
    text.startsWith(CODE_PREFIX) && /^\d+$/.test(text.slice(CODE_PREFIX.length))
      ? [
          { data: CODE_PREFIX, mode: 'alphanumeric' as const },
          { data: text.slice(CODE_PREFIX.length), mode: 'numeric' as const },
        ]
      : text;
  const qr = QRCode.create(input, { errorCorrectionLevel: 'M' });
  return { version: qr.version, size: qr.modules.size, dark: Uint8Array.from(qr.modules.data) };
}

/**
 * Calls `visit(x, y, length)` for each horizontal run of dark modules, row by row, left to right: the one
 * place a QR matrix becomes runs, for posters (PDF rectangles, the page's SVG) and batch stickers (PDF
 * operators). `dark` is any module array, `dark[y * size + x]` truthy for a dark module (a {@link QrMatrix}'s
 * or the `qrcode` package's own); nothing is allocated per run.
 */
export function forEachQrRun(m: { size: number; dark: ArrayLike<number> }, visit: (x: number, y: number, length: number) => void): void {
  const { size, dark } = m;
  for (let y = 0; y < size; y++) {
    const row = y * size;
    let x = 0;
    while (x < size) {
      if (dark[row + x]) {
        const start = x;
        while (x < size && dark[row + x]) x++;
        visit(start, y, x - start);
      } else x++;
    }
  }
}

/** The dark modules as horizontal runs, so a PDF or SVG draws one rectangle per run, not one per module. */
export function qrRuns(m: QrMatrix): QrRun[] {
  const runs: QrRun[] = [];
  forEachQrRun(m, (x, y, length) => runs.push({ x, y, length }));
  return runs;
}

/** An SVG path (`d` attribute) drawing the runs in module units, for a viewBox of `0 0 size size` (plus quiet zone). */
export function qrSvgPath(m: QrMatrix, quiet = 4): string {
  let d = '';
  forEachQrRun(m, (x, y, length) => {
    d += `M${x + quiet} ${y + quiet}h${length}v1h-${length}z`;
  });
  return d;
}
