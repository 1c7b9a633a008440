/**
 * The batch's encoder threads stop between vehicles and leave by themselves (issue 4's cancel, made safe): a
 * thread terminated in the middle of `deflateSync` can abort the whole process ("CompressionStream::Close …
 * close before init"), so no thread is terminated unless it fails to leave in time. Needs `npm run build`.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { EncoderPool, EncodingStopped } from '../../../services/batch/encoder-pool';
import type { EncoderProtocol, EncoderResult } from '../../../services/batch/encoder-worker';
import { startWorker, type StartedWorker } from '../../../services/threads/start-worker';
import { newStopFlag, type StopFlag } from '../../../services/threads/stop-flag';
import { newVenueId } from '../../../shared/venue/venue-id';
import { THREADS_DIR } from '../../helpers/temp-services';

const pkcs8 = () => new Uint8Array(generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }));
const items = (n: number) => Array.from({ length: n }, (_, i) => ({ venueId: newVenueId((k) => new Uint8Array(randomBytes(k))), plate: `AB${(i % 9_999) + 1}` }));
const signing = { kid: '0123456789abcdef', issuedOn: '2026-11-26' };

let started: StartedWorker<EncoderProtocol> | null = null;
afterEach(async () => {
  await started?.stop();
  started = null;
});

/** Starts one encoder thread; answers arrive in `results`. */
function encoder(stop: StopFlag): { worker: StartedWorker<EncoderProtocol>; results: EncoderResult[]; next: () => Promise<EncoderResult> } {
  const results: EncoderResult[] = [];
  let wake: (() => void) | null = null;
  const worker = startWorker<EncoderProtocol>('batch-worker', {
    threadsDir: THREADS_DIR,
    init: { pkcs8: pkcs8(), signing, stop: stop.buffer },
    resourceLimits: { maxOldGenerationSizeMb: 32 },
    onMessage: (r) => {
      results.push(r);
      wake?.();
    },
  });
  started = worker;
  const next = async () => {
    const seen = results.length;
    while (results.length === seen) await new Promise<void>((r) => (wake = r));
    return results[results.length - 1] as EncoderResult;
  };
  return { worker, results, next };
}

describe('an encoder thread', () => {
  it('drops a chunk at once when the stop flag is up, then leaves by itself when told to', async () => {
    const stop = newStopFlag();
    const { worker, next } = encoder(stop);
    worker.post({ seq: 0, items: items(3) });
    expect(await next()).toMatchObject({ seq: 0, stickers: [expect.objectContaining({ code: expect.stringMatching(/^VC/) }), expect.anything(), expect.anything()] });

    // 5,000 vehicles would take seconds; the flag raised, the chunk ends at the next vehicle.
    worker.post({ seq: 1, items: items(5_000) });
    stop.raise();
    const t0 = performance.now();
    expect(await next()).toEqual({ seq: 1, stopped: true });
    expect(performance.now() - t0).toBeLessThan(1_000);

    // Told to leave, it ends by itself: `exited` settles without anyone terminating it.
    worker.post({ leave: true });
    await expect(Promise.race([worker.exited.then(() => 'left'), new Promise((r) => setTimeout(() => r('still running'), 3_000))])).resolves.toBe('left');
  });

  it('the pool raises the flag mid-batch: encode() stops with EncodingStopped, close() waits for every thread to leave', async () => {
    const stop = newStopFlag();
    const pool = new EncoderPool({ threadsDir: THREADS_DIR, workers: 2, init: { pkcs8: pkcs8(), signing, stop: stop.buffer }, chunkSize: 50 });
    let seen = 0;
    const run = (async () => {
      const one = items(1)[0] as { venueId: string; plate: string };
      for await (const chunk of pool.encode(20_000, () => one)) {
        seen += chunk.length;
        if (seen >= 100) stop.raise();
      }
    })();
    await expect(run).rejects.toBeInstanceOf(EncodingStopped);
    expect(seen).toBeLessThan(20_000);
    const t0 = performance.now();
    await pool.close();
    // Well inside the grace after which a thread would be terminated (2 s).
    expect(performance.now() - t0).toBeLessThan(1_500);
  });
});
