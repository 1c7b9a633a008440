/** The `venue-authority` command line: the authority's keys, root, certificates, trust bundle and notices feed. */
import { resolve } from 'node:path';
import { AppFailure } from '../../shared/errors';
import { UsageError, type CliIo, type Command } from '../command';
import { AUTHORITY_PASSPHRASE_ENV } from './authority-io';
import { initCommand, rootExportCommand, rotateCommand } from './key-commands';
import { bundleCommand, certifyCommand, revokeCommand } from './operator-commands';
import { publishCommand } from './publish-command';
import { healthCodeIssueCommand } from './health-code-command';

/** Every command, in the order `--help` lists them. */
export const AUTHORITY_COMMANDS: Command[] = [initCommand, rootExportCommand, rotateCommand, certifyCommand, revokeCommand, bundleCommand, publishCommand, healthCodeIssueCommand];

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
  const args = [...argv];
  let dir: string | null = null;
  while (args[0]?.startsWith('--')) {
    const flag = args.shift() as string;
    if (flag === '--help' || flag === '-h') {
      io.stdout(helpText());
      return 0;
    }
    if (flag === '--version') {
      io.stdout(`${AUTHORITY_CLI_VERSION}\n`);
      return 0;
    }
    if (flag === '--dir' || flag.startsWith('--dir=')) {
      const value = flag.includes('=') ? flag.slice('--dir='.length) : args.shift();
      if (!value) {
        io.stderr('--dir needs a folder. --dir 需要一個資料夾。\n');
        return 2;
      }
      dir = resolve(value);
      continue;
    }
    io.stderr(`Unknown option ${flag}. Try venue-authority --help\n未知選項 ${flag}。請參閱 venue-authority --help\n`);
    return 2;
  }
  const command = AUTHORITY_COMMANDS.filter((c) => c.name.split(' ').every((w, i) => args[i] === w)).sort((a, b) => b.name.length - a.name.length)[0];
  if (!command) {
    io.stderr(args.length === 0 ? helpText() : `Unknown command "${args.join(' ')}". Try venue-authority --help\n未知指令「${args.join(' ')}」。請參閱 venue-authority --help\n`);
    return 2;
  }
  const rest = args.slice(command.name.split(' ').length);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.summary}\n\nUsage: ${command.usage}\n`);
    return 0;
  }
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
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      io.stderr(`${error.message}\nUsage: ${command.usage}\n`);
      return 2;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`venue-authority ${command.name} failed: ${detail}\nvenue-authority ${command.name} 失敗：${detail}\n`);
    return 1;
  }
}
