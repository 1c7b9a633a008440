import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../services/db/migrations';
import { openDatabase } from '../../../services/db/open-database';
import { tempDir } from '../../helpers/temp-services';
import { failureOf } from '../../helpers/failure-of';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function folder(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}


describe('openDatabase', () => {
  it('creates a WAL database at the current schema version', () => {
    const db = openDatabase(join(folder(), 'a', 'vc.sqlite3'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'venues'").get()).toBeTruthy();
    db.close();
  });

  it('reopens an existing database without migrating it again', () => {
    const file = join(folder(), 'vc.sqlite3');
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('migrates a version-1 database forward, filling the short-query index from existing venues', () => {
    const file = join(folder(), 'vc.sqlite3');
    const old = new Database(file);
    old.exec(MIGRATIONS[0]?.sql ?? '');
    old.pragma('user_version = 1');
    old.prepare(
      `INSERT INTO venues (id, name_en, name_zh, address_en, address_zh, district, type, dup_key, created_at, updated_at)
       VALUES ('2FQCJMEX7', 'Old Tea House', '舊茶樓', '1 Old Street', '舊街1號', 'Islands', 'restaurant', 'k', 1, 1)`,
    ).run();
    old.close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const hit = db.prepare('SELECT rowid FROM venues_fts_short WHERE venues_fts_short MATCH ?').all('"茶樓"');
    expect(hit).toHaveLength(1);
    db.close();
  });

  it('refuses a database written by a newer app and leaves it untouched', () => {
    const file = join(folder(), 'vc.sqlite3');
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x INTEGER)');
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    const before = readFileSync(file);
    const failure = failureOf(() => openDatabase(file));
    expect(failure.appError.code).toBe('db-newer-version');
    expect(failure.appError.message).toMatch(/newer Venue Console/);
    expect(failure.appError.messageZh).toMatch(/較新版本/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a database held by another running instance', () => {
    const file = join(folder(), 'vc.sqlite3');
    const first = openDatabase(file);
    const failure = failureOf(() => openDatabase(file));
    expect(failure.appError.code).toBe('db-locked');
    expect(failure.appError.message).toMatch(/in use by another running Venue Console/);
    first.close();
    openDatabase(file).close(); // free again once the first instance closes
  });

  it('refuses a file that is not a database and leaves it untouched', () => {
    const file = join(folder(), 'vc.sqlite3');
    writeFileSync(file, 'this is a spreadsheet, not a database '.repeat(200));
    const before = readFileSync(file);
    const failure = failureOf(() => openDatabase(file));
    expect(failure.appError.code).toBe('db-corrupt');
    expect(failure.appError.message).toMatch(/left untouched/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a database whose pages are damaged', () => {
    const dir = folder();
    const file = join(dir, 'vc.sqlite3');
    const db = openDatabase(file);
    const insert = db.prepare("INSERT INTO settings (key, value) VALUES (?, ?)");
    for (let i = 0; i < 2000; i++) insert.run(`k${i}`, 'x'.repeat(200));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = readFileSync(file);
    // Scribble over the middle pages (not the header), as a failing disk would.
    const damaged = Buffer.from(bytes);
    for (let i = 8192; i < Math.min(damaged.length, 8192 * 6); i++) damaged[i] = (i * 7) & 0xff;
    writeFileSync(file, damaged);
    copyFileSync(file, join(dir, 'copy'));
    const failure = failureOf(() => openDatabase(file));
    expect(failure.appError.code).toBe('db-corrupt');
    expect(statSync(file).size).toBe(damaged.length);
    expect(readFileSync(file).equals(readFileSync(join(dir, 'copy')))).toBe(true);
  });
});
