/**
 * The batch writer thread: runs {@link writeStickers} off the app's main thread (its own small heap; the
 * encoder workers are its children, so terminating it stops the whole batch at once).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeStickers, type StickerJob } from './sticker-pdf';

/** Messages the writer sends to the thread that started it. */
export type WriterMessage = { type: 'progress'; done: number } | { type: 'done' } | { type: 'error'; message: string };

const post = (m: WriterMessage) => parentPort?.postMessage(m);
let last = 0;
writeStickers(workerData as StickerJob, (done) => {
  const now = performance.now();
  if (now - last >= 100) {
    last = now;
    post({ type: 'progress', done });
  }
}).then(
  () => post({ type: 'done' }),
  (error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
);
