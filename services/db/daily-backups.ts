/**
 * The automatic daily backups: on the first open of the app's services each Hong Kong day,
 * `backups/venue-console-YYYY-MM-DD.sqlite3` in the data folder (folder 0700, files 0600), the last
 * {@link DAILY_BACKUPS_KEPT} kept. A backup is taken only of a database that has just passed the whole-file
 * check, so damage found that day never pushes the last good copy out.
 */
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { hkIsoDate, type Clock } from '../../shared/time/hk';
import { BACKUPS_FOLDER } from '../files/output-target';
import { PRIVATE_FOLDER_MODE } from '../files/private-files';
import { removeStaleTempFiles } from '../files/stale-temp-files';
import { copyDatabaseTo } from './backup';
import { toAppFailure } from './db-failure';
import { checkWholeDatabase } from './integrity';

/** The backups folder's name inside the data folder. */
export const BACKUPS_DIR = BACKUPS_FOLDER;

/** How many daily backups are kept. */
export const DAILY_BACKUPS_KEPT = 7;

/** A daily backup's file name; other files in the folder are never touched. */
const DAILY_NAME = /^venue-console-\d{4}-\d{2}-\d{2}\.sqlite3$/;

/** The path of the daily backup for the Hong Kong day containing `clock()`. */
export function dailyBackupPath(dataDir: string, clock: Clock): string {
  return join(dataDir, BACKUPS_DIR, `venue-console-${hkIsoDate(clock())}.sqlite3`);
}

/** Whether today's (HK) backup is still to be taken. Reads only. */
export function dailyBackupDue(dataDir: string, clock: Clock): boolean {
  return !existsSync(dailyBackupPath(dataDir, clock));
}

/** What {@link takeDailyBackup} needs. */
export interface DailyBackupInput {
  /** The app's open connection (it holds the lock; the backup goes through it). */
  db: Database.Database;
  dataDir: string;
  clock: Clock;
  /** True when `db` passed the whole-file check today (on open); otherwise the check runs first. */
  checked?: boolean;
  keep?: number;
}

/** What a daily backup did: the file written (null if today's already existed) and the old ones deleted. */
export interface DailyBackupOutcome {
  written: string | null;
  deleted: string[];
}

/**
 * Writes today's backup unless it exists, then keeps the newest `keep` daily backups (by date in the name)
 * and deletes the rest. A damaged database is refused (`db-corrupt`) before anything is written or deleted.
 */
export async function takeDailyBackup(input: DailyBackupInput): Promise<DailyBackupOutcome> {
  const dir = join(input.dataDir, BACKUPS_DIR);
  const target = dailyBackupPath(input.dataDir, input.clock);
  let written: string | null = null;
  if (!existsSync(target)) {
    if (!input.checked) {
      try {
        checkWholeDatabase(input.db);
      } catch (error) {
        throw toAppFailure(error, input.db.name) ?? error;
      }
    }
    if (!existsSync(dir)) {
      mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER_MODE });
      if (process.platform !== 'win32') chmodSync(dir, PRIVATE_FOLDER_MODE); // whatever the umask
    }
    removeStaleTempFiles(dir); // a copy cut short by a kill, and the journal SQLite kept beside it
    for (const name of readdirSync(dir)) {
      if (name.endsWith('.partial-journal') && !existsSync(join(dir, name.slice(0, -'-journal'.length)))) rmSync(join(dir, name), { force: true });
    }
    written = (await copyDatabaseTo(input.db, target)).path;
  }
  return { written, deleted: prune(dir, input.keep ?? DAILY_BACKUPS_KEPT, target) };
}

/** Deletes all but the newest `keep` daily backups (never `current`); returns the paths deleted. */
function prune(dir: string, keep: number, current: string): string[] {
  if (!existsSync(dir)) return [];
  const dated = readdirSync(dir)
    .filter((name) => DAILY_NAME.test(name) && lstatSync(join(dir, name)).isFile())
    .sort()
    .reverse(); // ISO dates: newest first
  const doomed = dated
    .slice(keep)
    .map((name) => join(dir, name))
    .filter((path) => path !== current);
  for (const path of doomed) rmSync(path, { force: true });
  return doomed;
}
