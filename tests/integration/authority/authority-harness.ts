/** Runs `venue-authority` in this process on a temp AUTH folder, with a settable clock and the passphrase in the environment. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAuthorityCli } from '../../../cli/authority/main';
import { parseRoot, type SignedRoot } from '../../../shared/trust/root';
import { tempDir } from '../../helpers/temp-services';

/** The passphrase the tests use. */
export const PASS = 'authority passphrase 2026';

/** One run's outcome. */
export interface AuthorityRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON (throws when it is not). */
  json: () => Record<string, unknown>;
}

/** A temp home with an AUTH folder inside, a clock the test moves, and a runner. */
export function authorityHarness(start = Date.parse('2026-11-26T02:00:00Z')) {
  const home = tempDir('vc-authority-');
  const auth = join(home.dir, 'auth');
  const clock = { now: start };
  const run = async (argv: string[], options: { passphrase?: string | null; tty?: boolean } = {}): Promise<AuthorityRun> => {
    let stdout = '';
    let stderr = '';
    const passphrase = options.passphrase === undefined ? PASS : options.passphrase;
    const code = await runAuthorityCli(['--dir', auth, ...argv], {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      env: passphrase === null ? {} : { VENUE_AUTHORITY_PASSPHRASE: passphrase },
      stdinIsTTY: options.tty ?? false,
      now: () => clock.now,
    });
    return { code, stdout, stderr, json: () => JSON.parse(stdout) as Record<string, unknown> };
  };
  return {
    home: home.dir,
    auth,
    clock,
    run,
    /** A path in the temp home (outside AUTH). */
    file: (name: string) => join(home.dir, name),
    /** Reads a JSON file written by a command. */
    readJson: (path: string): unknown => JSON.parse(readFileSync(path, 'utf8')),
    /** Reads and parses a root file (throws when it is not a root). */
    readRoot: (path: string): SignedRoot => {
      const parsed = parseRoot(readFileSync(path, 'utf8'));
      if (!parsed.ok) throw new Error(parsed.detail);
      return parsed.root;
    },
    /** Moves the clock on by `minutes`. */
    tick: (minutes = 10) => void (clock.now += minutes * 60_000),
    cleanup: home.cleanup,
  };
}
