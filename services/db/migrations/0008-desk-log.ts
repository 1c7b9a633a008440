/**
 * Schema step 8 (issue 12): the front desk's log. The desk key (HMAC key, sealed like the signing key, one
 * per installation) and the scans: an HMAC of the pass id, the time, the verdict, the venue and the desk —
 * never initials, birth dates, pass text or pass id. Rows are erased 31 days after the scan.
 */
import type { Migration } from './migration';

/** Step 8. */
export const migration: Migration = {
  version: 8,
  name: 'front desk log',
  sql: `
    CREATE TABLE desk_keys (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      desk_id TEXT NOT NULL,
      sealed_key BLOB NOT NULL,
      protection TEXT NOT NULL,
      created_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE desk_scans (
      id INTEGER PRIMARY KEY,
      scanned_at INTEGER NOT NULL,
      verdict TEXT NOT NULL CHECK (verdict IN ('green', 'amber', 'red', 'expired', 'not-genuine', 'cannot-read', 'cannot-verify')),
      venue_id TEXT NOT NULL,
      desk_id TEXT NOT NULL,
      pass_hmac TEXT
    ) STRICT;

    CREATE INDEX desk_scans_by_time ON desk_scans (scanned_at);
  `,
};
