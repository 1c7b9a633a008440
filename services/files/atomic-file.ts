/**
 * Writes a file the user asked for under a temporary name and renames it into place only on success. Every
 * function takes an {@link OutputTarget}: a path that passed `checkOutputTarget`, so nothing reaches the
 * console's own files (database, backups, log), a folder, a device or an input of the same command.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, renameSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { OutputTarget } from './output-target';

/** The temporary name used while `target` is being written: hidden, in the same folder (so rename is atomic). */
export function tempPathFor(target: OutputTarget): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.partial`);
}

/** A file being written under a temporary name. */
export interface AtomicWrite {
  stream: WriteStream;
  /** Waits until the ended stream has closed, then renames the temp file to the target. */
  commit: () => Promise<void>;
  /** Destroys the stream and deletes the temp file. */
  abort: () => void;
}

/**
 * Opens a write stream on a temp file next to `target`. End the stream (or let a pipe end it), then
 * `commit()`; or `abort()` to leave nothing behind. A failed commit deletes the temp file too.
 */
export function openAtomicWrite(target: OutputTarget): AtomicWrite {
  const temp = tempPathFor(target);
  const stream = createWriteStream(temp, { flags: 'wx', highWaterMark: 1 << 20 });
  let failure: Error | null = null;
  stream.on('error', (e) => {
    failure = e;
  });
  const abort = () => {
    stream.destroy();
    rmSync(temp, { force: true });
  };
  const closed = new Promise<void>((resolve) => (stream.closed ? resolve() : stream.once('close', () => resolve())));
  return {
    stream,
    commit: async () => {
      await closed;
      if (failure) {
        abort();
        throw failure;
      }
      renameIntoPlace(temp, target);
    },
    abort,
  };
}

/** Writes a whole file atomically: temp name in the same folder, then rename. */
export function writeFileAtomic(target: OutputTarget, data: string | Uint8Array): void {
  const temp = tempPathFor(target);
  try {
    writeFileSync(temp, data, { flag: 'wx' });
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Renames a finished temp file to its target; on failure the temp file is deleted and the error thrown. */
export function renameIntoPlace(temp: string, target: OutputTarget): void {
  try {
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
