/** Opens a data folder's services for a CLI command, with a passphrase sealer asked for only when a key is used. */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDataFolder, type DataFolder } from '../services/open-data-folder';
import { passphraseSealer, type SecretSealer } from '../services/keys/sealer';
import { permissionsNotice } from '../services/files/private-files';
import { readPassphrase } from './passphrase';
import type { CliContext } from './command';
import { UsageError } from './command';

/**
 * Where the CLI finds fonts and other resources (set by the entry point) and, when set, the built worker
 * threads (tests running the CLI in-process point it at out/main; the built CLI finds them beside itself).
 */
export const cliPaths = { resourcesDir: '', threadsDir: '' };

/** The folder of the built worker threads: {@link cliPaths}.threadsDir, or beside the built CLI (out/main). */
export function cliThreadsDir(): string {
  return cliPaths.threadsDir || dirname(fileURLToPath(import.meta.url));
}

/** Environment variable that holds the key passphrase for scripted use. */
export const PASSPHRASE_ENV = 'VENUE_CONSOLE_PASSPHRASE';

/**
 * Opens the data folder `ctx.dataDir`. The key passphrase comes from VENUE_CONSOLE_PASSPHRASE or, on a
 * terminal, from a hidden prompt — read once, before the services open (the prompt is synchronous-free).
 */
export async function openCliServices(ctx: CliContext, needsKey: boolean, confirm = false): Promise<DataFolder> {
  let sealer: SecretSealer | null = null;
  if (needsKey) {
    const fromEnv = ctx.io.env[PASSPHRASE_ENV];
    let passphrase = fromEnv;
    if (!passphrase) {
      if (!ctx.io.stdinIsTTY) {
        throw new UsageError(`The signing key needs a passphrase: set ${PASSPHRASE_ENV} or run in a terminal.`);
      }
      passphrase = await readPassphrase('Key passphrase: ');
      if (confirm && (await readPassphrase('Repeat passphrase: ')) !== passphrase) throw new UsageError('The passphrases do not match.');
    }
    sealer = passphraseSealer(passphrase);
  }
  const services = openDataFolder({
    dataDir: ctx.dataDir,
    resourcesDir: cliPaths.resourcesDir,
    threadsDir: cliThreadsDir(),
    clock: ctx.io.now,
    sealer: () => {
      if (!sealer) throw new UsageError('This command does not use the signing key.');
      return sealer;
    },
  });
  // Said once: the next open finds them tight already.
  if (services.permissionsTightened.length > 0) ctx.io.stderr(permissionsNotice(services.permissionsTightened));
  return services;
}
