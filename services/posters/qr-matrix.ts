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

/** The dark modules as horizontal runs, so a PDF or SVG draws one rectangle per run, not one per module. */
export function qrRuns(m: QrMatrix): QrRun[] {
  const runs: QrRun[] = [];
  for (let y = 0; y < m.size; y++) {
    let x = 0;
    while (x < m.size) {
      if (m.dark[y * m.size + x]) {
        const start = x;
        while (x < m.size && m.dark[y * m.size + x]) x++;
        runs.push({ x: start, y, length: x - start });
      } else {
        x++;
      }
    }
  }
  return runs;
}

/** An SVG path (`d` attribute) drawing the runs in module units, for a viewBox of `0 0 size size` (plus quiet zone). */
export function qrSvgPath(m: QrMatrix, quiet = 4): string {
  return qrRuns(m)
    .map((r) => `M${r.x + quiet} ${r.y + quiet}h${r.length}v1h-${r.length}z`)
    .join('');
}
