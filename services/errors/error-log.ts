/**
 * The console's error log: the details (stack traces) of unexpected errors, kept in the data folder for
 * whoever supports the operator, never shown to the operator. Appended to, readable by its owner only
 * (0600), and started afresh past 1 MB with the previous file kept as `venue-console.log.1`.
 */
import { appendFileSync, chmodSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The log's file name in the data folder. */
export const ERROR_LOG_FILE = 'venue-console.log';

/** Size past which the log is moved to `venue-console.log.1` and a new one started. */
export const ERROR_LOG_MAX_BYTES = 1_000_000;

/** An error's details for the log: its stack (or message), its code and cause. */
function details(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const cause = error.cause === undefined ? '' : `\nCaused by: ${details(error.cause)}`;
  return `${error.stack ?? `${error.name}: ${error.message}`}${code === undefined ? '' : `\ncode: ${String(code)}`}${cause}`;
}

/**
 * Appends an entry (time, where it happened, the error's stack) to the log in `dataDir`. Returns the log's
 * path, or null when it could not be written (a missing or read-only folder): it never throws, because it
 * runs while another error is being reported.
 */
export function appendErrorLog(dataDir: string, context: string, error: unknown, now = Date.now()): string | null {
  const path = join(dataDir, ERROR_LOG_FILE);
  try {
    try {
      if (statSync(path).size > ERROR_LOG_MAX_BYTES) renameSync(path, `${path}.1`);
    } catch {
      // no log yet
    }
    appendFileSync(path, `${new Date(now).toISOString()} ${context}\n${details(error)}\n\n`, { mode: 0o600 });
    // An older log may have been created with a looser mode.
    if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
    return path;
  } catch {
    return null;
  }
}
