/**
 * Numbered schema steps. Each migration runs once, in order, inside a transaction, and `PRAGMA user_version`
 * records the last one applied. Append new steps; never edit one that has shipped.
 */

import type Database from 'better-sqlite3';
import { shortTokenText, venueSearchText } from '../venues/search-text';
import type { District, VenueType } from '../../shared/venue/catalogue';
import { dupKeyV2 } from './frozen/dup-key-fold-v2';

/** One schema step: SQL, optionally followed by a data step in code. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  data?: (db: Database.Database) => void;
}

/** All schema steps, in order. */
export const MIGRATIONS: readonly Migration[] = [
  {
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
  },
  {
    version: 2,
    name: 'short-query search index',
    sql: `
      -- Words plus single Chinese characters and pairs: one- and two-character queries without a full scan.
      CREATE VIRTUAL TABLE venues_fts_short USING fts5(text, tokenize='unicode61 remove_diacritics 2');
    `,
    data: (db) => {
      const insert = db.prepare('INSERT INTO venues_fts_short (rowid, text) VALUES (?, ?)');
      const rows = db
        .prepare<[], { rowid: number; id: string; name_en: string; name_zh: string; address_en: string; address_zh: string; district: string | null; type: string }>(
          'SELECT rowid, id, name_en, name_zh, address_en, address_zh, district, type FROM venues',
        )
        .all();
      for (const r of rows) {
        const text = venueSearchText({
          id: r.id,
          nameEn: r.name_en,
          nameZh: r.name_zh,
          addressEn: r.address_en,
          addressZh: r.address_zh,
          district: r.district as District,
          type: r.type as VenueType,
          contactPhone: null,
          contactEmail: null,
        });
        insert.run(r.rowid, shortTokenText(text));
      }
    },
  },
  {
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
  },
  {
    version: 4,
    name: 'key revocation; which key signed which venue',
    sql: `
      ALTER TABLE signing_keys ADD COLUMN revoked_at INTEGER;
      ALTER TABLE signing_keys ADD COLUMN revocation_reason TEXT;
      -- 1 when every code the key signed is in issued_codes. Keys older than this step signed codes that
      -- were never recorded, so the venues listed for them may be incomplete.
      ALTER TABLE signing_keys ADD COLUMN codes_recorded INTEGER NOT NULL DEFAULT 1 CHECK (codes_recorded IN (0, 1));
      UPDATE signing_keys SET codes_recorded = 0;

      -- One row per key and venue it has signed a code for (posters, the venue page, batch stickers):
      -- when a key is revoked, these are the venues whose posters need re-issuing.
      CREATE TABLE issued_codes (
        kid             TEXT NOT NULL,
        venue_id        TEXT NOT NULL,
        first_issued_on TEXT NOT NULL,
        last_issued_on  TEXT NOT NULL,
        PRIMARY KEY (kid, venue_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX issued_codes_venue ON issued_codes (venue_id, kid);
    `,
  },
  {
    version: 5,
    name: 'duplicate keys fold look-alike letters and invisible characters',
    sql: '',
    // Recomputed with a frozen copy of the fold (TR39 skeleton, default-ignorables dropped). Taxis saved by a
    // batch keep their `taxi|<plate>` key.
    data: (db) => {
      const rows = db.prepare<[], [number, string, string, string, string, string]>('SELECT seq, name_en, name_zh, address_en, type, dup_key FROM venues').raw().all();
      const update = db.prepare('UPDATE venues SET dup_key = ? WHERE seq = ?');
      for (const [seq, nameEn, nameZh, addressEn, type, dupKey] of rows) {
        if (type === 'taxi' && dupKey === `taxi|${nameEn}`) continue;
        update.run(dupKeyV2(nameEn, nameZh, addressEn), seq);
      }
    },
  },
];

/** The schema version this build of the app writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
