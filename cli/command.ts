/** The shape every CLI command has. Commands print JSON on stdout, human errors on stderr, and return an exit code. */

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Whether stdin is an interactive terminal (a passphrase may be asked for). */
  stdinIsTTY: boolean;
  /** Current time in epoch ms. */
  now: () => number;
}

/** The context a command runs in. `argv` holds the words after the command name. */
export interface CliContext {
  argv: string[];
  io: CliIo;
  /** The `--data DIR` global option, or the app's user-data folder. */
  dataDir: string;
}

/** A CLI command. */
export interface Command {
  /** The command words, e.g. `venue add` or `match`. */
  name: string;
  /** One line for `--help`. */
  summary: string;
  /** Usage text for `venue-console <name> --help`. */
  usage: string;
  run: (ctx: CliContext) => Promise<number>;
}

/** An error a command reports to a person (stderr, exit 1) rather than a crash. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Prints a value as one line of JSON on stdout. */
export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value)}\n`);
}
