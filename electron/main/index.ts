/**
 * Electron composition root: opens the services on the user-data folder, registers the app:// scheme, and
 * opens the console window (and, on request, the scanner window), each with its own contract, session,
 * permissions and CSP. Everything else lives in services and handlers that run under plain Node.
 */
import { app, BrowserWindow, dialog, powerSaveBlocker, protocol } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../../shared/errors';
import type { ScannerContext } from '../../shared/ipc/scanner-contract';
import { appendErrorLog } from '../../services/errors/error-log';
import { createJob } from '../../services/jobs/background-job';
import { permissionsNotice } from '../../services/files/private-files';
import { openDataFolder, type DataFolder } from '../../services/open-data-folder';
import { defaultUserDataDir } from '../../services/paths/user-data-dir';
import { createHandlers } from './handlers';
import { kioskVenueFromArgv } from './kiosk-option';
import { deskServicesOf, scannerHandlers, type ScannerLauncher } from './handlers/scanner';
import { electronNotifier } from './platform/electron-notifier';
import { electronPlatform } from './platform/electron-platform';
import { safeStorageSealer } from './platform/safe-storage-sealer';
import { openAppWindow, type AppLocations, type AppWindow } from './windows/app-window';
import { APP_SCHEME } from './windows/app-url';
import { consoleWindow } from './windows/console-window';
import { lockNavigation } from './windows/navigation-lock';
import { scannerWindow } from './windows/scanner-window';
import type { ScannerContract } from '../../shared/ipc/scanner-contract';
import type { ConsoleContract } from '../../shared/ipc/console-contract';

const appRoot = app.getAppPath();
const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(appRoot, 'resources');
// The dev server URL is honoured only when running from source: a packaged app always loads its own files.
const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const locations: AppLocations = {
  rendererDir: join(appRoot, 'out', 'renderer'),
  preloadDir: join(appRoot, 'out', 'preload'),
  ...(devUrl ? { devUrl } : {}),
};
// In development (npm start), better-sqlite3 is built for Node; scripts/electron-native.mjs keeps an Electron build beside it.
const electronBinding = join(appRoot, '.electron-native', 'better_sqlite3.node');

app.setPath('userData', defaultUserDataDir());
// Security checklist item 18: pages come from a privileged custom scheme that serves only the built files.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let consoleWin: AppWindow<ConsoleContract> | null = null;

