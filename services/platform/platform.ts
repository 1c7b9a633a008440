/**
 * Facilities only a desktop shell has (file dialogs), behind a small interface: Electron implements it in
 * the app; tests and the browser harness use {@link folderPlatform}, which saves into a chosen folder.
 */
import { existsSync, readFileSync } from 'node:fs';
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
  /** Asks which existing file to open (one file); null when the person cancels. */
  chooseOpenPath: (options: { title: string; filters: FileFilter[] }) => Promise<string | null>;
  /** Opens a file the app wrote in the system's default application. */
  openPath: (path: string) => Promise<boolean>;
  /** Shows a file the app wrote, selected, in the system's file manager. */
  showInFolder: (path: string) => Promise<boolean>;
  /**
   * Prints a PDF the app wrote through the system's print dialog; resolves when the dialog is done, true if
   * it printed. The file may be deleted as soon as it resolves.
   */
  printPdf: (path: string) => Promise<boolean>;
}

/** A PDF {@link folderPlatform} was asked to print: its path and its bytes at that moment (the file is temporary). */
export interface PrintedFile {
  path: string;
  bytes: Buffer;
}

/**
 * A platform whose "save dialog" always answers `folder/defaultName` and whose "open" only records the
 * path (there is no desktop to open it on): for tests, the UI harness and scripted use.
 */
export function folderPlatform(folder: string): Platform & {
  opened: string[];
  shown: string[];
  printed: PrintedFile[];
  /** What the "open dialog" answers next (a path, or null for Cancel); tests set it. */
  openAnswer: string | null;
} {
  const opened: string[] = [];
  const shown: string[] = [];
  const printed: PrintedFile[] = [];
  return {
    opened,
    shown,
    printed,
    chooseSavePath: async ({ defaultName }) => join(folder, defaultName),
    openAnswer: null,
    async chooseOpenPath() {
      return this.openAnswer;
    },
    openPath: async (path) => {
      opened.push(path);
      return existsSync(path);
    },
    showInFolder: async (path) => {
      shown.push(path);
      return existsSync(path);
    },
    printPdf: async (path) => {
      printed.push({ path, bytes: readFileSync(path) });
      return true;
    },
  };
}
