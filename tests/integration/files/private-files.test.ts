/** The data folder is 0700 and every file in it 0600; looser ones are tightened on open and reported once (issue 8 §4). */
import { chmodSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/main';
import { DATABASE_FILE } from '../../../services/open-data-folder';
import { openTestServices, RESOURCES_DIR, tempDir, venueInput } from '../../helpers/temp-services';

const mode = (path: string) => statSync(path).mode & 0o777;
const home = tempDir('vc-private-');
let savedUmask = 0;
beforeAll(() => {
  // The usual umask: without the fix the folder comes out 0755 and the database 0644.
  savedUmask = process.umask(0o022);
});
afterAll(() => {
  process.umask(savedUmask);
  home.cleanup();
});

async function cliStderr(data: string): Promise<string> {
  let stderr = '';
  const io = { stdout: () => undefined, stderr: (t: string) => void (stderr += t), env: {}, stdinIsTTY: false, now: () => Date.now() };
  expect(await runCli(['--data', data, 'venue', 'list'], io, { resourcesDir: RESOURCES_DIR })).toBe(0);
  return stderr;
}

describe.skipIf(process.platform === 'win32')('private data folder', () => {
  it('creates a fresh data folder 0700 and the database, -wal and -shm 0600, reporting nothing', () => {
    const data = join(home.dir, 'fresh', 'Venue Console');
    const ctx = openTestServices({ dataDir: data });
    try {
      ctx.services.venues.create(venueInput());
      expect(mode(data)).toBe(0o700);
      const db = join(data, DATABASE_FILE);
      expect(mode(db)).toBe(0o600);
      expect(existsSync(`${db}-wal`)).toBe(true);
      for (const sibling of ['-wal', '-shm', '-journal']) if (existsSync(db + sibling)) expect(mode(db + sibling), sibling).toBe(0o600);
      expect(ctx.services.permissionsTightened).toEqual([]);
    } finally {
      ctx.cleanup();
    }
    const again = openTestServices({ dataDir: data });
    expect(again.services.permissionsTightened).toEqual([]);
    again.cleanup();
  });

  it('tightens an existing 0755/0644 folder and its files on open, and reports it once', () => {
    const data = join(home.dir, 'loose');
    openTestServices({ dataDir: data }).cleanup();
    const db = join(data, DATABASE_FILE);
    mkdirSync(join(data, 'backups'));
    writeFileSync(join(data, 'backups', 'venue-console-2026-11-23.sqlite3'), 'x');
    writeFileSync(join(data, 'venue-console.log'), 'x');
    for (const p of [data, join(data, 'backups')]) chmodSync(p, 0o755);
    for (const p of [db, join(data, 'venue-console.log'), join(data, 'backups', 'venue-console-2026-11-23.sqlite3')]) chmodSync(p, 0o644);

    const ctx = openTestServices({ dataDir: data });
    try {
      expect([...ctx.services.permissionsTightened].sort()).toEqual(
        [data, db, join(data, 'backups'), join(data, 'backups', 'venue-console-2026-11-23.sqlite3'), join(data, 'venue-console.log')].sort(),
      );
      expect(mode(data)).toBe(0o700);
      expect(mode(join(data, 'backups'))).toBe(0o700);
      for (const p of [db, `${db}-wal`, join(data, 'venue-console.log'), join(data, 'backups', 'venue-console-2026-11-23.sqlite3')]) expect(mode(p), p).toBe(0o600);
    } finally {
      ctx.cleanup();
    }
    const again = openTestServices({ dataDir: data });
    expect(again.services.permissionsTightened).toEqual([]);
    again.cleanup();
  });

  it('the CLI says so once on stderr, in both languages', async () => {
    const data = join(home.dir, 'cli');
    openTestServices({ dataDir: data, withKey: false }).cleanup();
    chmodSync(data, 0o755);
    chmodSync(join(data, DATABASE_FILE), 0o644);
    const first = await cliStderr(data);
    expect(first).toContain(join(data, DATABASE_FILE));
    expect(first).toMatch(/permission/i);
    expect(first).toMatch(/權限/);
    expect(await cliStderr(data)).toBe('');
  });
});
