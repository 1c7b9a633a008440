/**
 * The worker threads the app starts, declared once: the build (electron.vite.config.ts) makes one
 * `out/main/<name>.js` per entry, and the code that starts a thread finds it with {@link threadPath}.
 */
import { join } from 'node:path';

/** Each thread's built name and its source entry (relative to the repository root). */
export const THREAD_ENTRIES = {
  'batch-worker': 'services/batch/encoder-worker.ts',
  'batch-writer': 'services/batch/writer-worker.ts',
  'batch-reader': 'services/batch/reader-worker.ts',
} as const;

/** The name of a built thread. */
export type ThreadName = keyof typeof THREAD_ENTRIES;

/** The built file of thread `name` in `threadsDir`, the folder the build writes (out/main). */
export function threadPath(threadsDir: string, name: ThreadName): string {
  return join(threadsDir, `${name}.js`);
}
