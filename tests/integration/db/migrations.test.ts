/**
 * Schema steps: one frozen file per step, a list checked for 1, 2, 3… in order, a database at any version
 * (tests/helpers/db-versions.ts), and a database made by an older app that upgrades to exactly what a fresh one is.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DISTRICT_NAMES, VENUE_TYPE_IDS } from '../../../shared/venue/catalogue';
import type { VenueInput } from '../../../shared/venue/venue';
import { shortTokenTextV1, venueSearchTextV1 } from '../../../services/db/frozen/search-text-v1';
import { checkMigrationList } from '../../../services/db/migrate';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from '../../../services/db/migrations';
import { openDatabase, type Db } from '../../../services/db/open-database';
import { shortTokenText, venueSearchText } from '../../../services/venues/search-text';
import { VenueRepository } from '../../../services/venues/venue-repository';
import { openAtVersion, schemaVersion, updateToVersion } from '../../helpers/db-versions';
import { venueInput } from '../../helpers/temp-services';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../../services/db/migrations/', import.meta.url));

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vc-migrations-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const steps = (...versions: number[]) => versions.map((version) => ({ version, name: `step ${version}` }));

describe('the list of schema steps', () => {
  it('is 1, 2, 3… in order, one file per step named by its version, and SCHEMA_VERSION is the last', async () => {
    expect(() => checkMigrationList(MIGRATIONS)).not.toThrow();
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
    const files = readdirSync(MIGRATIONS_DIR)
      .filter((f) => /^\d{4}-[a-z0-9-]+\.ts$/.test(f))
      .sort();
    expect(files).toHaveLength(MIGRATIONS.length);
    for (const [i, file] of files.entries()) {
      const mod = (await import(pathToFileURL(join(MIGRATIONS_DIR, file)).href)) as { migration: Migration };
      expect(mod.migration.version, file).toBe(Number(file.slice(0, 4)));
      expect(MIGRATIONS[i], file).toBe(mod.migration);
    }
  });

  it('refuses a list out of order', () => {
    expect(() => checkMigrationList(steps(1, 3, 2))).toThrow(/version 2 \("step 2"\), after version 3, is out of order/);
    expect(() => checkMigrationList([...MIGRATIONS].reverse())).toThrow(/out of order/);
    expect(() => checkMigrationList([MIGRATIONS[0], MIGRATIONS[2], MIGRATIONS[1], ...MIGRATIONS.slice(3)] as Migration[])).toThrow(
      /version 2 \("short-query search index"\), after version 3, is out of order.*strictly in order/,
    );
  });

  it('refuses a duplicate version', () => {
    expect(() => checkMigrationList(steps(1, 2, 2, 3))).toThrow(/version 2 \("step 2"\), after version 2, is a duplicate/);
  });

  it('refuses a gap, a list that does not start at 1, an empty list and a version that is not a whole number', () => {
    expect(() => checkMigrationList(steps(1, 2, 4))).toThrow(/version 4 \("step 4"\), after version 2, should be 3/);
    expect(() => checkMigrationList(steps(2, 3))).toThrow(/version 2 \("step 2"\), first in the list, should be 1/);
    expect(() => checkMigrationList(steps(0, 1))).toThrow(/version 0 .*should be 1/);
    expect(() => checkMigrationList([])).toThrow(/empty/);
    expect(() => checkMigrationList(steps(1, 1.5))).toThrow(/not a whole number/);
  });
});

describe('a database at any version', () => {
  const tables = (db: Db) => new Set(db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')").all().map((r) => r.name));
  const columns = (db: Db, table: string) => db.prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`).all().map((r) => r.name);

  it('has exactly the schema of that step', () => {
    for (let n = 0; n <= SCHEMA_VERSION; n++) {
      const db = openAtVersion(n);
      try {
        expect(schemaVersion(db)).toBe(n);
        const t = tables(db);
        expect(t.has('venues'), `version ${n}`).toBe(n >= 1);
        expect(t.has('venues_fts_short'), `version ${n}`).toBe(n >= 2);
        expect(n >= 1 && columns(db, 'venues').includes('seq'), `version ${n}`).toBe(n >= 3);
        expect(t.has('venues_taxi_plate'), `version ${n}`).toBe(n >= 3);
        expect(t.has('issued_codes'), `version ${n}`).toBe(n >= 4);
        expect(n >= 1 && columns(db, 'signing_keys').includes('revoked_at'), `version ${n}`).toBe(n >= 4);
      } finally {
        db.close();
      }
    }
  });

  it('goes up step by step, and never down or past the last step', () => {
    const db = openAtVersion(1);
    try {
      expect(schemaVersion(updateToVersion(db, 3))).toBe(3);
      expect(() => updateToVersion(db, 2)).toThrow(/already at version 3/);
      expect(() => updateToVersion(db, SCHEMA_VERSION + 1)).toThrow(/No schema version/);
      expect(schemaVersion(updateToVersion(db, SCHEMA_VERSION))).toBe(SCHEMA_VERSION);
    } finally {
      db.close();
    }
  });
});

describe('step 2 and its frozen search text', () => {
  const base = { id: '2FQCJMEX7', nameEn: 'Kam Wah Café 金華冰廳', nameZh: '金華冰廳', addressEn: '47 Bute Street, Mong Kok', addressZh: '旺角弼街47號' };

  it('gives the live search text for every district and type (a change to the live text needs a rebuild migration)', () => {
    for (const district of DISTRICT_NAMES) {
      for (const type of VENUE_TYPE_IDS) {
        const v = { ...base, district, type, contactPhone: null, contactEmail: null };
        const text = venueSearchTextV1(v);
        expect(text).toBe(venueSearchText(v));
        expect(shortTokenTextV1(text)).toBe(shortTokenText(text));
      }
    }
    for (const odd of ['𠀋𡈽 Ext-B', 'ＡＢＣ１２３', 'é́ x', '一二三四五', '']) {
      expect(shortTokenTextV1(odd)).toBe(shortTokenText(odd));
    }
  });

  it('differs only for a venue without a district, which a version-1 database cannot hold', () => {
    const taxi = { ...base, nameEn: 'AB1234', nameZh: 'AB1234', type: 'taxi' as const, contactPhone: null, contactEmail: null };
    expect(venueSearchTextV1({ ...taxi, district: null as unknown as string })).toBe(venueSearchText({ ...taxi, district: null }).replace(' \u0001 taxi', ' \u0001  \u0001  \u0001 taxi'));
    const v1 = openAtVersion(1);
    try {
      expect(() =>
        v1.prepare("INSERT INTO venues (id, name_en, name_zh, address_en, address_zh, district, type, dup_key, created_at, updated_at) VALUES ('X', 'a', 'b', 'c', 'd', NULL, 'taxi', 'k', 1, 1)").run(),
      ).toThrow(/NOT NULL/);
    } finally {
      v1.close();
    }
  });
});

describe('a database made by an older app', () => {
  const NOW = Date.parse('2026-11-20T02:00:00Z');
  const venue = (v: Partial<VenueInput>): VenueInput => venueInput({ contactPhone: null, ...v }) as unknown as VenueInput;
  const SAMPLE: VenueInput[] = [
    venue({ contactPhone: '2345 6789' }),
    venue({ nameEn: 'Mong Kok Noodles', nameZh: '旺角麵家', addressEn: '3 Argyle Street, Mong Kok', addressZh: '旺角亞皆老街3號', district: 'Yau Tsim Mong' }),
    venue({ nameEn: 'Island Savings Bank', nameZh: '離島儲蓄銀行', addressEn: '1 Mui Wo Ferry Pier Road', addressZh: '梅窩碼頭路1號', district: 'Islands', type: 'bank', contactEmail: 'branch@example.hk' }),
    // Saved with a Cyrillic а: step 5 folds its duplicate key to the Latin one.
    venue({ nameEn: 'H\u0430rbour Cafe', nameZh: '海港咖啡', addressEn: '8 Harbour Road, Wan Chai', addressZh: '灣仔港灣道8號', district: 'Wan Chai', type: 'other' }),
    venue({ nameEn: 'Tin Hau Temple', nameZh: '天后廟', addressEn: '10 Tin Hau Temple Road', addressZh: '天后廟道10號', district: 'Eastern', type: 'place-of-worship' }),
  ];
  /** The duplicate key before step 5 (NFKC, lower case, separators removed). */
  const oldKey = (v: VenueInput) => [v.nameEn, v.nameZh, v.addressEn].map((s) => s.normalize('NFKC').toLowerCase().replace(/[\s,.'’-]+/g, '')).join('|');

  function dump(db: Db) {
    return {
      version: schemaVersion(db),
      schema: db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name").all(),
      venues: db.prepare('SELECT * FROM venues ORDER BY seq').all(),
      trigram: db.prepare('SELECT rowid, text FROM venues_fts ORDER BY rowid').all(),
      short: db.prepare('SELECT rowid, text FROM venues_fts_short ORDER BY rowid').all(),
    };
  }

  it('made at version 3 and opened by this app equals a fresh database with the same venues (schema, data, search)', () => {
    const dir = folder();
    // Today's app, from nothing.
    const fresh = openDatabase(join(dir, 'fresh.sqlite3'));
    cleanups.unshift(() => fresh.close());
    const repo = new VenueRepository({ db: fresh, clock: () => NOW });
    const saved = SAMPLE.map((v) => repo.create(v));
    repo.setStatus(saved[2]?.id as string, 'deactivated');
    const taxi = { id: repo.newId(), plate: 'AB1234', companyEn: 'Star Taxi', companyZh: '星的士' };
    repo.insertTaxi(taxi);

    // The version-1 app saved the venues (trigram text, old duplicate key); version 2 and 3 were applied on
    // start-up; the version-3 app registered the taxi. Then today's app opens it.
    const oldFile = join(dir, 'old.sqlite3');
    const old = openAtVersion(1, oldFile);
    const insert = old.prepare(
      `INSERT INTO venues (id, name_en, name_zh, address_en, address_zh, district, type, contact_phone, contact_email, dup_key, created_at, updated_at)
       VALUES (@id, @nameEn, @nameZh, @addressEn, @addressZh, @district, @type, @contactPhone, @contactEmail, @dupKey, @now, @now)`,
    );
    for (const [i, v] of SAMPLE.entries()) {
      const id = saved[i]?.id as string;
      const rowid = insert.run({ ...v, id, dupKey: oldKey(v), now: NOW }).lastInsertRowid;
      old.prepare('INSERT INTO venues_fts (rowid, text) VALUES (?, ?)').run(rowid, venueSearchTextV1({ ...v, id, district: v.district as string }));
    }
    old.prepare("UPDATE venues SET status = 'deactivated', updated_at = ? WHERE id = ?").run(NOW, saved[2]?.id);
    updateToVersion(old, 3);
    const seq = old
      .prepare(
        `INSERT INTO venues (id, name_en, name_zh, address_en, address_zh, district, type, status, dup_key, created_at, updated_at)
         VALUES (?, ?, ?, 'Taxi · Star Taxi', '的士 · 星的士', NULL, 'taxi', 'active', ?, ?, ?)`,
      )
      .run(taxi.id, taxi.plate, taxi.plate, `taxi|${taxi.plate}`, NOW, NOW).lastInsertRowid;
    const taxiText = venueSearchText({ id: taxi.id, nameEn: taxi.plate, nameZh: taxi.plate, addressEn: 'Taxi · Star Taxi', addressZh: '的士 · 星的士', district: null, type: 'taxi', contactPhone: null, contactEmail: null });
    old.prepare('INSERT INTO venues_fts (rowid, text) VALUES (?, ?)').run(seq, taxiText);
    old.prepare('INSERT INTO venues_fts_short (rowid, text) VALUES (?, ?)').run(seq, shortTokenText(taxiText));
    expect(schemaVersion(old)).toBe(3);
    old.close();

    const upgraded = openDatabase(oldFile);
    cleanups.unshift(() => upgraded.close());
    expect(dump(upgraded)).toEqual(dump(fresh));
    const upgradedRepo = new VenueRepository({ db: upgraded, clock: () => NOW });
    for (const query of ['茶', '旺角', '海港', 'harbour', 'ab', 'AB1234', '沙田', 'Sha Tin', 'bank', '銀行', saved[1]?.id as string]) {
      for (const status of ['all', 'active'] as const) {
        const q = { query, status, offset: 0, limit: 50 };
        const expected = repo.search(q);
        expect(upgradedRepo.search(q), `${query} ${status}`).toEqual(expected);
      }
    }
    // Step 5 at work: the Cyrillic venue is now found as a duplicate of its Latin spelling.
    expect(upgradedRepo.findDuplicate({ nameEn: 'Harbour Cafe', nameZh: '海港咖啡', addressEn: '8 Harbour Road, Wan Chai' })).toBe(saved[3]?.id);
    for (const db of [fresh, upgraded]) {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.exec("INSERT INTO venues_fts (venues_fts) VALUES ('integrity-check'); INSERT INTO venues_fts_short (venues_fts_short) VALUES ('integrity-check')");
    }
  });

  it('made at version 1 with no venues upgrades to the fresh schema', () => {
    const dir = folder();
    const fresh = openDatabase(join(dir, 'fresh.sqlite3'));
    cleanups.unshift(() => fresh.close());
    const file = join(dir, 'v1.sqlite3');
    openAtVersion(1, file).close();
    const upgraded = openDatabase(file);
    cleanups.unshift(() => upgraded.close());
    expect(dump(upgraded)).toEqual(dump(fresh));
  });
});
