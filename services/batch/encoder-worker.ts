/**
 * Worker thread of a batch: signs codes and prepares QR operators for a chunk of taxis at a time.
 * The private key arrives once, as PKCS#8 bytes, from the thread that unsealed it (same process: it
 * never leaves the main process) and becomes one KeyObject for the whole batch. Each code's record is the
 * one the code issuer decides (services/codes/code-record.ts), for the key and date it chose for the batch.
 * The thread imports nothing that loads zod: its heap is 12 MB, and zod's 3 MB made it collect garbage
 * for half its time (18,000 stickers: 6 → 13 s).
 */
import { createPrivateKey, sign } from 'node:crypto';
import { codeRecord, taxiCodeVenue, type CodeSigning } from '../codes/code-record';
import type { ThreadProtocol } from '../threads/start-worker';
import { stopFlagOf } from '../threads/stop-flag';
import { threadPort } from '../threads/thread-port';
import { compressSticker, encodeSticker, type CompressedSticker } from './sticker-qr';

/** Data the pool gives each worker at start: the batch's signing (from the code issuer) and its key. */
export interface EncoderInit {
  pkcs8: Uint8Array;
  signing: CodeSigning;
  /** The batch's stop flag (services/threads/stop-flag.ts). */
  stop: SharedArrayBuffer;
}

/** A chunk of work. */
export interface EncoderJob {
  seq: number;
  items: { venueId: string; plate: string }[];
}

/** Sent after the last chunk (or on cancel): the thread closes its port and ends by itself. */
export interface EncoderLeave {
  leave: true;
}

/** The answer to a chunk: its stickers, or `stopped` when the stop flag was raised before it was done. */
export type EncoderResult = { seq: number; stickers: CompressedSticker[] } | { seq: number; stopped: true };

/** The encoder thread's messages. */
export type EncoderProtocol = ThreadProtocol<EncoderInit, EncoderJob | EncoderLeave, EncoderResult>;

const port = threadPort<EncoderProtocol>();
const key = createPrivateKey({ key: Buffer.from(port.init.pkcs8), format: 'der', type: 'pkcs8' });
const signer = (m: Uint8Array) => new Uint8Array(sign(null, m, key));

const stop = stopFlagOf(port.init.stop);

port.onMessage((message) => {
  if ('leave' in message) return port.close();
  const job = message;
  const stickers: CompressedSticker[] = [];
  for (const item of job.items) {
    if (stop.raised()) return port.post({ seq: job.seq, stopped: true });
    stickers.push(compressSticker(encodeSticker(codeRecord(port.init.signing, taxiCodeVenue(item.venueId, item.plate)), signer)));
  }
  // The forms move to the writer (no copy).
  port.post(
    { seq: job.seq, stickers },
    stickers.map((s) => s.form.buffer as ArrayBuffer),
  );
});
