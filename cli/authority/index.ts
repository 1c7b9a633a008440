/** Entry point of the built authority CLI (`out/main/authority.js`), started by bin/venue-authority.mjs. */
import { runAuthorityCli } from './main';

/** Runs venue-authority on the real process and exits with its code. */
export async function main(): Promise<void> {
  const code = await runAuthorityCli(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    now: () => Date.now(),
  });
  process.stdout.write('', () => process.exit(code));
}
