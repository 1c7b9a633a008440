/**
 * Opens the Venue Console database: WAL, an exclusive lock held for the life of the process, and
 * numbered migrations. Only a file that does not exist is new. A database from a newer app, one held by
 * another running instance, an empty or damaged file is refused with a clear message and left exactly as
 * it was (byte-identical, no -wal/-shm/-journal left behind): its header is checked before SQLite opens
 * it, and nothing is written until every check has passed.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppFailure } from '../../shared/errors';
import { corruptDatabase, isCorruptionError, sqliteCode } from './db-failure';
import { checkDatabaseFile } from './file-header';
import { checkOnOpen, checkWholeDatabase } from './integrity';
import { applyMigrations, checkMigrationList } from './migrate';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations/index';

/** An open better-sqlite3 database. */
export type Db = Database.Database;

/** Options for {@link openDatabase}. */
export interface OpenOptions {
  /** Path to a better-sqlite3 native binding built for this runtime (Electron uses its own build). */
  nativeBinding?: string;
  /** Run the whole-file check (FTS5 indexes, every page accounted for: ~1.3 s at 100,000 venues) instead of the per-open one. */
  fullCheck?: boolean;
}

function refuse(code: 'db-newer-version' | 'db-locked', message: string, messageZh: string): never {
  throw new AppFailure({ code, message, messageZh });
}

/** Opens (creating if needed) and migrates the database at `file`. Throws {@link AppFailure} when it must refuse. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  checkMigrationList(MIGRATIONS); // a broken list of schema steps refuses before any folder or file is touched
  const isNew = !existsSync(file);
  if (isNew) mkdirSync(dirname(file), { recursive: true });
  else {
    const problem = checkDatabaseFile(file);
    if (problem) throw corruptDatabase(file, problem);
  }
  // An existing file must still exist when SQLite opens it (never silently created anew).
  const db = new Database(file, { timeout: 0, fileMustExist: !isNew, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  try {
    // Exclusive locking mode: the first transaction takes a lock that is kept until close, so a second
    // instance (app or CLI) is refused instead of writing underneath us.
    db.pragma('locking_mode = EXCLUSIVE');
    try {
      db.exec('BEGIN EXCLUSIVE; COMMIT;');
    } catch (error) {
      const code = sqliteCode(error);
      if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
        refuse(
          'db-locked',
          `The database ${file} is in use by another running Venue Console (app or command line). Close it and try again.`,
          `資料庫 ${file} 正由另一個執行中的 Venue Console（應用程式或命令列）使用。請先關閉它再試。`,
        );
      }
      throw error;
    }
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > SCHEMA_VERSION) {
      refuse(
        'db-newer-version',
        `The database ${file} was written by a newer Venue Console (schema ${version}; this app knows up to ${SCHEMA_VERSION}). Update the app; the database has not been changed.`,
        `資料庫 ${file} 由較新版本的 Venue Console 建立（結構版本 ${version}，本程式只支援至 ${SCHEMA_VERSION}）。請更新程式；資料庫未被更改。`,
      );
    }
    if (!isNew) (options.fullCheck ? checkWholeDatabase : checkOnOpen)(db);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    applyMigrations(db, MIGRATIONS, version);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AppFailure) throw error;
    if (isCorruptionError(error)) {
      throw corruptDatabase(file, sqliteCode(error) === 'SQLITE_NOTADB' ? 'not-sqlite' : 'damaged', error instanceof Error ? error.message : '');
    }
    throw error;
  }
}
