/**
 * Facilities only a desktop shell has (file dialogs), behind a small interface: Electron implements it in
 * the app; tests and the browser harness use {@link folderPlatform}, which saves into a chosen folder.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** A file type offered in a save dialog. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Desktop facilities the handlers use. */
export interface Platform {
  /** Asks where to save a file; null when the person cancels. */
  chooseSavePath: (options: { title: string; defaultName: string; filters: FileFilter[] }) => Promise<string | null>;
  /** Opens a file the app wrote in the system's default application. */
  openPath: (path: string) => Promise<boolean>;
}

/**
 * A platform whose "save dialog" always answers `folder/defaultName` and whose "open" only records the
 * path (there is no desktop to open it on): for tests, the UI harness and scripted use.
 */
export function folderPlatform(folder: string): Platform & { opened: string[] } {
  const opened: string[] = [];
  return {
    opened,
    chooseSavePath: async ({ defaultName }) => join(folder, defaultName),
    openPath: async (path) => {
      opened.push(path);
      return existsSync(path);
    },
  };
}
