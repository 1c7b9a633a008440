/**
 * The shape of one schema step. Types only: migration files may import this, services/db/frozen/ and
 * better-sqlite3's types, and nothing else (a migration that calls live code changes what it did for old databases).
 */
import type Database from 'better-sqlite3';

/** One schema step: SQL, optionally followed by a data step in code. Never edited once shipped. */
export interface Migration {
  /** 1, 2, 3…: the `PRAGMA user_version` the database has once this step has run. */
  version: number;
  name: string;
  sql: string;
  data?: (db: Database.Database) => void;
}
