/**
 * The app's user-data folder, computed the way Electron computes `app.getPath('userData')`
 * (the platform's application-data folder + the product name), so the CLI finds the app's data
 * without Electron. The app sets its userData path to this same value.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The product name: Electron's default folder name. */
export const PRODUCT_NAME = 'Venue Console';

/** The user-data folder for a platform, environment and home directory. */
export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: Record<string, string | undefined> = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), PRODUCT_NAME);
}
