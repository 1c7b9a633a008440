/** The console window: the operator's app. No camera, no WebAssembly, only the console's channels. */
import { consoleContract, type ConsoleContract } from '../../../shared/ipc/console-contract';
import { CONSOLE_CSP } from '../security';
import type { WindowSpec } from './window-spec';

/** The console window's declaration. */
export const consoleWindow: WindowSpec<ConsoleContract> = {
  contract: consoleContract,
  host: { host: 'console', page: 'console/index.html', assetDirs: ['assets'] },
  preload: 'console.cjs',
  partition: 'persist:console',
  permissions: new Set(),
  csp: CONSOLE_CSP,
  title: 'Venue Console',
  size: { width: 1280, height: 860, minWidth: 720, minHeight: 500 },
};
