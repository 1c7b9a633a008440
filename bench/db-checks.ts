/**
 * The cost of checking the database on open, and of a backup, at 100,000 venues (medians in milliseconds).
 * Part of `npm run bench`; alone: `npx jiti bench/db-checks.ts` (builds the database in a temp folder, ~15 s).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATABASE_FILE, openDataFolder } from '../services/open-data-folder';
import { copyDatabaseTo } from '../services/db/backup';
import { checkDatabaseFile } from '../services/db/file-header';
import { checkOnOpen, checkWholeDatabase } from '../services/db/integrity';
import { openDatabase, type Db } from '../services/db/open-database';
import { passphraseSealer } from '../services/keys/sealer';
import { benchVenue, timeMedian } from './registry';

/** Builds a `count`-venue database, then times each open-time check, a whole open, and a backup. */
export async function benchDbChecks(resourcesDir: string, count = 100_000): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'vc-bench-db-'));
  const results: Record<string, number> = {};
  try {
    const sealer = passphraseSealer('benchmark passphrase');
    const s = openDataFolder({ dataDir: dir, resourcesDir, sealer: () => sealer });
    s.keys.ensure();
    for (let start = 0; start < count; start += 1000) {
      s.db.transaction(() => {
        for (let i = start; i < Math.min(count, start + 1000); i++) s.venues.insertValid(benchVenue(i));
      })();
    }
    // Some free pages, as a registry that has deleted rows has.
    const junk = s.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    s.db.transaction(() => {
      for (let i = 0; i < 2000; i++) junk.run(`junk${i}`, 'x'.repeat(1000));
    })();
    s.db.exec("DELETE FROM settings WHERE key LIKE 'junk%'");
    s.close();
    const file = join(dir, DATABASE_FILE);
    results.database_mb = Math.round(statSync(file).size / 1e5) / 10;

    const db = openDatabase(file);
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'").all();
    results.freelist_pages = Number(db.pragma('freelist_count', { simple: true }));
    results.header_check_ms = await timeMedian(5, () => checkDatabaseFile(file));
    results.per_table_quick_check_ms = await timeMedian(5, () => tables.forEach(({ name }) => db.pragma(`quick_check("${name}")`)));
    results.freelist_check_ms = await timeMedian(5, () => db.pragma('quick_check(sqlite_schema)'));
    results.fts_probe_ms = await timeMedian(5, () =>
      ['venues_fts', 'venues_fts_short'].forEach((t) => db.prepare(`SELECT rowid FROM ${t} WHERE ${t} MATCH '"zqxjvkqz"' LIMIT 1`).all()),
    );
    results.check_on_open_ms = await timeMedian(5, () => checkOnOpen(db));
    results.fts5_integrity_trigram_ms = await timeMedian(3, () => db.exec("INSERT INTO venues_fts(venues_fts) VALUES('integrity-check')"));
    results.fts5_integrity_short_ms = await timeMedian(3, () => db.exec("INSERT INTO venues_fts_short(venues_fts_short) VALUES('integrity-check')"));
    results.whole_file_quick_check_ms = await timeMedian(3, () => checkWholeDatabase(db));
    let k = 0;
    results.backup_ms = await timeMedian(3, () => copyDatabaseTo(db, join(dir, `backup-${k++}.sqlite3`)));
    db.close();

    const reopen = (fullCheck: boolean) => () => (openDatabase(file, { fullCheck }) as Db).close();
    results.open_with_per_open_checks_ms = await timeMedian(5, reopen(false));
    results.open_with_whole_file_check_ms = await timeMedian(3, reopen(true));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

if (process.argv[1]?.endsWith('db-checks.ts')) {
  const resources = fileURLToPath(new URL('../resources', import.meta.url));
  void benchDbChecks(resources).then((r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`));
}
