/** Backups: the online backup of the open database, the daily backups (last 7 kept), and the restore path. Issue 8 §2. */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../../shared/errors';
import { DATABASE_FILE, openDataFolder, type DataFolder } from '../../../services/open-data-folder';
import { backupDatabase } from '../../../services/db/backup';
import { BACKUPS_DIR, DAILY_BACKUPS_KEPT, takeDailyBackup } from '../../../services/db/daily-backups';
import { passphraseSealer } from '../../../services/keys/sealer';
import { RESOURCES_DIR, TEST_PASSPHRASE, openTestServices, tempDir, venueInput } from '../../helpers/temp-services';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).reverse().forEach((c) => c()));

function folder(): string {
  const t = tempDir('vc-backup-');
  cleanups.push(t.cleanup);
  return t.dir;
}

/** Open services on a fresh folder with a key and three venues. */
function populated(clock?: () => number) {
  const opened = openTestServices(clock ? { clock } : {});
  cleanups.push(opened.cleanup);
  for (let i = 0; i < 3; i++) opened.services.venues.create(venueInput({ nameEn: `Backup Cafe ${i}`, nameZh: `備份茶室${i}`, addressEn: `${i} Queen's Road` }));
  return opened;
}

/** Venues and keys as a person sees them: what a restored backup must give back. */
function registryOf(services: DataFolder) {
  return {
    venues: services.venues.search({ query: '', status: 'all', offset: 0, limit: 500 }).items,
    keys: services.keys.list(),
  };
}

/** Puts `backup` into a new data folder as its database (the README restore steps) and opens services on it. */
function restore(backup: string, options: { dailyBackups?: boolean; clock?: () => number } = {}): { services: DataFolder; dataDir: string } {
  const dataDir = folder();
  copyFileSync(backup, join(dataDir, DATABASE_FILE));
  const sealer = passphraseSealer(TEST_PASSPHRASE);
  const services = openDataFolder({ dataDir, resourcesDir: RESOURCES_DIR, sealer: () => sealer, ...options });
  cleanups.push(() => services.close());
  return { services, dataDir };
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const HK_NOON = (date: string) => Date.parse(`${date}T12:00:00+08:00`);
const DAY = 24 * 60 * 60 * 1000;

describe('backupDatabase', () => {
  it('copies the open database (the app keeps its lock) into a 0600 file that opens with the same venues and keys', async () => {
    const { services } = populated();
    const target = join(folder(), 'copy.sqlite3');
    const result = await backupDatabase(services.db, target);
    expect(result).toEqual({ path: target, bytes: statSync(target).size });
    if (process.platform !== 'win32') expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(target, '..'))).toEqual(['copy.sqlite3']); // no temp or journal file left

    // The app is still running on the original and can keep writing.
    services.venues.create(venueInput({ nameEn: 'After The Backup', nameZh: '備份之後', addressEn: '9 Later Lane' }));

    const restored = restore(target).services;
    const expected = registryOf(services);
    expected.venues = expected.venues.filter((v) => v.nameEn !== 'After The Backup');
    expect(registryOf(restored)).toEqual(expected);
    expect(restored.keys.activeSigner().kid).toBe(services.keys.active()?.kid); // the sealed key opens with the passphrase
    const raw = new Database(target, { readonly: true });
    expect(raw.pragma('quick_check', { simple: true })).toBe('ok');
    raw.close();
  });

  it('refuses to write over the database itself or its -wal, and leaves them alone', async () => {
    const { services, dataDir } = populated();
    const db = join(dataDir, DATABASE_FILE);
    for (const target of [db, `${db}-wal`, `${db}-shm`]) {
      const before = existsSync(target) ? sha256(target) : null;
      const error = await backupDatabase(services.db, target).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, target).toBeInstanceOf(AppFailure);
      expect((error as AppFailure).appError.messageZh).toBeTruthy();
      expect(existsSync(target) ? sha256(target) : null).toBe(before);
    }
    expect(registryOf(services).venues).toHaveLength(3);
  });
});

