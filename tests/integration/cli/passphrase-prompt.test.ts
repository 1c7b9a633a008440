/** On a terminal, the CLI asks for the key passphrase (twice for a new key) without echoing it. */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-services';

const BIN = resolve(__dirname, '../../../bin/venue-console.mjs');
const PTY = resolve(__dirname, '../../helpers/pty-run.py');
const home = tempDir('vc-pty-');
afterAll(() => home.cleanup());

function onTerminal(args: string[], typed: string[]) {
  const env = { ...process.env };
  delete env.VENUE_CONSOLE_PASSPHRASE;
  const r = spawnSync('python3', [PTY, process.execPath, BIN, ...args], { input: `${typed.join('\n')}\n`, encoding: 'utf8', env, timeout: 60_000 });
  return { code: r.status, screen: r.stdout };
}

describe('passphrase prompt', () => {
  const data = join(home.dir, 'data');

  it('asks twice for a new key, never shows it, and creates the key', () => {
    const r = onTerminal(['--data', data, 'keys', 'init'], ['a terminal passphrase', 'a terminal passphrase']);
    expect(r.code, r.screen).toBe(0);
    expect(r.screen).toContain('Key passphrase:');
    expect(r.screen).toContain('Repeat passphrase:');
    expect(r.screen).toContain('"created":true');
    expect(r.screen).not.toContain('a terminal passphrase');
  });

  it('refuses two different entries, and a wrong passphrase for an existing key', () => {
    expect(onTerminal(['--data', join(home.dir, 'other'), 'keys', 'init'], ['first passphrase', 'second passphrase']).screen).toContain(
      'The passphrases do not match.',
    );
    const wrong = onTerminal(['--data', data, 'keys', 'init'], ['not the passphrase', 'not the passphrase']);
    expect(wrong.code).toBe(1);
    expect(wrong.screen).toContain('Wrong passphrase');
  });
});
