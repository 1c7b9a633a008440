/**
 * Electron composition root: opens the services on the user-data folder, hardens the session, creates
 * the window, and registers IPC. Everything else lives in services and handlers that run under plain Node.
 */
import { app, BrowserWindow, dialog, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppFailure } from '../../shared/errors';
import { createHandlers } from './handlers';
import { senderPolicyFor } from './ipc/dispatch';
import { registerIpc } from './ipc/register';
import type { Platform } from '../../services/platform/platform';
import { safeStorageSealer } from './safe-storage-sealer';
import { hardenSession, lockNavigation, secureWebPreferences } from './security';
import { ConsoleServices } from '../../services/open-console';
import { permissionsNotice } from '../../services/files/private-files';
import { appendErrorLog } from '../../services/errors/error-log';
import { defaultUserDataDir } from '../../services/paths/user-data-dir';

const appRoot = app.getAppPath();
const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(appRoot, 'resources');
// The dev server URL is honoured only when running from source: a packaged app always loads its own files.
const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const rendererUrl = devUrl ?? pathToFileURL(join(appRoot, 'out', 'renderer', 'console', 'index.html')).href;
// In development (npm start), better-sqlite3 is built for Node; scripts/electron-native.mjs keeps an Electron build beside it.
const electronBinding = join(appRoot, '.electron-native', 'better_sqlite3.node');

app.setPath('userData', defaultUserDataDir());

function electronPlatform(win: BrowserWindow): Platform {
  return {
    chooseSavePath: async ({ title, defaultName, filters }) => {
      const result = await dialog.showSaveDialog(win, { title, defaultPath: join(app.getPath('documents'), defaultName), filters });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    openPath: async (path) => (await shell.openPath(path)) === '',
  };
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Venue Console',
    show: false,
    webPreferences: secureWebPreferences(join(appRoot, 'out', 'preload', 'console.cjs')),
  });
  lockNavigation(win, rendererUrl);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(rendererUrl);
  return win;
}

async function start(): Promise<void> {
  let services: ConsoleServices;
  try {
    services = new ConsoleServices({
      dataDir: app.getPath('userData'),
      resourcesDir,
      sealer: safeStorageSealer,
      batchWorkerPath: join(appRoot, 'out', 'main', 'batch-worker.js'),
      dailyBackups: true, // the first start of each HK day checks the whole file, then backs it up (below)
      ...(!app.isPackaged && existsSync(electronBinding) ? { nativeBinding: electronBinding } : {}),
    });
  } catch (error) {
    const message = error instanceof AppFailure ? `${error.appError.message}\n\n${error.appError.messageZh ?? ''}` : String(error);
    dialog.showErrorBox('Venue Console cannot open its database 無法開啟資料庫', message);
    app.exit(1);
    return;
  }
  // Said once, in the app's log: the next start finds them tight already.
  if (services.permissionsTightened.length > 0) console.warn(`[permissions] ${permissionsNotice(services.permissionsTightened)}`);
  try {
    services.keys.ensure();
  } catch (error) {
    // The window still opens; the overview shows that no key exists and why.
    console.error('[keys]', error instanceof AppFailure ? error.appError.message : error);
  }
  // Today's backup, page by page between other work; a failure (a full disk) is logged, the app carries on.
  void services.dailyBackup().catch((error: unknown) => appendErrorLog(services.dataDir, 'daily backup', error));
  hardenSession(session.defaultSession, new Set(), !devUrl);
  const win = createWindow();
  const dataDir = services.dataDir;
  const unregister = registerIpc(createHandlers(services, electronPlatform(win)), senderPolicyFor(rendererUrl), (context, error) =>
    appendErrorLog(dataDir, context, error),
  );
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting) return;
    // A running batch is cancelled first (its threads stopped, its temp files deleted), then the app quits.
    event.preventDefault();
    quitting = true;
    void services.batches.cancelCurrent().finally(() => app.quit());
  });
  app.on('will-quit', () => {
    unregister();
    services.close();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => {
    // Every web contents, not only the main window: no new windows, no navigation away from the app page.
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (url.split('#')[0] !== rendererUrl.split('#')[0]) event.preventDefault();
    });
    contents.on('will-frame-navigate', (event) => {
      if (!event.isMainFrame) event.preventDefault();
    });
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}