describe('daily backups', () => {
  it('writes one backup per Hong Kong day, named by the HK date, mode 0600; the same day twice writes one', async () => {
    let now = Date.parse('2026-11-25T17:30:00Z'); // 01:30 on 26 November in Hong Kong
    const { services, dataDir } = populated(() => now);
    const first = await takeDailyBackup({ db: services.db, dataDir, clock: () => now });
    const dir = join(dataDir, BACKUPS_DIR);
    expect(first.written).toBe(join(dir, 'venue-console-2026-11-26.sqlite3'));
    now += 6 * 60 * 60 * 1000;
    const second = await takeDailyBackup({ db: services.db, dataDir, clock: () => now });
    expect(second.written).toBeNull();
    expect(readdirSync(dir)).toEqual(['venue-console-2026-11-26.sqlite3']);
    if (process.platform !== 'win32') {
      expect(statSync(join(dir, 'venue-console-2026-11-26.sqlite3')).mode & 0o777).toBe(0o600);
      expect(statSync(dir).mode & 0o777).toBe(0o700);
    }
  });

  it('keeps the last 7: eight days give seven files, the oldest deleted; other files in the folder are left alone', async () => {
    let now = HK_NOON('2026-11-01');
    const { services, dataDir } = populated(() => now);
    const dir = join(dataDir, BACKUPS_DIR);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'my-own-copy.sqlite3'), 'keep me');
    for (let day = 0; day < 8; day++) {
      await takeDailyBackup({ db: services.db, dataDir, clock: () => now });
      now += DAY;
    }
    const names = readdirSync(dir).sort();
    expect(DAILY_BACKUPS_KEPT).toBe(7);
    expect(names).toEqual([
      'my-own-copy.sqlite3',
      ...['02', '03', '04', '05', '06', '07', '08'].map((d) => `venue-console-2026-11-${d}.sqlite3`),
    ]);
  });

  it('is taken when the services open on a new day, and the backup restores the same venues and keys', async () => {
    const now = HK_NOON('2026-12-01');
    const { services, dataDir } = populated(() => now);
    services.close();
    const sealer = passphraseSealer(TEST_PASSPHRASE);
    const reopened = openDataFolder({ dataDir, resourcesDir: RESOURCES_DIR, sealer: () => sealer, clock: () => now, dailyBackups: true });
    cleanups.push(() => reopened.close());
    const outcome = await reopened.backups.daily();
    const backup = join(dataDir, BACKUPS_DIR, 'venue-console-2026-12-01.sqlite3');
    expect(outcome?.written).toBe(backup);
    expect(await reopened.backups.daily()).toMatchObject({ written: null });
    expect(registryOf(restore(backup).services)).toEqual(registryOf(reopened));
  });

  it('runs the full check first: a damaged search index is refused on the first open of the day, older backups kept', async () => {
    const now = HK_NOON('2026-12-02');
    const { services, dataDir } = populated(() => now);
    services.close();
    const file = join(dataDir, DATABASE_FILE);
    const probe = join(folder(), 'probe.sqlite3'); // a read-only connection would leave a -shm beside the original
    copyFileSync(file, probe);
    const raw = new Database(probe, { readonly: true });
    const block = raw.prepare<[], { block: Buffer }>('SELECT block FROM venues_fts_data WHERE id > 10 ORDER BY length(block) DESC LIMIT 1').get()?.block;
    raw.close();
    const bytes = readFileSync(file);
    const at = bytes.indexOf((block as Buffer).subarray(0, 24));
    expect(at).toBeGreaterThan(0);
    const middle = at + Math.floor((block as Buffer).length / 2);
    bytes.writeUInt8(bytes.readUInt8(middle) ^ 0x55, middle);
    writeFileSync(file, bytes);
    const dir = join(dataDir, BACKUPS_DIR);
    mkdirSync(dir);
    writeFileSync(join(dir, 'venue-console-2026-12-01.sqlite3'), 'yesterday');
    const before = sha256(file);

    const sealer = passphraseSealer(TEST_PASSPHRASE);
    const open = (dailyBackups: boolean) => openDataFolder({ dataDir, resourcesDir: RESOURCES_DIR, sealer: () => sealer, clock: () => now, dailyBackups });
    let failure: unknown = null;
    try {
      open(true).close();
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(AppFailure);
    expect((failure as AppFailure).appError.code).toBe('db-corrupt');
    expect(sha256(file)).toBe(before);
    expect(readdirSync(dir)).toEqual(['venue-console-2026-12-01.sqlite3']);
    expect(readdirSync(dataDir).sort()).toEqual([BACKUPS_DIR, DATABASE_FILE]);
    rmSync(dir, { recursive: true });
  });
});
