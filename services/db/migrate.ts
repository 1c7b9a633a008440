/**
 * Running the schema steps: the start-up check of the list (versions 1, 2, 3… strictly in order) and applying
 * the steps a database has not had yet, each in its own transaction with `PRAGMA user_version`.
 */
import type Database from 'better-sqlite3';
import type { Migration } from './migrations/migration';

/**
 * Throws unless the list's versions are exactly 1, 2, 3… in order (no gap, duplicate or step out of place).
 * openDatabase calls it before it touches any file: a broken list is a defect of the build, and running it could
 * skip a step or record a version whose schema the database does not have.
 */
export function checkMigrationList(list: readonly Pick<Migration, 'version' | 'name'>[]): void {
  if (list.length === 0) throw new Error('Migration list is empty: there must be at least schema step 1.');
  const refuse = (i: number, problem: string): never => {
    const m = list[i] as Pick<Migration, 'version' | 'name'>;
    const where = i === 0 ? 'first in the list' : `after version ${list[i - 1]?.version}`;
    throw new Error(
      `Migration list is broken: version ${m.version} ("${m.name}"), ${where}, ${problem}. Schema steps must be numbered ` +
        '1, 2, 3… strictly in order with no gaps or duplicates, one file each in services/db/migrations/. No database was opened.',
    );
  };
  // Order first, so that [1, 3, 2] is reported as out of order rather than as a gap.
  list.forEach((m, i) => {
    const previous = i === 0 ? Number.NEGATIVE_INFINITY : (list[i - 1]?.version ?? 0);
    if (!Number.isInteger(m.version)) refuse(i, 'is not a whole number');
    if (m.version === previous) refuse(i, 'is a duplicate');
    if (m.version < previous) refuse(i, 'is out of order');
  });
  list.forEach((m, i) => {
    if (m.version !== i + 1) refuse(i, `should be ${i + 1} (the first step is 1 and there are no gaps)`);
  });
}

/** Applies the steps of `list` after version `from` up to `to` (default: all), each in an immediate transaction. */
export function applyMigrations(db: Database.Database, list: readonly Migration[], from: number, to = Number.POSITIVE_INFINITY): void {
  for (const m of list) {
    if (m.version <= from || m.version > to) continue;
    db.transaction(() => {
      db.exec(m.sql);
      m.data?.(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}
