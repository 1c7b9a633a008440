/** The Electron implementation of the platform interface: native save dialogs (parented to a window) and the shell. */
import { app, dialog, shell, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { Platform } from '../../../services/platform/platform';

/** Dialogs parented to `parent()` (the console window), starting in the Documents folder. */
export function electronPlatform(parent: () => BrowserWindow | null): Platform {
  return {
    chooseSavePath: async ({ title, defaultName, filters }) => {
      const options = { title, defaultPath: join(app.getPath('documents'), defaultName), filters };
      const win = parent();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    openPath: async (path) => (await shell.openPath(path)) === '',
  };
}
