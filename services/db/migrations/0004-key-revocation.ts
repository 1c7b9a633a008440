/** Schema step 4 (shipped in 2757ea7): key revocation, and which key signed a code for which venue. Frozen. */
import type { Migration } from './migration';

/** Step 4. */
export const migration: Migration = {
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
};
