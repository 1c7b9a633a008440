/** openDatabase checks the list of schema steps first: a broken list opens nothing and writes nothing. */
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { migration as step1 } from '../../../services/db/migrations/0001-venues-and-signing-keys';
import { openDatabase } from '../../../services/db/open-database';

// The app's own steps with 2 and 3 swapped, as a bad merge could leave services/db/migrations/index.ts.
vi.mock('../../../services/db/migrations/index', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../services/db/migrations/index')>();
  const [one, two, three, ...rest] = real.MIGRATIONS;
  return { ...real, MIGRATIONS: [one, three, two, ...rest] };
});

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vc-migrations-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('openDatabase with a broken list of schema steps', () => {
  it('refuses before creating the folder or the file', () => {
    const dir = folder();
    expect(() => openDatabase(join(dir, 'data', 'venue-console.sqlite3'))).toThrow(
      /Migration list is broken: version 2 \("short-query search index"\), after version 3, is out of order.*No database was opened/,
    );
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });

  it('leaves an existing version-1 database byte-identical, with nothing written beside it', () => {
    const dir = folder();
    const file = join(dir, 'venue-console.sqlite3');
    const v1 = new Database(file);
    v1.exec(step1.sql);
    v1.pragma('user_version = 1');
    v1.close();
    const before = readFileSync(file);
    expect(() => openDatabase(file)).toThrow(/Migration list is broken/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['venue-console.sqlite3']);
  });
});
