/**
 * Schema step 7 (issue 11): the authority's trust chain as this operator holds it — the pinned root and every
 * later version accepted through the signed chain, the operator's certificates — and the authority's notices:
 * the last verified feed, each notice revision received, withdrawals, acknowledgements and the desktop
 * alerts already shown (at most once per id and revision). Documents are stored as the signed JSON received.
 */
import type { Migration } from './migration';

/** Step 7. */
export const migration: Migration = {
  version: 7,
  name: 'authority trust chain and notices',
  sql: `
    CREATE TABLE authority_roots (
      version INTEGER PRIMARY KEY,
      document TEXT NOT NULL,
      accepted_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE operator_certificates (
      kid TEXT NOT NULL,
      serial INTEGER NOT NULL,
      document TEXT NOT NULL,
      valid_from TEXT NOT NULL,
      valid_until TEXT NOT NULL,
      imported_at INTEGER NOT NULL,
      PRIMARY KEY (kid, serial)
    ) STRICT;

    CREATE TABLE notice_feed (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      feed_version INTEGER NOT NULL,
      content_hash TEXT NOT NULL,
      issued_at INTEGER NOT NULL,
      expires INTEGER NOT NULL,
      verified_at INTEGER NOT NULL,
      source TEXT NOT NULL,
      etag TEXT
    ) STRICT;

    CREATE TABLE notice_revisions (
      id TEXT NOT NULL,
      revision INTEGER NOT NULL,
      document TEXT NOT NULL,
      kind TEXT NOT NULL,
      severity TEXT NOT NULL,
      issued_at INTEGER NOT NULL,
      received_at INTEGER NOT NULL,
      last_window_end INTEGER,
      PRIMARY KEY (id, revision)
    ) STRICT;

    CREATE TABLE notice_withdrawals (
      id TEXT PRIMARY KEY,
      revision INTEGER NOT NULL,
      reason_en TEXT NOT NULL,
      reason_zh TEXT NOT NULL,
      withdrawn_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE notice_acks (
      id TEXT NOT NULL,
      revision INTEGER NOT NULL,
      acked_at INTEGER NOT NULL,
      acked_by TEXT NOT NULL,
      PRIMARY KEY (id, revision)
    ) STRICT;

    CREATE TABLE notice_alerts (
      id TEXT NOT NULL,
      revision INTEGER NOT NULL,
      alerted_at INTEGER NOT NULL,
      PRIMARY KEY (id, revision)
    ) STRICT;

    CREATE TABLE notice_status (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      last_attempt_at INTEGER,
      last_error_code TEXT,
      last_error_en TEXT,
      last_error_zh TEXT
    ) STRICT;
  `,
};
