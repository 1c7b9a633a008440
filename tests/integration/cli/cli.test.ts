/** The real `venue-console` binary (built by `npm run build`), run as a fleet script would run it. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../services/db/open-database';
import { DATABASE_FILE } from '../../../services/open-data-folder';
import { tempDir } from '../../helpers/temp-services';

const BIN = resolve(__dirname, '../../../bin/venue-console.mjs');
const PASS = 'fleet passphrase 2026';
const home = tempDir('vc-cli-');
const data = join(home.dir, 'data');

function cli(args: string[], env: Record<string, string> = {}, input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: home.dir, XDG_CONFIG_HOME: join(home.dir, 'config'), VENUE_CONSOLE_PASSPHRASE: PASS, ...env },
    ...(input !== undefined ? { input } : { stdio: ['ignore', 'pipe', 'pipe'] }),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const addArgs = ['--name-en', 'Harbour Fitness', '--name-zh', '海港健身', '--address-en', '8 Harbour Road, Wan Chai', '--address-zh', '灣仔港灣道8號', '--district', 'Wan Chai', '--type', 'fitness-centre'];
let venueId = '';

beforeAll(() => {
  expect(existsSync(resolve(__dirname, '../../../out/main/cli.js')), 'run `npm run build` first').toBe(true);
});
afterAll(() => home.cleanup());

describe('venue-console CLI', () => {
  it('prints help listing every command', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['keys init', 'venue add', 'venue list', 'code', 'poster', 'trust export', 'verify']) expect(r.stdout).toContain(c);
  });

  it('creates the key, then a venue, and lists it', () => {
    const init = cli(['--data', data, 'keys', 'init']);
    expect(init.code).toBe(0);
    expect(JSON.parse(init.stdout)).toMatchObject({ created: true, kid: expect.stringMatching(/^[0-9a-f]{16}$/) });
    const add = cli(['--data', data, 'venue', 'add', ...addArgs]);
    expect(add.code, add.stderr).toBe(0);
    venueId = JSON.parse(add.stdout).id;
    expect(venueId).toMatch(/^[2-9A-HJKMNP-Z]{9}$/);
    const list = cli(['--data', data, 'venue', 'list']);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ id: venueId, nameZh: '海港健身', district: 'Wan Chai' })]);
  });

  it('refuses bad venue input with field messages on stderr and nothing on stdout', () => {
    const r = cli(['--data', data, 'venue', 'add', '--name-en', ' ', ...addArgs.slice(2, -4), '--district', 'Gotham', '--type', 'fitness-centre']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--district: Choose one of the 18 districts.');
    expect(r.stderr).toContain('--name-en: English name is required.');
    expect(JSON.parse(cli(['--data', data, 'venue', 'list']).stdout)).toHaveLength(1);
  });

  it('flags a duplicate venue', () => {
    const r = cli(['--data', data, 'venue', 'add', ...addArgs]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`already registered as ${venueId}`);
  });

  it('prints a code that verifies against the exported trust file, and rejects tampering and foreign keys', () => {
    const code = cli(['--data', data, 'code', venueId]);
    expect(code.code).toBe(0);
    const text = code.stdout.trim();
    expect(text).toMatch(/^VC1:\d+$/);
    const trustPath = join(home.dir, 'trust.json');
    const exp = cli(['--data', data, 'trust', 'export', '--out', trustPath]);
    expect(exp.code).toBe(0);
    expect(JSON.parse(readFileSync(trustPath, 'utf8')).keys).toHaveLength(1);

    const ok = cli(['verify', '--trust', trustPath, text]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, venue: { venueId, nameEn: 'Harbour Fitness', type: 'fitness-centre' } });
    const viaStdin = cli(['verify', '--trust', trustPath, '-'], {}, `${text}\n`);
    expect(viaStdin.code).toBe(0);

    const tampered = text.slice(0, -1) + String((Number(text.at(-1)) + 1) % 10);
    const bad = cli(['verify', '--trust', trustPath, tampered]);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, reason: 'bad-signature' });

    // A second operator's trust file does not know this key.
    const other = join(home.dir, 'other');
    expect(cli(['--data', other, 'keys', 'init']).code).toBe(0);
    const otherTrust = join(home.dir, 'other-trust.json');
    expect(cli(['--data', other, 'trust', 'export', '--out', otherTrust]).code).toBe(0);
    expect(JSON.parse(cli(['verify', '--trust', otherTrust, text]).stdout)).toMatchObject({ ok: false, reason: 'unknown-key' });
  });

  it('writes a poster PDF', () => {
    const out = join(home.dir, 'poster.pdf');
    const r = cli(['--data', data, 'poster', venueId, '--out', out, '--size', 'a3']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ path: out, size: 'a3', venueId });
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('explains how to give the passphrase when there is no terminal', () => {
    const r = cli(['--data', data, 'code', venueId], { VENUE_CONSOLE_PASSPHRASE: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('VENUE_CONSOLE_PASSPHRASE');
    const wrong = cli(['--data', data, 'code', venueId], { VENUE_CONSOLE_PASSPHRASE: 'not the passphrase' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('Wrong passphrase');
  });

  it('refuses a data folder another instance holds', () => {
    const db = openDatabase(join(data, DATABASE_FILE));
    try {
      const r = cli(['--data', data, 'venue', 'list']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('in use by another running Venue Console');
    } finally {
      db.close();
    }
  });

  it("uses the app's user-data folder when --data is not given", () => {
    const r = cli(['venue', 'list']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(existsSync(join(home.dir, 'config', 'Venue Console', DATABASE_FILE))).toBe(true);
  });

  it('runs a fleet batch with progress on stderr, a report file, and exit 1 when no row is usable', () => {
    const csvPath = join(home.dir, 'fleet.csv');
    writeFileSync(csvPath, 'plate,fleet,company_en,company_zh,notes,colour\r\nAB 1234,F1,Star Taxi,星星的士,,red\r\nio 99,F1,,,,\r\nab1234,F1,,,,\r\nCD 5678,F2,=cmd(),,,\r\n');
    const out = join(home.dir, 'fleet.pdf');
    const reportPath = join(home.dir, 'report.json');
    const r = cli(['--data', data, 'batch', '--csv', csvPath, '--out', out, '--manifest', join(home.dir, 'fleet-manifest.csv'), '--report', reportPath]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('row 3: "io 99": Hong Kong registration marks do not use the letters I, O or Q.');
    expect(r.stderr).toContain('row 4: "ab1234": Duplicate of row 2.');
    expect(r.stderr).toMatch(/done 2\/2/);
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    expect(report).toEqual({
      encoding: 'utf-8',
      created: 2,
      reused: 0,
      rejected: [
        { row: 3, plate: 'io 99', reason: 'Hong Kong registration marks do not use the letters I, O or Q.' },
        { row: 4, plate: 'ab1234', reason: 'Duplicate of row 2.' },
      ],
      rejectedNotShown: 0,
      warnings: ['Ignored column: colour'],
      pages: 1,
    });
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(home.dir, 'fleet-manifest.csv'), 'utf8')).toContain(",'=cmd(),");
    const again = cli(['--data', data, 'batch', '--csv', csvPath, '--out', out, '--quiet']);
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, reused: 2 });
    writeFileSync(csvPath, 'plate\nIIII\n');
    const none = cli(['--data', data, 'batch', '--csv', csvPath, '--out', join(home.dir, 'none.pdf')]);
    expect(none.code).toBe(1);
    expect(existsSync(join(home.dir, 'none.pdf'))).toBe(false);
    // A Big5-HKSCS file (plain "CSV" from a Traditional-Chinese Excel) is read as such and says so (issue 10 §1).
    const big5Path = join(home.dir, 'fleet-big5.csv');
    writeFileSync(big5Path, readFileSync(new URL('../../fixtures/fleet-csv/big5-hkscs.csv', import.meta.url)));
    const big5 = cli(['--data', data, 'batch', '--csv', big5Path, '--out', join(home.dir, 'big5.pdf'), '--quiet']);
    expect(big5.code, big5.stderr).toBe(0);
    expect(big5.stderr).toContain('read as big5-hkscs');
    // AB1234 was registered by the first run: reused, not duplicated.
    expect(JSON.parse(big5.stdout)).toMatchObject({ encoding: 'big5-hkscs', created: 3, reused: 1, rejected: [] });
  });

  it('reports unknown commands and options with exit 2', () => {
    expect(cli(['frobnicate']).code).toBe(2);
    expect(cli(['--data', data, 'poster', venueId, '--colour', 'red']).code).toBe(2);
    const badTrust = join(home.dir, 'bad.json');
    writeFileSync(badTrust, '{"format":"nope"}');
    const r = cli(['verify', '--trust', badTrust, 'VC1:123']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/trust file is not valid/);
  });
});

describe('venue-console keys revoke', () => {
  const dir = join(home.dir, 'revoke-data');
  const run = (args: string[], env: Record<string, string> = {}) => cli(['--data', dir, ...args], env);

  it('revokes a retired key: JSON names the key and the venues it signed; its codes then verify as revoked-key', () => {
    const oldKid = JSON.parse(run(['keys', 'init']).stdout).kid as string;
    const venue = JSON.parse(run(['venue', 'add', ...addArgs]).stdout).id as string;
    const oldCode = run(['code', venue]).stdout.trim();
    const newKid = JSON.parse(run(['keys', 'rotate']).stdout).kid as string;

    const noReason = run(['keys', 'revoke', oldKid], { VENUE_CONSOLE_PASSPHRASE: '' });
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toContain('--reason');
    expect(noReason.stderr).toContain('原因');
    expect(run(['keys', 'revoke', oldKid, '--reason', '   ']).code).toBe(2);

    // Revoking a retired key needs no passphrase (it signs nothing).
    const r = run(['keys', 'revoke', oldKid, '--reason', 'Backup disk lost 備份磁碟遺失'], { VENUE_CONSOLE_PASSPHRASE: '' });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      revoked: { kid: oldKid, status: 'revoked', revocationReason: 'Backup disk lost 備份磁碟遺失' },
      replacement: null,
      complete: true,
      venues: [{ id: venue, nameEn: 'Harbour Fitness', nameZh: '海港健身', reissuedOn: null }],
    });
    expect(JSON.parse(run(['keys', 'list']).stdout).find((k: { kid: string }) => k.kid === oldKid)).toMatchObject({ status: 'revoked' });

    const trustPath = join(home.dir, 'revoke-trust.json');
    expect(run(['trust', 'export', '--out', trustPath]).code).toBe(0);
    expect(JSON.parse(readFileSync(trustPath, 'utf8')).keys.find((k: { kid: string }) => k.kid === oldKid)).toMatchObject({
      status: 'revoked',
      revocationReason: 'Backup disk lost 備份磁碟遺失',
      revokedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    const verdict = cli(['verify', '--trust', trustPath, oldCode]);
    expect(verdict.code).toBe(1);
    expect(JSON.parse(verdict.stdout)).toMatchObject({ ok: false, reason: 'revoked-key' });
    expect(cli(['verify', '--trust', trustPath, run(['code', venue]).stdout.trim()]).code).toBe(0);

    const again = run(['keys', 'revoke', oldKid, '--reason', 'again']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already revoked');
    const unknown = run(['keys', 'revoke', '0123456789abcdef', '--reason', 'x']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('0123456789abcdef');
    expect(JSON.parse(run(['keys', 'list']).stdout).find((k: { kid: string }) => k.kid === newKid)).toMatchObject({ status: 'active' });
  });

  it('revokes the active key by rotating first (with the passphrase)', () => {
    const activeKid = (JSON.parse(run(['keys', 'list']).stdout) as { kid: string; status: string }[]).find((k) => k.status === 'active')?.kid ?? '';
    const noPass = run(['keys', 'revoke', activeKid, '--reason', 'stolen'], { VENUE_CONSOLE_PASSPHRASE: '' });
    expect(noPass.code).toBe(2);
    expect(noPass.stderr).toContain('VENUE_CONSOLE_PASSPHRASE');
    const r = run(['keys', 'revoke', activeKid, '--reason', 'stolen']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.revoked).toMatchObject({ kid: activeKid, status: 'revoked' });
    expect(out.replacement).toMatchObject({ status: 'active' });
    expect(out.venues).toHaveLength(1);
    expect(cli(['keys', 'revoke', '--help']).stdout).toContain('--reason');
  });
});
