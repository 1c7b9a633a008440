/**
 * Keeps the data folder private on POSIX systems: the folder 0700, every file directly in it 0600 (the
 * database, which holds the sealed signing key, its -wal/-shm/-journal, the log), and the backups folder and
 * its files likewise. Looser ones found on open are tightened (bits are only ever removed) and named once.
 * SQLite creates -wal/-shm/-journal with the mode of the database file, so once the database is 0600 they
 * are too; a brand-new database is created by SQLite with the umask's mode (0644) inside the already-0700
 * folder, and is tightened right after opening. On Windows the user profile's ACL protects the folder.
 */
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, statSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { BACKUPS_FOLDER } from './output-target';

/** The data folder's mode: its owner only. */
export const PRIVATE_FOLDER_MODE = 0o700;

/** The mode of every file in the data folder: read and write for its owner only. */
export const PRIVATE_FILE_MODE = 0o600;

const posix = process.platform !== 'win32';

/** Removes the bits `mode` does not allow from `path` (never follows a symlink but the folder's own); true if it changed. */
function tighten(path: string, mode: number, follow = false): boolean {
  let stats: Stats;
  try {
    stats = follow ? statSync(path) : lstatSync(path);
  } catch {
    return false; // gone meanwhile
  }
  if (stats.isSymbolicLink() || (stats.mode & 0o777 & ~mode) === 0) return false;
  try {
    chmodSync(path, stats.mode & 0o777 & mode);
    return true;
  } catch {
    return false; // not ours to change (another user's file): the 0700 folder still keeps others out
  }
}

/** Tightens the folder, the files directly in it, and the backups folder with its files; returns the paths changed. */
export function tightenPrivateFolder(dir: string): string[] {
  if (!posix) return [];
  const changed: string[] = [];
  const visit = (path: string, mode: number, follow = false) => {
    if (tighten(path, mode, follow)) changed.push(path);
  };
  visit(dir, PRIVATE_FOLDER_MODE, true);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return changed; // not a readable folder: opening the database reports that
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isFile()) visit(path, PRIVATE_FILE_MODE);
    else if (entry.isDirectory() && entry.name === BACKUPS_FOLDER) {
      visit(path, PRIVATE_FOLDER_MODE);
      try {
        for (const inner of readdirSync(path, { withFileTypes: true })) if (inner.isFile()) visit(join(path, inner.name), PRIVATE_FILE_MODE);
      } catch {
        // unreadable backups folder: left to the backup code to report
      }
    }
  }
  return changed;
}

/**
 * Before the database opens: creates the data folder 0700 when it is missing (nothing to report), or
 * tightens an existing folder and its files. Returns the existing paths whose permissions were tightened.
 */
export function preparePrivateFolder(dir: string): string[] {
  if (!existsSync(dir)) {
    mkdirSync(dirname(dir), { recursive: true });
    try {
      mkdirSync(dir, { mode: PRIVATE_FOLDER_MODE });
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
      return tightenPrivateFolder(dir); // made by someone else meanwhile
    }
    if (posix) chmodSync(dir, PRIVATE_FOLDER_MODE); // whatever the umask
    return [];
  }
  return tightenPrivateFolder(dir);
}

/** After the database opens: makes files SQLite has just created in the folder 0600 (silently: they are new). */
export function secureNewFiles(dir: string): void {
  tightenPrivateFolder(dir);
}

/** The line the CLI prints (and the app logs) once when permissions were tightened, in English and Chinese. */
export function permissionsNotice(paths: readonly string[]): string {
  const list = paths.map((p) => `  ${p}\n`).join('');
  return (
    `Permissions tightened so that only you can read these (others could before):\n${list}` +
    `已收緊權限，現在只有你可以讀取以下項目（之前其他使用者亦可讀取）：\n${list}`
  );
}
