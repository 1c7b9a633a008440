/**
 * What the two command lines share: reading the global options (`--help`, `--version`, the folder option) and
 * finding the command named by the words after them, with bilingual messages for what does not parse.
 */
import { resolve } from 'node:path';
import { UsageError, type CliIo, type Command } from './command';

/** A program's words: its name, its folder option, its version, its help and its commands. */
export interface ProgramSpec {
  name: string;
  folderFlag: '--data' | '--dir';
  version: string;
  help: () => string;
  commands: readonly Command[];
}

/** The command to run with the words after its name and the folder given (null when none), or an exit code. */
export type ProgramStart = { exit: number } | { command: Command; rest: string[]; folder: string | null };

/** Reads the global options and finds the command (the longest name whose words start the arguments). */
export function startProgram(argv: readonly string[], spec: ProgramSpec, io: CliIo): ProgramStart {
  const args = [...argv];
  let folder: string | null = null;
  while (args[0]?.startsWith('--')) {
    const flag = args.shift() as string;
    if (flag === '--help' || flag === '-h') {
      io.stdout(spec.help());
      return { exit: 0 };
    }
    if (flag === '--version') {
      io.stdout(`${spec.version}\n`);
      return { exit: 0 };
    }
    if (flag === spec.folderFlag || flag.startsWith(`${spec.folderFlag}=`)) {
      const value = flag.includes('=') ? flag.slice(spec.folderFlag.length + 1) : args.shift();
      if (!value) {
        io.stderr(`${spec.folderFlag} needs a folder. ${spec.folderFlag} 需要一個資料夾。\n`);
        return { exit: 2 };
      }
      folder = resolve(value);
      continue;
    }
    io.stderr(`Unknown option ${flag}. Try ${spec.name} --help\n未知選項 ${flag}。請參閱 ${spec.name} --help\n`);
    return { exit: 2 };
  }
  const command = spec.commands.filter((c) => c.name.split(' ').every((w, i) => args[i] === w)).sort((a, b) => b.name.length - a.name.length)[0];
  if (!command) {
    io.stderr(args.length === 0 ? spec.help() : `Unknown command "${args.join(' ')}". Try ${spec.name} --help\n未知指令「${args.join(' ')}」。請參閱 ${spec.name} --help\n`);
    return { exit: 2 };
  }
  const rest = args.slice(command.name.split(' ').length);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.summary}\n\nUsage: ${command.usage}\n`);
    return { exit: 0 };
  }
  return { command, rest, folder };
}

/** Whether an error is a person's mistake in the command line (a usage error or node:util's parseArgs). */
export function isUsageError(error: unknown): error is Error {
  return error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
}
