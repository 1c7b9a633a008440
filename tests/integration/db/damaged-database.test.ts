/**
 * Empty and damaged databases are refused, never taken for new ones, and every refused file stays byte-identical
 * with no -wal/-shm/-journal left behind. Issue 8 §2.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/main';
import type { CliIo } from '../../../cli/command';
import { DATABASE_FILE } from '../../../services/open-data-folder';
import { SCHEMA_VERSION } from '../../../services/db/migrations';
import { toAppFailure } from '../../../services/db/db-failure';
import { openDatabase, type OpenOptions } from '../../../services/db/open-database';
import { VenueRepository } from '../../../services/venues/venue-repository';
import { RESOURCES_DIR, TEST_PASSPHRASE, openTestServices, tempDir, venueInput } from '../../helpers/temp-services';
import { failureOf } from '../../helpers/failure-of';

const home = tempDir('vc-damaged-');
afterAll(() => home.cleanup());
let sample = Buffer.alloc(0);
let n = 0;

/** A real database: venues (both search indexes filled), a sealed key, and free pages from deleted rows. */
beforeAll(() => {
  const dataDir = join(home.dir, 'sample');
  const { services } = openTestServices({ dataDir });
  for (let i = 0; i < 150; i++) {
    services.venues.create(venueInput({ nameEn: `Harbour Tea House ${i}`, nameZh: `海港茶樓${i}`, addressEn: `${i} Harbour Road, Wan Chai` }));
  }
  const junk = services.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
  for (let i = 0; i < 300; i++) junk.run(`junk${i}`, 'x'.repeat(1000));
  services.db.exec("DELETE FROM settings WHERE key LIKE 'junk%'");
  services.close();
  sample = readFileSync(join(dataDir, DATABASE_FILE));
  expect(sample.readUInt32BE(36), 'the sample has free pages').toBeGreaterThan(20);
});

