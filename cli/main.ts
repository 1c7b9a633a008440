/** The `venue-console` command line: the app's services for fleets and automation. */
import { isUsageError, startProgram } from './program';
import { join } from 'node:path';
import { AppFailure } from '../shared/errors';
import { defaultUserDataDir } from '../services/paths/user-data-dir';
import { describeUnexpectedError } from '../services/errors/describe-error';
import { appendErrorLog } from '../services/errors/error-log';
import { DATABASE_FILE } from '../services/open-data-folder';
import type { CliIo, Command } from './command';
import { authorityPinCommand, authorityShowCommand, keysCertificateCommand, keysRequestCommand } from './commands/authority';
import { backupCommand } from './commands/backup';
import { batchCommand } from './commands/batch';
import { codeCommand, posterCommand, verifyCommand } from './commands/codes';
import { deskLogExportCommand, deskLogSummaryCommand, scanCommand } from './commands/desk';
import { healthCodeCommand } from './commands/health-code';
import { matchCommand } from './commands/match';
import { NOTICES_COMMANDS } from './commands/notices';
import { keysInitCommand, keysListCommand, keysRevokeCommand, keysRotateCommand, trustExportCommand } from './commands/keys';
import { settingsCommand } from './commands/settings';
import { venueAddCommand, venueListCommand } from './commands/venue';
import { cliPaths } from './services';

/** Every command, in the order `--help` lists them. */
export const COMMANDS: Command[] = [
  keysInitCommand,
  keysListCommand,
  keysRotateCommand,
  keysRevokeCommand,
  keysRequestCommand,
  keysCertificateCommand,
  authorityPinCommand,
  authorityShowCommand,
  settingsCommand,
  venueAddCommand,
  venueListCommand,
  codeCommand,
  posterCommand,
  trustExportCommand,
  backupCommand,
  batchCommand,
  verifyCommand,
  matchCommand,
  healthCodeCommand,
  ...NOTICES_COMMANDS,
  scanCommand,
  deskLogSummaryCommand,
  deskLogExportCommand,
];

/** The program version, shown by --version. */
export const CLI_VERSION = '0.1.0';

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'venue-console — Venue Console on the command line (JSON on stdout, errors on stderr)',
    '',
    'Usage: venue-console [--data DIR] <command> [options]',
    '',
    'Global options:',
    `  --data DIR   data folder (default: the app's user-data folder, ${defaultUserDataDir()})`,
    '  --help       this help; `venue-console <command> --help` for one command',
    '  --version    print the version',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'The signing key passphrase comes from VENUE_CONSOLE_PASSPHRASE or is asked for on a terminal.',
    '',
  ].join('\n');
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIo, options: { resourcesDir: string }): Promise<number> {
  cliPaths.resourcesDir = options.resourcesDir;
  const start = startProgram(argv, { name: 'venue-console', folderFlag: '--data', version: CLI_VERSION, help: helpText, commands: COMMANDS }, io);
  if ('exit' in start) return start.exit;
  const { command, rest } = start;
  const dataDir = start.folder ?? defaultUserDataDir(process.platform, io.env);
  try {
    return await command.run({ argv: rest, io, dataDir });
  } catch (error) {
    if (error instanceof AppFailure) {
      io.stderr(`${error.appError.message}\n`);
      if (error.appError.messageZh) io.stderr(`${error.appError.messageZh}\n`);
      for (const f of error.appError.fields ?? []) io.stderr(`  ${f.field}: ${f.en}\n`);
      return 1;
    }
    if (isUsageError(error)) {
      io.stderr(`${error.message}\nUsage: ${command.usage}\n`);
      return 2;
    }
    // Anything else (a full disk, a damaged database, a bug): a clear message; the stack goes to the log only.
    const described = describeUnexpectedError(error, appendErrorLog(dataDir, `venue-console ${command.name}`, error, io.now()), join(dataDir, DATABASE_FILE));
    io.stderr(`${described.message}\n${described.messageZh ? `${described.messageZh}\n` : ''}`);
    return 1;
  }
}
