/**
 * Schema step 3 (shipped in 19e4a99): an explicit `seq` row number (the search indexes' rowids survive VACUUM),
 * an optional district for taxis, and one venue per taxi plate. Frozen.
 */
import type { Migration } from './migration';

/** Step 3. */
export const migration: Migration = {
  version: 3,
  name: 'taxis: stable row numbers, optional district, one venue per plate',
  sql: `
      -- seq is an explicit INTEGER PRIMARY KEY so the search indexes' rowids stay valid through VACUUM.
      CREATE TABLE venues_v3 (
        seq           INTEGER PRIMARY KEY,
        id            TEXT NOT NULL UNIQUE,
        name_en       TEXT NOT NULL,
        name_zh       TEXT NOT NULL,
        address_en    TEXT NOT NULL,
        address_zh    TEXT NOT NULL,
        district      TEXT,
        type          TEXT NOT NULL,
        contact_phone TEXT,
        contact_email TEXT,
        status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'deactivated')),
        dup_key       TEXT NOT NULL,
        created_at    INTEGER NOT NULL,
        updated_at    INTEGER NOT NULL,
        CHECK (district IS NOT NULL OR type = 'taxi')
      ) STRICT;
      INSERT INTO venues_v3 (seq, id, name_en, name_zh, address_en, address_zh, district, type, contact_phone, contact_email, status, dup_key, created_at, updated_at)
        SELECT rowid, id, name_en, name_zh, address_en, address_zh, district, type, contact_phone, contact_email, status, dup_key, created_at, updated_at FROM venues;
      DROP TABLE venues;
      ALTER TABLE venues_v3 RENAME TO venues;
      CREATE INDEX venues_dup_key ON venues (dup_key);
      CREATE INDEX venues_name ON venues (name_en COLLATE NOCASE, id);
      -- A taxi venue's English name is its normalised registration mark: one venue per plate.
      CREATE UNIQUE INDEX venues_taxi_plate ON venues (name_en) WHERE type = 'taxi';
    `,
};
