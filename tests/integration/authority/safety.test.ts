/** venue-authority's refusals: passphrase missing or wrong, outputs onto its own files, help and version. */
import { readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATE_FILE, statePath } from '../../../services/authority/authority-state';
import { testNotice } from '../../helpers/test-authority';
import { authorityHarness } from './authority-harness';

const h = authorityHarness();
afterAll(() => h.cleanup());

beforeAll(async () => {
  expect((await h.run(['init', '--name', 'Department of Health 衞生署', '--root-valid-days', '90'])).code).toBe(0);
  writeFileSync(h.file('notices.json'), JSON.stringify([testNotice({ id: 'n-1' })]));
});

describe('venue-authority refusals', () => {
  it('refuses without a passphrase and without a terminal, in both languages', async () => {
    const r = await h.run(['bundle', '--out', h.file('b.json')], { passphrase: null });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('VENUE_AUTHORITY_PASSPHRASE');
    expect(r.stderr).toContain('密碼短語');
  });

  it('refuses a wrong passphrase with exit 1 and leaves the state byte for byte', async () => {
    const before = readFileSync(statePath(h.auth));
    for (const argv of [
      ['rotate', '--role', 'notices'],
      ['rotate', '--role', 'root'],
      ['bundle', '--out', h.file('b.json')],
      ['publish', '--notices', h.file('notices.json'), '--out', h.file('f.json')],
    ]) {
      const r = await h.run(argv, { passphrase: 'not the passphrase' });
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.stderr).toContain('Wrong passphrase');
      expect(r.stderr).toContain('密碼短語錯誤');
      expect(r.stdout).toBe('');
    }
    expect(readFileSync(statePath(h.auth)).equals(before)).toBe(true);
    // The right passphrase still works and the counters were not moved by the refused runs.
    const ok = await h.run(['publish', '--notices', h.file('notices.json'), '--out', h.file('f.json')]);
    expect(ok.json().feedVersion).toBe(1);
  });

  it('refuses --out onto the state file, directly or through a link, and writes nothing', async () => {
    const before = readFileSync(statePath(h.auth));
    const direct = await h.run(['root', 'export', '--out', join(h.auth, STATE_FILE)]);
    expect(direct.code).toBe(1);
    expect(direct.stderr).toContain("the authority's own state file");
    symlinkSync(statePath(h.auth), h.file('innocent.json'));
    const linked = await h.run(['bundle', '--out', h.file('innocent.json')]);
    expect(linked.code).toBe(1);
    expect(linked.stderr).toContain('Nothing was written');
    expect(readFileSync(statePath(h.auth)).equals(before)).toBe(true);
    if (process.platform !== 'win32') expect(statSync(statePath(h.auth)).mode & 0o777).toBe(0o600);
  });

  it('keeps the root lifetime chosen at init', async () => {
    const r = await h.run(['root', 'export', '--out', h.file('root.json')]);
    expect(r.code, r.stderr).toBe(0);
    const root = h.readRoot(h.file('root.json')).signed;
    expect(Date.parse(root.expires) - Date.parse(root.issuedAt)).toBe(90 * 86_400_000);
  });

  it('refuses commands on a folder with no authority, and a missing --dir', async () => {
    const other = authorityHarness();
    try {
      const r = await other.run(['bundle', '--out', other.file('b.json')]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('holds no authority yet');
    } finally {
      other.cleanup();
    }
  });

  it('prints help for the program and each command, and the version', async () => {
    const { runAuthorityCli, AUTHORITY_COMMANDS } = await import('../../../cli/authority/main');
    let out = '';
    const io = { stdout: (t: string) => void (out += t), stderr: () => undefined, env: {}, stdinIsTTY: false, now: () => 0 };
    expect(await runAuthorityCli(['--help'], io)).toBe(0);
    for (const c of ['init', 'root export', 'rotate', 'certify', 'revoke', 'bundle', 'publish']) expect(out).toContain(c);
    for (const c of AUTHORITY_COMMANDS) {
      out = '';
      expect(await runAuthorityCli([...c.name.split(' '), '--help'], io)).toBe(0);
      expect(out).toContain(`Usage: venue-authority --dir AUTH ${c.name}`);
    }
    out = '';
    expect(await runAuthorityCli(['--version'], io)).toBe(0);
    expect(out).toMatch(/^\d+\.\d+\.\d+\n$/);
    let err = '';
    expect(await runAuthorityCli(['bundle', '--out', 'x.json'], { ...io, stderr: (t: string) => void (err += t) })).toBe(2);
    expect(err).toContain('--dir');
  });
});
