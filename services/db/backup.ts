/**
 * Copies the open database with SQLite's online backup API (better-sqlite3's `db.backup()`), page by page
 * between other work, through the connection that already holds the exclusive lock: the copy is a
 * consistent snapshot even while the app keeps writing. The copy is written under a hidden temp name,
 * mode 0600 (it holds the sealed signing key), and renamed into place only when complete.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { checkOutputTarget } from '../files/output-target';
import { PRIVATE_FILE_MODE } from '../files/private-files';

type Db = Database.Database;

/** A finished backup. */
export interface BackupResult {
  path: string;
  bytes: number;
}

/** Pages copied per step: ~0.3 s for a 127 MB database (100,000 venues) in ~30 steps, the event loop free between them. */
const PAGES_PER_STEP = 1000;

/**
 * Writes a copy of `db` to `path` without checking the path: only for the console's own backups folder.
 * Anything else goes through {@link backupDatabase}.
 */
export async function copyDatabaseTo(db: Db, path: string): Promise<BackupResult> {
  // Named as `tempPathFor` names temp files, so a copy cut short by a kill is cleaned up on a later start.
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.partial`);
  closeSync(openSync(temp, 'wx', PRIVATE_FILE_MODE)); // SQLite keeps this mode, and gives it to its -journal
  try {
    await db.backup(temp, { progress: () => PAGES_PER_STEP });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    rmSync(`${temp}-journal`, { force: true });
    throw error;
  }
  return { path, bytes: statSync(path).size };
}

/**
 * Backs up the open database to a file a person chose (`backup --out`, "Back up now"). The target passes
 * `checkOutputTarget` first: never the database, its -wal/-shm/-journal, the backups folder or another file
 * the console owns in its data folder (the folder holding `db`), a folder or a device.
 */
export async function backupDatabase(db: Db, target: string): Promise<BackupResult> {
  const checked = checkOutputTarget(target, { dataDir: dirname(db.name) });
  return copyDatabaseTo(db, checked);
}
