/** The APIs the preloads expose to the pages: `window.venueConsole` and `window.venueScanner`, typed over each contract. */
import { CONSOLE_NAMES } from './console-channels';
import type { ConsoleContract } from './console-contract';
import type { WindowApi } from './define-contract';
import type { ScannerContract } from './scanner-contract';
import { createWindowApi, type Invoke, type Subscribe } from './window-names';

export type { BridgeResult } from './bridge-result';

/** The console page's API. */
export type VenueConsoleApi = WindowApi<ConsoleContract>;
/** The scanner page's API. */
export type VenueScannerApi = WindowApi<ScannerContract>;

const noEvents: Subscribe = () => () => undefined;

/** Builds the console API over a transport (`ipcRenderer` in the app, a Playwright binding in UI tests). */
export function createBridge(invoke: Invoke, subscribe: Subscribe = noEvents): VenueConsoleApi {
  return createWindowApi(CONSOLE_NAMES, invoke, subscribe) as unknown as VenueConsoleApi;
}
