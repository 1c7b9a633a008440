/**
 * Every schema step, in order: one frozen file per step (NNNN-name.ts), never edited once shipped. Append a new
 * step as a new file and list it here; `checkMigrationList` (services/db/migrate.ts) refuses to open any database
 * if the versions are not 1, 2, 3… in order.
 */
import type { Migration } from './migration';
import { migration as m0001 } from './0001-venues-and-signing-keys';
import { migration as m0002 } from './0002-short-query-search-index';
import { migration as m0003 } from './0003-taxis-stable-row-numbers';
import { migration as m0004 } from './0004-key-revocation';
import { migration as m0005 } from './0005-dup-key-look-alikes';
import { migration as m0006 } from './0006-scheme-mark';
import { migration as m0007 } from './0007-authority-and-notices';
import { migration as m0008 } from './0008-desk-log';
import { migration as m0009 } from './0009-desk-log-summary-index';
import { migration as m0010 } from './0010-held-feed-document';

export type { Migration } from './migration';

/** All schema steps, in order. */
export const MIGRATIONS: readonly Migration[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0007, m0008, m0009, m0010];

/** The schema version this build of the app writes: the last step's. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
