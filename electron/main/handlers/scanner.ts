/**
 * The scanner window's handlers, and the console channel that opens it. The window itself is Electron's; these
 * handlers see only a small desk interface, so they run under plain Node in tests.
 */
import { fail } from '../../../shared/errors';
import type { ScannerContext, ScannerContract } from '../../../shared/ipc/scanner-contract';
import type { Venue } from '../../../shared/venue/venue';
import type { Handlers, HandlersFor } from '../ipc/dispatch';

/** The open scanner window, as its handlers see it. */
export interface ScannerDesk {
  /** The venue this desk serves, or null before one is chosen. */
  context: () => ScannerContext | null;
  /** Closes the scanner window. */
  close: () => void;
}

/** Opens (or re-targets) the scanner window for a venue: Electron in the app, a recorder in tests. */
export interface ScannerLauncher {
  open: (context: ScannerContext) => void;
}

/** The scanner window's handlers. */
export function scannerHandlers(desk: ScannerDesk): HandlersFor<ScannerContract> {
  return {
    getScannerContext: () =>
      desk.context() ??
      fail('not-found', 'This scanner has no venue yet. Open it from a venue page in the console.', '此掃描器尚未指定場所。請在管理台的場所頁面開啟。'),
    closeScanner: () => {
      desk.close();
      return { closed: true };
    },
  };
}

/** What opening a scanner needs. */
export interface ScannerLaunchDeps {
  venues: { require: (id: string) => Venue };
  settings: { get: () => { operatorName: string } };
  launcher: ScannerLauncher;
}

/** The console's `openScanner` channel: an active venue of this operator, then the launcher. */
export function scannerLaunchHandlers(deps: ScannerLaunchDeps): Pick<Handlers, 'openScanner'> {
  return {
    openScanner: ({ id }) => {
      const venue = deps.venues.require(id);
      if (venue.status !== 'active') {
        fail('conflict', `Venue ${venue.id} is deactivated; reactivate it to check visitors there.`, `場所 ${venue.id} 已停用；請先重新啟用才可在該處檢查訪客。`);
      }
      deps.launcher.open({ venue: { id: venue.id, nameEn: venue.nameEn, nameZh: venue.nameZh }, operatorName: deps.settings.get().operatorName });
      return { opened: true };
    },
  };
}
