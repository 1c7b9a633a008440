/** The `venue-authority` command line: the authority's keys, root, certificates, trust bundle and notices feed. */
import { isUsageError, startProgram } from '../program';
import { AppFailure } from '../../shared/errors';
import type { CliIo, Command } from '../command';
import { AUTHORITY_PASSPHRASE_ENV } from './authority-io';
import { initCommand, rootExportCommand, rootRenewCommand, rotateCommand } from './key-commands';
import { bundleCommand, certifyCommand, revokeCommand } from './operator-commands';
import { publishCommand } from './publish-command';
import { healthCodeIssueCommand } from './health-code-command';

/** Every command, in the order `--help` lists them. */
export const AUTHORITY_COMMANDS: Command[] = [initCommand, rootExportCommand, rootRenewCommand, rotateCommand, certifyCommand, revokeCommand, bundleCommand, publishCommand, healthCodeIssueCommand];

/** The program version, shown by --version. */
export const AUTHORITY_CLI_VERSION = '0.1.0';

function helpText(): string {
  const width = Math.max(...AUTHORITY_COMMANDS.map((c) => c.name.length));
  return [
    "venue-authority — the health authority's keys, root, operator certificates, trust bundle and notices feed",
    '(JSON on stdout, errors on stderr; see docs/trust.md)',
    '',
    'Usage: venue-authority --dir AUTH <command> [options]',
    '',
    'Global options:',
    '  --dir AUTH   the authority folder (0700; holds authority.json with the sealed keys)',
    '  --help       this help; `venue-authority <command> --help` for one command',
    '  --version    print the version',
    '',
    'Commands:',
    ...AUTHORITY_COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    `The passphrase comes from ${AUTHORITY_PASSPHRASE_ENV} or is asked for on a terminal.`,
    '',
  ].join('\n');
}

function report(io: CliIo, error: AppFailure): void {
  const { message, messageZh, fields } = error.appError;
  io.stderr(`${message}\n`);
  if (messageZh) io.stderr(`${messageZh}\n`);
  for (const f of fields ?? []) io.stderr(`  ${f.en}\n  ${f.zh}\n`);
}

/** Runs venue-authority with `argv` (without node and script) and returns the exit code. */
export async function runAuthorityCli(argv: string[], io: CliIo): Promise<number> {
  const start = startProgram(argv, { name: 'venue-authority', folderFlag: '--dir', version: AUTHORITY_CLI_VERSION, help: helpText, commands: AUTHORITY_COMMANDS }, io);
  if ('exit' in start) return start.exit;
  const { command, rest, folder: dir } = start;
  if (dir === null) {
    io.stderr(`venue-authority needs --dir AUTH (the authority folder) before the command.\nvenue-authority 需要在指令前提供 --dir（發證機構資料夾）。\nUsage: ${command.usage}\n`);
    return 2;
  }
  try {
    return await command.run({ argv: rest, io, dataDir: dir });
  } catch (error) {
    if (error instanceof AppFailure) {
      report(io, error);
      return 1;
    }
    if (isUsageError(error)) {
      io.stderr(`${error.message}\nUsage: ${command.usage}\n`);
      return 2;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`venue-authority ${command.name} failed: ${detail}\nvenue-authority ${command.name} 失敗：${detail}\n`);
    return 1;
  }
}
