/**
 * Integrity checks of an open database, cheap enough for every open or thorough enough for once a day.
 * Both only read; a problem is thrown as an Error with code `SQLITE_CORRUPT` (and SQLite's own words), which
 * the callers turn into the `db-corrupt` refusal. Costs at 100,000 venues are in docs/decisions.md.
 */
import type Database from 'better-sqlite3';

type Db = Database.Database;

/** A search query no venue matches: running it makes FTS5 read (and check) its structure record. */
const FTS_PROBE = '"zqxjvkqz"';

function corrupt(result: unknown, where: string): Error {
  const text = String(result)
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('*** in database'))
    .slice(0, 3)
    .join('; ');
  return Object.assign(new Error(`${where}: ${text}`), { code: 'SQLITE_CORRUPT' });
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The check on every open (~0.15 s at 100,000 venues): `quick_check` of each table and its indexes, table by
 * table; `quick_check(sqlite_schema)`, which also walks the freelist; and one query on each full-text index,
 * which reads its structure record. It misses damage inside a full-text index's blocks and a free page that
 * is also in use: {@link checkWholeDatabase} finds those.
 */
export function checkOnOpen(db: Db): void {
  const tables = db
    .prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql IS NOT NULL")
    .all();
  for (const { name, sql } of tables) {
    if (/^CREATE VIRTUAL TABLE/i.test(sql)) continue;
    const result = db.pragma(`quick_check(${quoted(name)})`, { simple: true });
    if (result !== 'ok') throw corrupt(result, name);
  }
  const schema = db.pragma('quick_check(sqlite_schema)', { simple: true });
  if (schema !== 'ok') throw corrupt(schema, 'sqlite_schema and freelist');
  for (const { name, sql } of tables) {
    if (!/^CREATE VIRTUAL TABLE .* USING fts5/is.test(sql)) continue;
    db.prepare(`SELECT rowid FROM ${quoted(name)} WHERE ${quoted(name)} MATCH ? LIMIT 1`).all(FTS_PROBE);
  }
}

/**
 * The whole-file check (~1.3 s at 100,000 venues): `PRAGMA quick_check` of every b-tree at once (so a page
 * used twice, or never, is found), the freelist, and each FTS5 index against its content (FTS5's own
 * integrity check). Run on the first open of each Hong Kong day, before that day's backup is taken.
 */
export function checkWholeDatabase(db: Db): void {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
  if (problems.length > 0) throw corrupt(problems.join('\n'), 'whole-file check');
}
