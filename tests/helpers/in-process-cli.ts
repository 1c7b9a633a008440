/** Runs `venue-console` in this process on one data folder, capturing stdout, stderr and the exit code. */
import { runCli } from '../../cli/main';
import { RESOURCES_DIR } from './temp-services';

/** One run's outcome. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A CLI bound to `data`, with a passphrase in the environment and a fixed clock (no terminal). */
export function inProcessCli(data: string, options: { passphrase: string; now: number }): (argv: string[]) => Promise<CliRun> {
  return async (argv) => {
    let stdout = '';
    let stderr = '';
    const io = {
      stdout: (t: string) => void (stdout += t),
      stderr: (t: string) => void (stderr += t),
      env: { VENUE_CONSOLE_PASSPHRASE: options.passphrase },
      stdinIsTTY: false,
      now: () => options.now,
    };
    const code = await runCli(['--data', data, ...argv], io, { resourcesDir: RESOURCES_DIR });
    return { code, stdout, stderr };
  };
}
