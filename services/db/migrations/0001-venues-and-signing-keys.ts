/** Schema step 1 (shipped in e55ea89): venues, the trigram search index, signing keys and settings. Frozen. */
import type { Migration } from './migration';

/** Step 1. */
export const migration: Migration = {
  version: 1,
  name: 'venues and signing keys',
  sql: `
      CREATE TABLE venues (
        id            TEXT PRIMARY KEY,
        name_en       TEXT NOT NULL,
        name_zh       TEXT NOT NULL,
        address_en    TEXT NOT NULL,
        address_zh    TEXT NOT NULL,
        district      TEXT NOT NULL,
        type          TEXT NOT NULL,
        contact_phone TEXT,
        contact_email TEXT,
        status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'deactivated')),
        dup_key       TEXT NOT NULL,
        created_at    INTEGER NOT NULL,
        updated_at    INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX venues_dup_key ON venues (dup_key);
      CREATE INDEX venues_name ON venues (name_en COLLATE NOCASE, id);

      -- Substring search in either language: a trigram index over id, names, district and type.
      -- rowid = venues.rowid; kept in step by the venue repository inside the same transaction.
      CREATE VIRTUAL TABLE venues_fts USING fts5(text, tokenize='trigram');

      CREATE TABLE signing_keys (
        kid             TEXT PRIMARY KEY,
        public_key      BLOB NOT NULL,
        sealed_private  BLOB NOT NULL,
        protection      TEXT NOT NULL,
        status          TEXT NOT NULL CHECK (status IN ('active', 'retired', 'revoked')),
        valid_from      TEXT NOT NULL,
        valid_until     TEXT,
        created_at      INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `,
};
