/**
 * Worker thread of a batch: signs codes and prepares QR operators for a chunk of taxis at a time.
 * The private key arrives once, as PKCS#8 bytes, from the thread that unsealed it (same process: it
 * never leaves the main process) and becomes one KeyObject for the whole batch.
 */
import { createPrivateKey, sign } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { compressSticker, encodeSticker, type CompressedSticker } from './sticker-qr';

/** Data the pool gives each worker at start. */
export interface EncoderInit {
  pkcs8: Uint8Array;
  kid: string;
  issuedOn: string;
}

/** A chunk of work. */
export interface EncoderJob {
  seq: number;
  items: { venueId: string; plate: string }[];
}

/** The answer to a chunk. */
export interface EncoderResult {
  seq: number;
  stickers: CompressedSticker[];
}

const init = workerData as EncoderInit;
const key = createPrivateKey({ key: Buffer.from(init.pkcs8), format: 'der', type: 'pkcs8' });
const signer = (m: Uint8Array) => new Uint8Array(sign(null, m, key));

parentPort?.on('message', (job: EncoderJob) => {
  const stickers = job.items.map((item) =>
    compressSticker(encodeSticker({ kid: init.kid, issuedOn: init.issuedOn, venueId: item.venueId, plate: item.plate }, signer)),
  );
  const result: EncoderResult = { seq: job.seq, stickers };
  parentPort?.postMessage(
    result,
    stickers.map((s) => s.form.buffer as ArrayBuffer),
  );
});
