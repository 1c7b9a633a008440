/** Writes a file the user asked for under a temporary name and renames it into place only on success. */
import { createWriteStream, renameSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The temporary name used while `target` is being written: hidden, in the same folder (so rename is atomic). */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.partial`);
}

/**
 * Opens a write stream on a temp file next to `target`. End the stream (or let a pipe end it), then
 * `commit()` waits for it to close and renames it to `target`; `abort()` destroys and deletes it.
 * Exactly one of them must be called.
 */
export function openAtomicWrite(target: string): { stream: WriteStream; commit: () => Promise<void>; abort: () => void } {
  const temp = tempPathFor(target);
  const stream = createWriteStream(temp, { flags: 'wx' });
  let failure: Error | null = null;
  stream.on('error', (e) => {
    failure = e;
  });
  return {
    stream,
    commit: () =>
      new Promise<void>((resolve, reject) => {
        const done = () => {
          if (failure) {
            rmSync(temp, { force: true });
            reject(failure);
            return;
          }
          try {
            renameSync(temp, target);
            resolve();
          } catch (e) {
            rmSync(temp, { force: true });
            reject(e as Error);
          }
        };
        if (stream.closed) done();
        else stream.once('close', done);
      }),
    abort: () => {
      stream.destroy();
      rmSync(temp, { force: true });
    },
  };
}

/** Writes a whole file atomically: temp name in the same folder, then rename. */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  const temp = tempPathFor(target);
  try {
    writeFileSync(temp, data, { flag: 'wx' });
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
