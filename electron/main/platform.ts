/**
 * Facilities only a desktop shell has (file dialogs), behind a small interface: Electron implements it in
 * the app; tests and the browser harness use {@link folderPlatform}, which saves into a chosen folder.
 */
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
}

/** A platform whose "save dialog" always answers `folder/defaultName`: for tests, the UI harness and scripted use. */
export function folderPlatform(folder: string): Platform {
  return { chooseSavePath: async ({ defaultName }) => join(folder, defaultName) };
}
