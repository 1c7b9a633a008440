/** The built `venue-authority` binary (run `npx electron-vite build` first): help, and the hidden passphrase prompt on a terminal. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-services';

const BIN = resolve(__dirname, '../../../bin/venue-authority.mjs');
const PTY = resolve(__dirname, '../../helpers/pty-run.py');
const home = tempDir('vc-authority-bin-');
afterAll(() => home.cleanup());

function env(): NodeJS.ProcessEnv {
  const e = { ...process.env };
  delete e.VENUE_AUTHORITY_PASSPHRASE;
  return e;
}

function onTerminal(args: string[], typed: string[]) {
  const r = spawnSync('python3', [PTY, process.execPath, BIN, ...args], { input: `${typed.join('\n')}\n`, encoding: 'utf8', env: env(), timeout: 60_000 });
  return { code: r.status, screen: r.stdout };
}

beforeAll(() => {
  expect(existsSync(resolve(__dirname, '../../../out/main/authority.js')), 'run `npx electron-vite build` first').toBe(true);
});

describe('venue-authority binary', () => {
  it('prints its help and exits 0', () => {
    const r = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8', env: env() });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: venue-authority --dir AUTH <command>');
  });

  it('without a terminal or VENUE_AUTHORITY_PASSPHRASE, refuses with exit 1 and creates nothing', () => {
    const auth = join(home.dir, 'no-tty');
    const r = spawnSync(process.execPath, [BIN, '--dir', auth, 'init', '--name', 'Test Authority'], { encoding: 'utf8', env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('VENUE_AUTHORITY_PASSPHRASE');
    expect(existsSync(auth)).toBe(false);
  });

  it('asks twice at init without echoing, then refuses a wrong passphrase on a terminal', () => {
    const auth = join(home.dir, 'auth');
    const r = onTerminal(['--dir', auth, 'init', '--name', 'Test Authority'], ['terminal passphrase 1', 'terminal passphrase 1']);
    expect(r.code, r.screen).toBe(0);
    expect(r.screen).toContain('Authority passphrase');
    expect(r.screen).toContain('Repeat passphrase');
    expect(r.screen).toContain('"rootVersion":1');
    expect(r.screen).not.toContain('terminal passphrase 1');
    const wrong = onTerminal(['--dir', auth, 'rotate', '--role', 'notices'], ['another passphrase']);
    expect(wrong.code).toBe(1);
    expect(wrong.screen).toContain('Wrong passphrase');
  });
});
