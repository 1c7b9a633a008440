/** Entry point of the built CLI (`out/main/cli.js`), started by bin/venue-console.mjs. */
import { runCli } from './main';

/** Runs the CLI on the real process and exits with its code. */
export async function main(resourcesDir: string): Promise<void> {
  const code = await runCli(
    process.argv.slice(2),
    {
      stdout: (t) => process.stdout.write(t),
      stderr: (t) => process.stderr.write(t),
      env: process.env,
      stdinIsTTY: Boolean(process.stdin.isTTY),
      now: () => Date.now(),
    },
    { resourcesDir },
  );
  // Let stdout drain before exiting (large `venue list` output into a pipe).
  process.stdout.write('', () => process.exit(code));
}
