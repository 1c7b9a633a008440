/**
 * Removes the hidden temp files a killed run of this console left behind (`tempPathFor` in atomic-file.ts:
 * `.<name>.<pid>.<12 hex digits>.partial`). A batch cleans its output folder before it starts and the services
 * clean the data folder when they open. Only files of exactly that pattern are touched, and only when the
 * process that wrote them is gone, or when nothing has written them for {@link STALE_TEMP_MAX_AGE_MS}.
 */
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** A temp file untouched this long is stale even if a process with its pid is alive (pids are reused). */
export const STALE_TEMP_MAX_AGE_MS = 6 * 60 * 60 * 1000;

/** Exactly the names `tempPathFor` makes. */
const TEMP_NAME = /^\..+\.(\d{1,10})\.[0-9a-f]{12}\.partial$/;

/** Whether a process with this pid is running (one we may not signal still counts). */
function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** Removes this console's stale temp files directly in `dir`; returns the paths removed. Never throws. */
export function removeStaleTempFiles(dir: string, now = Date.now()): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match) continue;
    const path = join(dir, name);
    try {
      const stats = lstatSync(path);
      // A regular file only: never a folder, and never through a link.
      if (!stats.isFile()) continue;
      if (alive(Number(match[1])) && now - stats.mtimeMs < STALE_TEMP_MAX_AGE_MS) continue;
      rmSync(path, { force: true });
      removed.push(path);
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
  return removed;
}
