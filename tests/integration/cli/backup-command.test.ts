/** `venue-console --data DIR backup --out FILE`, run in-process as the built CLI runs it. Issue 8 §2. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/main';
import type { CliIo } from '../../../cli/command';
import { DATABASE_FILE } from '../../../services/open-data-folder';
import { openDatabase } from '../../../services/db/open-database';
import { RESOURCES_DIR, TEST_PASSPHRASE, openTestServices, tempDir, venueInput } from '../../helpers/temp-services';

const home = tempDir('vc-cli-backup-');
const dataDir = join(home.dir, 'data');
const database = join(dataDir, DATABASE_FILE);
afterAll(() => home.cleanup());

beforeAll(() => {
  const { services } = openTestServices({ dataDir });
  services.venues.create(venueInput());
  services.venues.create(venueInput({ nameEn: 'Second Venue', nameZh: '第二場所', addressEn: '2 Second Street' }));
  services.close();
});

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: { VENUE_CONSOLE_PASSPHRASE: TEST_PASSPHRASE }, stdinIsTTY: false, now: () => Date.now() };
  const code = await runCli(['--data', dataDir, ...args], io, { resourcesDir: RESOURCES_DIR });
  return { code, stdout, stderr };
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('venue-console backup', () => {
  it('is listed in --help', async () => {
    const r = await cli('--help');
    expect(r.stdout).toMatch(/\n {2}backup +\S/);
  });

  it('writes a 0600 copy that opens with the same venues and keys, and prints its path and size', async () => {
    const out = join(home.dir, 'backup one.sqlite3');
    const r = await cli('backup', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ path: out, bytes: statSync(out).size, venues: 2 });
    if (process.platform !== 'win32') expect(statSync(out).mode & 0o777).toBe(0o600);
    const copy = new Database(out, { readonly: true });
    expect(copy.prepare('SELECT count(*) AS n FROM venues').get()).toEqual({ n: 2 });
    expect(copy.prepare('SELECT count(*) AS n FROM signing_keys').get()).toEqual({ n: 1 });
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
    copy.close();
  });

  it('needs --out', async () => {
    const r = await cli('backup');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out');
  });

  it('refuses the database itself as --out: exit 1, a bilingual message, the database byte-identical', async () => {
    const before = sha256(database);
    const r = await cli('backup', '--out', database);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('Unexpected error');
    expect(sha256(database)).toBe(before);
    expect(readdirSync(dataDir).filter((n) => n !== 'backups')).toEqual([DATABASE_FILE]);
  });

  it('says to use the app while the app has the database open', async () => {
    const app = openDatabase(database);
    try {
      const out = join(home.dir, 'while-running.sqlite3');
      const r = await cli('backup', '--out', out);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('Back up now');
      expect(r.stderr).toContain('立即備份');
      expect(existsSync(out)).toBe(false);
    } finally {
      app.close();
    }
  });

  it('reports a missing output folder clearly, writing nothing', async () => {
    const r = await cli('backup', '--out', join(home.dir, 'no-such-folder', 'b.sqlite3'));
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('Unexpected error');
    expect(r.stderr).toContain('no-such-folder');
  });
});
