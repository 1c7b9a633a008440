/**
 * Worker thread of a batch: signs codes and prepares QR operators for a chunk of taxis at a time.
 * The private key arrives once, as PKCS#8 bytes, from the thread that unsealed it (same process: it
 * never leaves the main process) and becomes one KeyObject for the whole batch. Each code's record is the
 * one the code issuer decides (services/codes/code-issuer.ts), for the key and date it chose for the batch.
 */
import { createPrivateKey, sign } from 'node:crypto';
import { codeRecord, taxiCodeVenue, type CodeSigning } from '../codes/code-issuer';
import type { ThreadProtocol } from '../threads/start-worker';
import { threadPort } from '../threads/thread-port';
import { compressSticker, encodeSticker, type CompressedSticker } from './sticker-qr';

/** Data the pool gives each worker at start: the batch's signing (from the code issuer) and its key. */
export interface EncoderInit {
  pkcs8: Uint8Array;
  signing: CodeSigning;
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

/** The encoder thread's messages. */
export type EncoderProtocol = ThreadProtocol<EncoderInit, EncoderJob, EncoderResult>;

const port = threadPort<EncoderProtocol>();
const key = createPrivateKey({ key: Buffer.from(port.init.pkcs8), format: 'der', type: 'pkcs8' });
const signer = (m: Uint8Array) => new Uint8Array(sign(null, m, key));

port.onMessage((job) => {
  const stickers = job.items.map((item) => compressSticker(encodeSticker(codeRecord(port.init.signing, taxiCodeVenue(item.venueId, item.plate)), signer)));
  // The forms move to the writer (no copy).
  port.post(
    { seq: job.seq, stickers },
    stickers.map((s) => s.form.buffer as ArrayBuffer),
  );
});
