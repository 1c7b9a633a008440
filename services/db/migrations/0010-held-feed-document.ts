/**
 * Schema step 10 (issue 11 §6): only the notices that concern this operator's venues are stored one by one;
 * the last verified feed's signed part is kept whole (its bytes as verified), so that when a venue is
 * registered later the held feed is read again for the notices that now concern it. Whether the venues changed
 * is told without reading the table: a counter that every edit and deletion of a venue moves, with the highest
 * row number (which every insert raises) — an insert trigger would make each insert flush the search index
 * (FTS5 writes its pending terms at every statement savepoint a trigger opens: 20,000 inserts 1.5 → 3 s).
 * `venue_key` is that pair when the held feed was last matched. Feeds held before this step have no bytes
 * (null) until the next one arrives.
 */
import type { Migration } from './migration';

/** Step 10. */
export const migration: Migration = {
  version: 10,
  name: 'held notices feed and venue generation',
  sql: `
    ALTER TABLE notice_feed ADD COLUMN signed_bytes BLOB;
    ALTER TABLE notice_feed ADD COLUMN venue_key TEXT;

    CREATE TABLE venue_generation (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      n INTEGER NOT NULL
    ) STRICT;
    INSERT INTO venue_generation (id, n) VALUES (1, 0);
    CREATE TRIGGER venues_generation_update AFTER UPDATE ON venues BEGIN UPDATE venue_generation SET n = n + 1 WHERE id = 1; END;
    CREATE TRIGGER venues_generation_delete AFTER DELETE ON venues BEGIN UPDATE venue_generation SET n = n + 1 WHERE id = 1; END;
  `,
};
