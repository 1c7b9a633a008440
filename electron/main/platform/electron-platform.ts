/** The Electron implementation of the platform interface: native save dialogs (parented to a window), the shell, and printing a PDF. */
import { app, BrowserWindow, dialog, shell } from 'electron';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Platform } from '../../../services/platform/platform';
import { allowPage } from '../windows/navigation-lock';

/** The partition of the hidden print windows: in memory, shared with no page. */
const PRINT_PARTITION = 'print-pdf';

/**
 * Prints a PDF through Chromium's own PDF viewer in a hidden, sandboxed window (no preload, its own in-memory
 * session, navigation locked to the file), with the system print dialog; resolves when the dialog is done.
 */
async function printPdfFile(path: string, parent: BrowserWindow | null): Promise<boolean> {
  const win = new BrowserWindow({
    show: false,
    ...(parent ? { parent } : {}),
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      plugins: true, // Chromium's PDF viewer
      partition: PRINT_PARTITION,
      spellcheck: false,
    },
  });
  const url = pathToFileURL(path).href;
  allowPage(win.webContents, url);
  try {
    await win.loadURL(url);
    // The viewer lays the pages out after the frame has loaded.
    await new Promise((resolve) => setTimeout(resolve, 500));
    return await new Promise<boolean>((resolve) => {
      win.webContents.print({ silent: false, printBackground: true }, (success) => resolve(success));
    });
  } finally {
    if (!win.isDestroyed()) win.destroy();
  }
}

/** Dialogs parented to `parent()` (the console window), starting in the folder used last (else Documents). */
export function electronPlatform(parent: () => BrowserWindow | null): Platform {
  let lastFolder: string | null = null;
  return {
    chooseSavePath: async ({ title, defaultName, filters }) => {
      const options = { title, defaultPath: join(lastFolder ?? app.getPath('documents'), defaultName), filters };
      const win = parent();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      lastFolder = dirname(result.filePath);
      return result.filePath;
    },
    chooseOpenPath: async ({ title, filters }) => {
      const options = { title, filters, properties: ['openFile' as const] };
      const win = parent();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    openPath: async (path) => (await shell.openPath(path)) === '',
    showInFolder: async (path) => {
      shell.showItemInFolder(path);
      return true;
    },
    printPdf: (path) => printPdfFile(path, parent()),
  };
}