/** A fresh data folder holding `bytes` as its database; returns the database path. */
function dataFolderWith(bytes: Buffer): string {
  const dir = join(home.dir, `case-${n++}`);
  mkdirSync(dir);
  const file = join(dir, DATABASE_FILE);
  writeFileSync(file, bytes);
  return file;
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const refusalOf = (fn: () => unknown) => failureOf(fn, 'expected a refusal, but the database opened');
const listing = (file: string) => readdirSync(join(file, '..')).sort();


/** Offset in `bytes` of the first occurrence of a full-text index block that is at least 1,000 bytes long. */
function ftsBlockOffset(bytes: Buffer, table: string): { at: number; length: number } {
  const file = dataFolderWith(bytes);
  const raw = new Database(file, { readonly: true });
  const row = raw.prepare<[], { block: Buffer }>(`SELECT block FROM ${table}_data WHERE id > 10 AND length(block) > 1000 ORDER BY id LIMIT 1`).get();
  raw.close();
  if (!row) throw new Error(`no large block in ${table}`);
  const at = bytes.indexOf(row.block.subarray(0, 64));
  expect(at).toBeGreaterThan(0);
  return { at, length: row.block.length };
}

/** Offset in `bytes` of a full-text index's structure record (the row every query reads first). */
function ftsStructureOffset(bytes: Buffer, table: string): { at: number } {
  const file = dataFolderWith(bytes);
  const raw = new Database(file, { readonly: true });
  const row = raw.prepare<[], { block: Buffer }>(`SELECT block FROM ${table}_data WHERE id = 10`).get();
  raw.close();
  const at = row ? bytes.indexOf(row.block) : -1;
  expect(at).toBeGreaterThan(0);
  return { at };
}

/** XORs one byte of `bytes` with `mask`. */
const flip = (bytes: Buffer, offset: number, mask: number) => bytes.writeUInt8((bytes.readUInt8(offset) ^ mask) & 0xff, offset);

const PAGE = 4096;
const trunkPage = (bytes: Buffer) => bytes.readUInt32BE(32);

/** Each damage, how it is made, what the refusal must be, and whether only the full (daily) check finds it. */
const CASES: { label: string; damage: (b: Buffer) => Buffer; code: string; options?: OpenOptions }[] = [
  { label: 'an empty (0-byte) file', damage: () => Buffer.alloc(0), code: 'db-corrupt' },
  { label: 'the first 50 bytes of a database', damage: (b) => Buffer.from(b.subarray(0, 50)), code: 'db-corrupt' },
  { label: 'the 100-byte header alone', damage: (b) => Buffer.from(b.subarray(0, 100)), code: 'db-corrupt' },
  { label: '4,096 bytes of garbage', damage: () => Buffer.from(Array.from({ length: PAGE }, (_, i) => (i * 31 + 7) & 0xff)), code: 'db-corrupt' },
  { label: 'a valid header, truncated to 3 pages', damage: (b) => Buffer.from(b.subarray(0, 3 * PAGE)), code: 'db-corrupt' },
  { label: 'a page cut in half at the end', damage: (b) => Buffer.from(b.subarray(0, b.length - PAGE / 2)), code: 'db-corrupt' },
  {
    label: 'an impossible page size in the header',
    damage: (b) => {
      const c = Buffer.from(b);
      c.writeUInt16BE(3000, 16);
      return c;
    },
    code: 'db-corrupt',
  },
  {
    label: 'a freelist trunk page scribbled over',
    damage: (b) => {
      const c = Buffer.from(b);
      const start = (trunkPage(c) - 1) * PAGE;
      for (let i = 0; i < PAGE; i++) c[start + i] = (i * 13) & 0xff;
      return c;
    },
    code: 'db-corrupt',
  },
  {
    label: 'a freelist entry pointing past the end of the file',
    damage: (b) => {
      const c = Buffer.from(b);
      c.writeUInt32BE(c.length / PAGE + 50, (trunkPage(c) - 1) * PAGE + 8);
      return c;
    },
    code: 'db-corrupt',
  },
  {
    label: 'a damaged structure record of the short-query index',
    damage: (b) => {
      const c = Buffer.from(b);
      const { at } = ftsStructureOffset(c, 'venues_fts_short');
      flip(c, at + 10, 0xff);
      return c;
    },
    code: 'db-corrupt',
  },
  {
    label: 'a newer schema version',
    damage: (b) => {
      const c = Buffer.from(b);
      c.writeUInt32BE(SCHEMA_VERSION + 7, 60);
      return c;
    },
    code: 'db-newer-version',
  },
  {
    label: 'a flipped byte inside a block of the trigram index (daily full check)',
    damage: (b) => {
      const c = Buffer.from(b);
      const { at, length } = ftsBlockOffset(c, 'venues_fts');
      flip(c, at + Math.floor(length / 2), 0x55);
      return c;
    },
    code: 'db-corrupt',
    options: { fullCheck: true },
  },
  {
    label: 'a free page that is also in use by a table (daily full check)',
    damage: (b) => {
      const c = Buffer.from(b);
      c.writeUInt32BE(2, (trunkPage(c) - 1) * PAGE + 8);
      return c;
    },
    code: 'db-corrupt',
    options: { fullCheck: true },
  },
];

describe('openDatabase refuses damaged files and leaves them byte-identical', () => {
  for (const c of CASES) {
    it(`${c.label}: ${c.code}`, () => {
      const file = dataFolderWith(c.damage(sample));
      const before = { sha: sha256(file), files: listing(file) };
      const failure = refusalOf(() => openDatabase(file, c.options));
      expect(failure.appError.code).toBe(c.code);
      expect(failure.appError.messageZh, 'a Chinese message too').toBeTruthy();
      expect({ sha: sha256(file), files: listing(file) }).toEqual(before);
    });
  }

  it('an undamaged copy of the same database opens, with the full check too', () => {
    const file = dataFolderWith(sample);
    openDatabase(file, { fullCheck: true }).close();
    expect(listing(file)).toEqual([DATABASE_FILE]);
  });

  it('says what to do with an empty file: restore from the backups folder (named), or move the file away', () => {
    const file = dataFolderWith(Buffer.alloc(0));
    const { message, messageZh } = refusalOf(() => openDatabase(file)).appError;
    const backups = join(file, '..', 'backups');
    expect(message).toContain('empty');
    expect(message).toContain(backups);
    expect(message).toMatch(/move .* away/);
    expect(messageZh).toContain(backups);
    expect(messageZh).toContain('備份');
    expect(messageZh).toContain('移走');
  });

  it('only a file that does not exist is new', () => {
    const dir = join(home.dir, 'fresh');
    const db = openDatabase(join(dir, DATABASE_FILE));
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });
});

describe('the command line with a 0-byte database', () => {
  async function cli(dataDir: string, ...args: string[]) {
    let stdout = '';
    let stderr = '';
    const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: { VENUE_CONSOLE_PASSPHRASE: TEST_PASSPHRASE }, stdinIsTTY: false, now: () => Date.now() };
    const code = await runCli(['--data', dataDir, ...args], io, { resourcesDir: RESOURCES_DIR });
    return { code, stdout, stderr };
  }

  for (const args of [['venue', 'list'], ['keys', 'init'], ['keys', 'list']]) {
    it(`\`${args.join(' ')}\` refuses it instead of starting a new registry`, async () => {
      const file = dataFolderWith(Buffer.alloc(0));
      const r = await cli(join(file, '..'), ...args);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('empty');
      expect(r.stderr).not.toContain('Unexpected error');
      expect(readFileSync(file).length).toBe(0);
      expect(listing(file)).toEqual([DATABASE_FILE]);
    });
  }
});

describe('damage that the open-time checks cannot see', () => {
  it('passes the per-table quick_check, fails a later search with SQLITE_CORRUPT, and toAppFailure makes it a clear db-corrupt', () => {
    const damaged = Buffer.from(sample);
    const { at } = ftsBlockOffset(damaged, 'venues_fts_short');
    flip(damaged, at + 2, 0xff); // the first leaf's header (terms starting with digits): only searches that reach it fail
    const file = dataFolderWith(damaged);
    const db = openDatabase(file);
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'").all();
    expect(tables.map((t) => db.pragma(`quick_check("${t.name}")`, { simple: true }))).toEqual(tables.map(() => 'ok'));
    const repo = new VenueRepository({ db, clock: () => Date.now() });
    let thrown: unknown = null;
    for (const query of ['harbour', '茶樓', '12', '1', '2', '0 Harbour']) {
      try {
        repo.search({ query, status: 'all', offset: 0, limit: 20 });
      } catch (error) {
        thrown = error;
        break;
      }
    }
    db.close();
    expect(String((thrown as { code?: string } | null)?.code)).toMatch(/^SQLITE_CORRUPT/);
    const failure = toAppFailure(thrown, file);
    expect(failure?.appError.code).toBe('db-corrupt');
    expect(failure?.appError.message).toContain(join(file, '..', 'backups'));
    expect(failure?.appError.messageZh).toContain('損壞');
    expect(toAppFailure(new Error('something else'))).toBeNull();
    // The daily full check finds it on open.
    expect(refusalOf(() => openDatabase(file, { fullCheck: true })).appError.code).toBe('db-corrupt');
  });
});
