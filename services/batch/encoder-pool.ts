/**
 * A pool of encoder worker threads (one per core by default). Work goes out in chunks, a bounded number
 * in flight per worker, and comes back in order through an async iterator, so memory stays flat however
 * many vehicles a batch has. A raised stop flag (the batch's, shared with the workers) ends the encoding within
 * one vehicle; `close()` raises it and lets each worker leave by itself, terminating only one that has not left
 * within {@link LEAVE_GRACE_MS}.
 */
import { availableParallelism } from 'node:os';
import { stopFlagOf, type StopFlag } from '../threads/stop-flag';
import { startWorker, type StartedWorker } from '../threads/start-worker';
import type { EncoderInit, EncoderJob, EncoderProtocol, EncoderResult } from './encoder-worker';
import type { CompressedSticker } from './sticker-qr';

/** A chunk encoded. */
type Encoded = Extract<EncoderResult, { stickers: unknown }>;

/** How long a worker told to leave may take before it is terminated (it reads the stop flag before every vehicle). */
export const LEAVE_GRACE_MS = 2_000;

/** Why encoding ended early: the batch's stop flag was raised. */
export class EncodingStopped extends Error {
  constructor() {
    super('the batch was stopped');
  }
}

/** Options of {@link EncoderPool}. */
export interface PoolOptions {
  /** The folder holding the built threads (out/main). */
  threadsDir: string;
  init: EncoderInit;
  workers?: number | undefined;
  chunkSize?: number;
  /** Chunks in flight per worker. */
  depth?: number;
}

/** Encodes items in worker threads; yields results in input order, a chunk at a time. */
export class EncoderPool {
  private readonly workers: StartedWorker<EncoderProtocol>[];
  private readonly pending = new Map<number, Encoded>();
  private waiting: { seq: number; resolve: (r: Encoded) => void; reject: (e: Error) => void } | null = null;
  private failure: Error | null = null;
  private readonly stop: StopFlag;

  constructor(private readonly options: PoolOptions) {
    this.stop = stopFlagOf(options.init.stop);
    const count = Math.max(1, options.workers ?? availableParallelism());
    this.workers = Array.from({ length: count }, () => {
      // A small heap: each worker holds one chunk at a time, and a tight young generation keeps its garbage
      // (QR strings) from piling up before it is collected.
      const worker = startWorker<EncoderProtocol>('batch-worker', {
        threadsDir: options.threadsDir,
        init: options.init,
        resourceLimits: { maxOldGenerationSizeMb: 12, maxYoungGenerationSizeMb: 6 },
        onMessage: (r) => this.receive(r),
      });
      // A worker that fails (or stops by itself) fails the batch; one stopped by close() does not.
      worker.exited.catch((e: Error) => this.fail(e));
      return worker;
    });
  }

  /** Encodes items `0 … count - 1` (`item(i)` gives each) and yields one array of stickers per chunk, in order. */
  async *encode(count: number, item: (i: number) => EncoderJob['items'][number]): AsyncGenerator<CompressedSticker[]> {
    const chunkSize = this.options.chunkSize ?? 120;
    const depth = this.options.depth ?? 3;
    const chunks = Math.ceil(count / chunkSize);
    let sent = 0;
    const send = () => {
      while (sent < chunks && sent - this.nextSeq < depth * this.workers.length) {
        const items: EncoderJob['items'] = [];
        for (let i = sent * chunkSize; i < Math.min(count, (sent + 1) * chunkSize); i++) items.push(item(i));
        const job: EncoderJob = { seq: sent, items };
        (this.workers[sent % this.workers.length] as StartedWorker<EncoderProtocol>).post(job);
        sent++;
      }
    };
    for (this.nextSeq = 0; this.nextSeq < chunks; ) {
      if (this.stop.raised()) throw new EncodingStopped();
      send();
      const result = await this.take(this.nextSeq);
      this.nextSeq++;
      send();
      yield result.stickers;
    }
  }

  private nextSeq = 0;

  private take(seq: number): Promise<Encoded> {
    if (this.failure) return Promise.reject(this.failure);
    const ready = this.pending.get(seq);
    if (ready) {
      this.pending.delete(seq);
      return Promise.resolve(ready);
    }
    return new Promise((resolve, reject) => {
      this.waiting = { seq, resolve, reject };
    });
  }

  private receive(r: EncoderResult): void {
    if ('stopped' in r) return this.fail(new EncodingStopped());
    if (this.waiting?.seq === r.seq) {
      const w = this.waiting;
      this.waiting = null;
      w.resolve(r);
    } else this.pending.set(r.seq, r);
  }

  private fail(e: Error): void {
    this.failure ??= e;
    const w = this.waiting;
    this.waiting = null;
    w?.reject(e);
  }

  /** Stops the encoding (raising the stop flag) and waits for every worker to leave. */
  async close(): Promise<void> {
    this.fail(new Error('the encoder pool was closed'));
    this.stop.raise();
    for (const w of this.workers) w.post({ leave: true });
    await Promise.all(this.workers.map((w) => w.stopAfter(LEAVE_GRACE_MS)));
  }
}
