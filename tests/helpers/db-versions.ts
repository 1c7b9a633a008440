/**
 * Test helpers: a database at any schema version. `updateToVersion(db, n)` runs the app's own steps (the same
 * `applyMigrations` that openDatabase uses) from the database's `user_version` up to `n`, so a test can build a
 * database as an older app left it, fill it the way that app did, and then open it with today's code.
 */
import Database from 'better-sqlite3';
import { applyMigrations, checkMigrationList } from '../../services/db/migrate';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from '../../services/db/migrations';
import type { Db } from '../../services/db/open-database';

/** The database's `PRAGMA user_version`. */
export function schemaVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/** Applies the schema steps after the database's current version up to `n` (never down), after checking the list as openDatabase does. Returns `db`. */
export function updateToVersion(db: Db, n: number, list: readonly Migration[] = MIGRATIONS): Db {
  checkMigrationList(list);
  const last = list[list.length - 1]?.version ?? 0;
  if (!Number.isInteger(n) || n < 0 || n > last) throw new Error(`No schema version ${n}: this build knows 0–${last}.`);
  const from = schemaVersion(db);
  if (from > n) throw new Error(`The database is already at version ${from}; cannot go down to ${n}.`);
  applyMigrations(db, list, from, n);
  return db;
}

/** A fresh database at schema version `n` (default: the latest), in memory or in a new file at `file`. */
export function openAtVersion(n: number = SCHEMA_VERSION, file = ':memory:'): Db {
  const db = new Database(file);
  try {
    return updateToVersion(db, n);
  } catch (error) {
    db.close();
    throw error;
  }
}
