/**
 * Schema step 9 (issue 12 §5): the desk log's summary by venue, verdict and Hong Kong hour over 100,000 scans in
 * one index walk. Each scan keeps its Hong Kong hour of day (0–23, filled in for scans already logged), and one
 * covering index orders the rows by venue, verdict and hour, so counting them needs no sort.
 */
import type { Migration } from './migration';

/** Step 9. */
export const migration: Migration = {
  version: 9,
  name: 'desk log summary index',
  sql: `
    ALTER TABLE desk_scans ADD COLUMN hk_hour INTEGER NOT NULL DEFAULT 0 CHECK (hk_hour BETWEEN 0 AND 23);
    UPDATE desk_scans SET hk_hour = ((scanned_at + 28800000) / 3600000) % 24;
    CREATE INDEX desk_scans_by_venue_verdict_hour ON desk_scans (venue_id, verdict, hk_hour);
  `,
};