async function start(): Promise<void> {
  let services: DataFolder;
  try {
    services = openDataFolder({
      dataDir: app.getPath('userData'),
      resourcesDir,
      sealer: safeStorageSealer,
      threadsDir: join(appRoot, 'out', 'main'), // the built worker threads (services/threads/thread-entries.ts)
      dailyBackups: true, // the first backup of each HK day checks the whole file first (the job below)
      // The authority's notices: desktop alerts, the page's badge, and a clicked alert opening its notice.
      noticeNotifier: electronNotifier(),
      onNoticesChange: (unread) => void consoleWin?.events.emit('notices-changed', { unread }),
      onNoticeAlertClick: (id) => {
        const win = consoleWin?.win;
        if (!win || win.isDestroyed()) return;
        if (win.isMinimized()) win.restore();
        win.show();
        win.focus();
        void consoleWin?.events.emit('navigate', { hash: `#/notices/${encodeURIComponent(id)}` });
      },
      ...(!app.isPackaged && existsSync(electronBinding) ? { nativeBinding: electronBinding } : {}),
    });
  } catch (error) {
    const message = error instanceof AppFailure ? `${error.appError.message}\n\n${error.appError.messageZh ?? ''}` : String(error);
    dialog.showErrorBox('Venue Console cannot open its database 無法開啟資料庫', message);
    app.exit(1);
    return;
  }
  const dataDir = services.dataDir;
  const logError = (context: string, error: unknown) => appendErrorLog(dataDir, context, error);
  // Said once, in the app's log: the next start finds them tight already.
  if (services.permissionsTightened.length > 0) console.warn(`[permissions] ${permissionsNotice(services.permissionsTightened)}`);
  // No key is created here (issue 10): the console's setup page and its missing-key notices offer
  // "Create signing key" (channel createSigningKey); the CLI keeps `keys init`.
  // Today's backup, page by page between other work; a failure (a full disk) is logged, the app carries on.
  // A kiosk runs for days: the job looks every hour and takes a backup once per HK day (the last 7 kept).
  const jobs = [
    createJob({ name: 'daily-backup', intervalMs: 60 * 60 * 1000, run: () => services.backups.daily().then(() => undefined), onError: (error) => logError('daily backup', error) }),
    // The desk log keeps scans 31 days: erased at start and every hour.
    createJob({ name: 'desk-log-erase', intervalMs: 60 * 60 * 1000, run: () => void services.desk.deskLog.erase(), onError: (error) => logError('desk log erasure', error) }),
    // The notices feed is polled (every pollMinutes, while an address is set) and expired notices erased hourly.
    { start: () => services.noticeJobs.start(), stop: () => services.noticeJobs.stop() },
  ];
  for (const job of jobs) job.start();

  // One scanner window at a time: opening it for another venue re-targets the open one. A kiosk scanner
  // (`--scanner-kiosk=VENUE_ID`) is the only window: full screen, the display kept awake, and closing it — by its
  // button or the window manager — needs the kiosk PIN (the page asks; closeScanner checks).
  let scanner: AppWindow<ScannerContract> | null = null;
  let scannerContext: ScannerContext | null = null;
  let unlocked = false;
  const launcher: ScannerLauncher = {
    open: (context) => {
      scannerContext = context;
      if (scanner && !scanner.win.isDestroyed()) {
        scanner.events.emit('context-changed', context);
        scanner.win.show();
        scanner.win.focus();
        return;
      }
      const close = () => {
        unlocked = true;
        scanner?.win.close();
      };
      const opened = openAppWindow(scannerWindow, scannerHandlers({ context: () => scannerContext, close }, deskServicesOf(services)), locations, logError, { kiosk: context.kiosk });
      scanner = opened;
      if (context.kiosk) {
        const blocker = powerSaveBlocker.start('prevent-display-sleep');
        opened.win.on('close', (event) => {
          if (!unlocked && services.desk.kioskPin.isSet()) event.preventDefault();
        });
        opened.win.once('closed', () => powerSaveBlocker.stop(blocker));
      }
      opened.win.once('closed', () => {
        scanner = null;
        unlocked = false;
      });
    },
  };

  const kioskVenue = kioskVenueFromArgv(process.argv);
  const kiosk = kioskVenue ? services.venues.get(kioskVenue) : null;
  if (kioskVenue && (!kiosk || kiosk.status !== 'active')) {
    dialog.showErrorBox('Kiosk scanner 資訊亭掃描器', `There is no active venue ${kioskVenue} in this data folder: opening the console instead.\n此資料夾中沒有使用中的場所 ${kioskVenue}，改為開啟管理台。`);
  }
  if (kiosk && kiosk.status === 'active') {
    launcher.open({ venue: { id: kiosk.id, nameEn: kiosk.nameEn, nameZh: kiosk.nameZh }, operatorName: services.settings.get().operatorName, kiosk: true });
  } else {
    consoleWin = openAppWindow(consoleWindow, createHandlers({ ...services, platform: electronPlatform(() => consoleWin?.win ?? null), launcher }), locations, logError);
  }
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting) return;
    // A running batch is cancelled first (its threads stopped, its temp files deleted), then the app quits.
    event.preventDefault();
    quitting = true;
    void Promise.allSettled([services.batches.cancelCurrent(), ...jobs.map((job) => job.stop())]).finally(() => app.quit());
  });
  app.on('will-quit', () => services.close());
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = consoleWin?.win ?? BrowserWindow.getAllWindows()[0];
    if (win && !win.isDestroyed()) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  // Every web contents, not only our windows: no new windows, no navigation away from its own page.
  app.on('web-contents-created', (_event, contents) => lockNavigation(contents));
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}
