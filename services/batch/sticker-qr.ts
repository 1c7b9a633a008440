/**
 * Signs a taxi's code and turns it into PDF path operators for its QR, in module units — the part of a
 * batch that runs in worker threads. Batch stickers use a fixed QR mask (pattern 2): evaluating all eight
 * masks costs ~0.9 ms a code in the `qrcode` package, 90% of its time (see docs/decisions.md).
 */
import { deflateSync } from 'node:zlib';
import QRCode from 'qrcode';
import { buildCodeText, CODE_PREFIX, type Signer } from '../../shared/qr/code';
import type { VenueCodeRecord } from '../../shared/qr/record';
import { forEachQrRun } from '../posters/qr-matrix';

/** The fixed mask used for batch stickers. */
export const BATCH_MASK_PATTERN = 2;

/** A sticker's code and QR drawing operators. */
export interface EncodedSticker {
  code: string;
  version: number;
  /** Modules per side, without the quiet zone. */
  size: number;
  /** PDF operators drawing the dark runs as `x y w 1 re` in module units, quiet zone included (origin top-left). */
  ops: string;
}

/** What a worker returns per vehicle: the operators already deflated, ready to be a PDF form XObject. */
export interface CompressedSticker {
  code: string;
  version: number;
  size: number;
  /** zlib (FlateDecode) stream of `0 g` + the run operators + `f`. */
  form: Uint8Array;
}

/** Deflates a sticker's operators into a form XObject body (done in the worker, so compression runs on every core). */
export function compressSticker(s: EncodedSticker): CompressedSticker {
  const deflated = deflateSync(Buffer.from(`0 g\n${s.ops}f\n`, 'latin1'), { level: 1 });
  // zlib hands back a view of a 16 KB chunk; copy the ~2 KB of it so that transferring the form to the
  // writer moves 2 KB, not 16 KB that stays allocated until the writer's next collection.
  return { code: s.code, version: s.version, size: s.size, form: new Uint8Array(deflated) };
}

/**
 * Encodes one taxi code: sign the record (decided by the code issuer, services/codes/code-issuer.ts), QR
 * (numeric segment after the prefix), merged horizontal runs as operators.
 */
export function encodeSticker(record: VenueCodeRecord, sign: Signer, quiet = 4): EncodedSticker {
  const code = buildCodeText(record, sign);
  const qr = QRCode.create(
    [
      { data: CODE_PREFIX, mode: 'alphanumeric' },
      { data: code.slice(CODE_PREFIX.length), mode: 'numeric' },
    ],
    { errorCorrectionLevel: 'M', maskPattern: BATCH_MASK_PATTERN },
  );
  const { size, data } = qr.modules;
  let ops = '';
  forEachQrRun({ size, dark: data }, (x, y, length) => {
    ops += `${x + quiet} ${y + quiet} ${length} 1 re\n`;
  });
  return { code, version: qr.version, size, ops };
}
