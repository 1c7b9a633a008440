/**
 * The scanner window's handlers, and the console channel that opens it. The window itself is Electron's; these
 * handlers see only a small desk interface, so they run under plain Node in tests.
 */
import { fail } from '../../../shared/errors';
import type { ScannerContext, ScannerContract } from '../../../shared/ipc/scanner-contract';
import type { Display } from '../../../shared/display/display-settings';
import type { Venue } from '../../../shared/venue/venue';
import type { DeskSettings } from '../../../shared/health-code/scan-result';
import type { VerdictCounts } from '../../../shared/health-code/desk-verdict';
import type { ScanResult } from '../../../services/scanner/scan-service';
import type { Handlers, HandlersFor } from '../ipc/dispatch';

/** The open scanner window, as its handlers see it. */
export interface ScannerDesk {
  /** The venue this desk serves, or null before one is chosen. */
  context: () => ScannerContext | null;
  /** Closes the scanner window. */
  close: () => void;
}

/** The desk's services, as the scanner's handlers use them (services/scanner, services/desk-log). */
export interface DeskServices {
  scans: { scan: (text: string, venueId: string) => ScanResult; prepare: () => void };
  deskLog: { todayCounts: (venueId: string | null) => VerdictCounts };
  deskSettings: { get: () => DeskSettings; update: (s: DeskSettings) => DeskSettings };
  kioskPin: { isSet: () => boolean; check: (pin: string) => boolean; set: (pin: string, current?: string) => void };
  /** Whether an authority root is pinned (without one every pass is CANNOT VERIFY). */
  rootPinned: () => boolean;
  /** The console's display settings: the desk shows its words and colours the same way. */
  display: () => Display;
}

/** Opens (or re-targets) the scanner window for a venue: Electron in the app, a recorder in tests. */
export interface ScannerLauncher {
  open: (context: ScannerContext) => void;
}

/** The desk services of an open data folder, as the scanner's handlers use them. */
export function deskServicesOf(folder: {
  desk: { scans: DeskServices['scans']; deskLog: DeskServices['deskLog']; deskSettings: DeskServices['deskSettings']; kioskPin: DeskServices['kioskPin'] };
  authorityTrust: { pinnedRoot: () => unknown };
  settings: { display: () => Display };
}): DeskServices {
  const { scans, deskLog, deskSettings, kioskPin } = folder.desk;
  return { scans, deskLog, deskSettings, kioskPin, rootPinned: () => folder.authorityTrust.pinnedRoot() !== null, display: () => folder.settings.display() };
}

/** The scanner window's handlers. */
export function scannerHandlers(desk: ScannerDesk, services: DeskServices): HandlersFor<ScannerContract> {
  const context = (): ScannerContext =>
    desk.context() ??
    fail('not-found', 'This scanner has no venue yet. Open it from a venue page in the console.', '此掃描器尚未指定場所。請在管理台的場所頁面開啟。');
  return {
    getScannerContext: context,
    closeScanner: ({ pin }) => {
      // A kiosk with a PIN stays until the PIN is given (a wrong one is counted: 5 in a row lock it for 30 s).
      if (desk.context()?.kiosk === true && services.kioskPin.isSet() && !services.kioskPin.check(pin ?? '')) return { closed: false };
      desk.close();
      return { closed: true };
    },
    setKioskPin: ({ pin, current }) => {
      services.kioskPin.set(pin, current);
      return { set: true };
    },
    // The venue is the desk's own (set by the console), never one the page names.
    scanPass: ({ text }) => services.scans.scan(text, context().venue.id),
    getDeskStatus: () => {
      try {
        services.scans.prepare(); // the desk key unsealed now, not on the first visitor's scan
      } catch {
        // a key that cannot be unsealed is reported by the first scan, with its reason
      }
      return {
        today: services.deskLog.todayCounts(context().venue.id),
        rootPinned: services.rootPinned(),
        settings: services.deskSettings.get(),
        kioskPinSet: services.kioskPin.isSet(),
        display: services.display(),
      };
    },
    updateDeskSettings: (settings) => services.deskSettings.update(settings),
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
      deps.launcher.open({ venue: { id: venue.id, nameEn: venue.nameEn, nameZh: venue.nameZh }, operatorName: deps.settings.get().operatorName, kiosk: false });
      return { opened: true };
    },
  };
}
