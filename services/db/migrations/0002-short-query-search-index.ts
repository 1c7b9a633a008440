/**
 * Schema step 2 (shipped in 4dae955): the short-query index for one- and two-character queries, filled from the
 * venues already saved. Frozen: it fills the index with services/db/frozen/search-text-v1.ts, the search text as
 * this step shipped, never with the live services/venues/search-text.ts.
 */
import { shortTokenTextV1, venueSearchTextV1 } from '../frozen/search-text-v1';
import type { Migration } from './migration';

/** Step 2. */
export const migration: Migration = {
  version: 2,
  name: 'short-query search index',
  sql: `
      -- Words plus single Chinese characters and pairs: one- and two-character queries without a full scan.
      CREATE VIRTUAL TABLE venues_fts_short USING fts5(text, tokenize='unicode61 remove_diacritics 2');
    `,
  data: (db) => {
    const insert = db.prepare('INSERT INTO venues_fts_short (rowid, text) VALUES (?, ?)');
    // Version 1's venues table: district is NOT NULL (taxis without one arrive in step 3).
    const rows = db
      .prepare<[], { rowid: number; id: string; name_en: string; name_zh: string; address_en: string; address_zh: string; district: string; type: string }>(
        'SELECT rowid, id, name_en, name_zh, address_en, address_zh, district, type FROM venues',
      )
      .all();
    for (const r of rows) {
      const text = venueSearchTextV1({
        id: r.id,
        nameEn: r.name_en,
        nameZh: r.name_zh,
        addressEn: r.address_en,
        addressZh: r.address_zh,
        district: r.district,
        type: r.type,
      });
      insert.run(r.rowid, shortTokenTextV1(text));
    }
  },
};
