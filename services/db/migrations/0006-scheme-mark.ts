/**
 * Schema step 6 (issue 10): the scheme's mark, an image the operator provides in Settings and the posters print
 * in their header band. At most one row (id = 1); the bytes are checked before they are stored
 * (services/settings/scheme-mark.ts), the type and size kept beside them.
 */
import type { Migration } from './migration';

/** Step 6. */
export const migration: Migration = {
  version: 6,
  name: 'scheme mark image',
  sql: `
    CREATE TABLE scheme_mark (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      bytes BLOB NOT NULL,
      mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg')),
      width INTEGER NOT NULL,
      height INTEGER NOT NULL
    ) STRICT;
  `,
};
