/**
 * The one check every file the console or the CLI writes for a person passes first. A target is refused —
 * before anything is written — when, after following symlinks, it is one of the console's own files (the
 * database and its -wal/-shm/-journal, backups, log), a folder, a device, FIFO or socket, a /proc, /sys or
 * /dev path, an input of the same command, or the same file as another output of that command. A missing
 * folder is refused with a clear message too. The atomic writers accept only an {@link OutputTarget}.
 */
import { lstatSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { AppFailure } from '../../shared/errors';

declare const checkedOutput: unique symbol;

/** An absolute path that passed {@link checkOutputTarget}: the only kind of path the atomic writers accept. */
export type OutputTarget = string & { readonly [checkedOutput]: true };

/** What a target is checked against. */
export interface OutputCheck {
  /** The console's data folder (database, backups, log). */
  dataDir: string;
  /** Files the same command reads (e.g. the batch `--csv`). */
  inputs?: readonly string[];
  /** The command's other outputs, which must be other files. */
  otherOutputs?: readonly string[];
}

/** Every file directly in the data folder whose name starts with this is the console's own (database, log…). */
export const OWNED_NAME_PREFIX = 'venue-console';

/** The data folder's backups folder: it and everything in it belong to the console. */
export const BACKUPS_FOLDER = 'backups';

const MAX_LINKS = 40;
const foldsCase = process.platform === 'win32' || process.platform === 'darwin';
const same = (a: string, b: string) => (foldsCase ? a.toLowerCase() === b.toLowerCase() : a === b);

function refuse(message: string, messageZh: string): never {
  throw new AppFailure({ code: 'output-refused', message, messageZh });
}

const errnoOf = (error: unknown) => (typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : 'error');

/** Whether `path` is a device, pseudo-file system or (on Windows) a reserved device name rather than a place for a file. */
function isSystemPath(path: string): boolean {
  if (process.platform === 'win32') {
    return /^\\\\[.?]\\/.test(path) || /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i.test(basename(path).replace(/[. ]+$/, ''));
  }
  return ['/proc', '/sys', '/dev'].some((root) => path === root || path.startsWith(`${root}/`));
}

function refuseSystem(shown: string): never {
  refuse(
    `${shown} is a device or system file, not a file to save into. Nothing was written; choose a file in one of your folders.`,
    `「${shown}」是裝置或系統檔案，不能用來儲存。沒有寫入任何檔案；請選擇你資料夾中的檔案。`,
  );
}

/** The real path of the folder a file goes into; refuses a missing folder, a file used as a folder, or one that cannot be opened. */
function realFolder(folder: string, shown: string): string {
  let real: string;
  try {
    real = realpathSync.native(folder);
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'ENOENT') {
      refuse(
        `The folder ${folder} does not exist (for ${shown}). Nothing was written; create the folder first or choose another one.`,
        `資料夾「${folder}」不存在（用於「${shown}」）。沒有寫入任何檔案；請先建立該資料夾或選擇其他資料夾。`,
      );
    }
    if (code === 'ENOTDIR') refuse(`${folder} is a file, not a folder (for ${shown}). Nothing was written.`, `「${folder}」是檔案而不是資料夾（用於「${shown}」）。沒有寫入任何檔案。`);
    if (code === 'ELOOP') refuseLoop(shown, code);
    refuse(`The folder ${folder} cannot be opened (${code}). Nothing was written.`, `無法開啟資料夾「${folder}」（${code}）。沒有寫入任何檔案。`);
  }
  if (!statSync(real).isDirectory()) refuse(`${folder} is a file, not a folder (for ${shown}). Nothing was written.`, `「${folder}」是檔案而不是資料夾（用於「${shown}」）。沒有寫入任何檔案。`);
  return real;
}

function refuseLoop(shown: string, code: string): never {
  refuse(`${shown} is a link that cannot be followed (${code}). Nothing was written.`, `「${shown}」是無法解析的連結（${code}）。沒有寫入任何檔案。`);
}

/**
 * Where writing `target` would end up: symlinks followed one by one (the folder of each step through
 * realpath), so a link to a file that does not exist yet still leads to where that file would be.
 */
function locate(target: string): { path: string; stats: Stats | null } {
  let current = resolve(target);
  for (let hop = 0; hop <= MAX_LINKS; hop++) {
    if (isSystemPath(current)) refuseSystem(target);
    const folder = realFolder(dirname(current), target);
    const path = basename(current) ? join(folder, basename(current)) : folder;
    if (isSystemPath(path)) refuseSystem(target);
    let stats: Stats;
    try {
      stats = lstatSync(path);
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return { path, stats: null };
      refuse(`${target} cannot be checked (${errnoOf(error)}). Nothing was written.`, `無法檢查「${target}」（${errnoOf(error)}）。沒有寫入任何檔案。`);
    }
    if (!stats.isSymbolicLink()) return { path, stats };
    current = resolve(folder, readlinkSync(path));
  }
  refuseLoop(target, 'ELOOP');
}

/** The data folder as it really is on disk (or as given, when it does not exist yet). */
function realDataDir(dataDir: string): string {
  try {
    return realpathSync.native(dataDir);
  } catch {
    return resolve(dataDir);
  }
}

/** Whether `path` (already resolved) is the console's own: a `venue-console…` file in the data folder, or the backups folder or anything in it. */
export function isOwnedByConsole(path: string, dataDir: string): boolean {
  const root = realDataDir(dataDir);
  const rel = relative(foldsCase ? root.toLowerCase() : root, foldsCase ? path.toLowerCase() : path);
  if (rel === '') return true;
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return false;
  const [first = '', ...rest] = rel.split(sep);
  const name = first.toLowerCase();
  if (name === BACKUPS_FOLDER) return true;
  return rest.length === 0 && (name.startsWith(OWNED_NAME_PREFIX) || name.startsWith(`.${OWNED_NAME_PREFIX}`));
}

/** Whether two located files are one: the same resolved path, or (both existing) the same inode. */
function sameFile(a: { path: string; stats: Stats | null }, b: { path: string; stats: Stats | null }): boolean {
  if (same(a.path, b.path)) return true;
  return Boolean(a.stats && b.stats && a.stats.dev === b.stats.dev && a.stats.ino === b.stats.ino);
}

/** Locates another file of the command for comparison; one that cannot be located cannot be the same file. */
function locateQuietly(path: string): { path: string; stats: Stats | null } | null {
  try {
    return locate(path);
  } catch {
    return null;
  }
}

/**
 * Checks a path a person chose for a file the console writes. Returns it, absolute, as an {@link OutputTarget};
 * throws an `output-refused` {@link AppFailure} (English and Chinese) when it must not be written.
 */
export function checkOutputTarget(target: string, check: OutputCheck): OutputTarget {
  if (!target) refuse('No output file was given. Nothing was written.', '未有提供輸出檔案。沒有寫入任何檔案。');
  const absolute = resolve(target);
  const found = locate(target);
  const shown = same(found.path, absolute) ? target : `${target} (which leads to ${found.path})`;
  const shownZh = same(found.path, absolute) ? target : `${target}（指向 ${found.path}）`;
  if (/[\\/]$/.test(target) || found.stats?.isDirectory()) {
    refuse(
      `${shown} is a folder. Nothing was written; give the name of a file inside it.`,
      `「${shownZh}」是資料夾。沒有寫入任何檔案；請提供資料夾內的檔案名稱。`,
    );
  }
  if (isOwnedByConsole(found.path, check.dataDir)) {
    refuse(
      `${shown} is one of the console's own files (its database, backups or log in ${check.dataDir}); writing it would destroy them. Nothing was written; choose another name or folder.`,
      `「${shownZh}」是本程式自己的檔案（位於 ${check.dataDir} 的資料庫、備份或記錄），寫入會將其毀掉。沒有寫入任何檔案；請選擇其他名稱或資料夾。`,
    );
  }
  if (found.stats && !found.stats.isFile()) refuseSystem(shown);
  for (const input of check.inputs ?? []) {
    const other = locateQuietly(input);
    if (other && sameFile(found, other)) {
      refuse(
        `${shown} is also an input of this command (${input}). Nothing was written; write the output to another file.`,
        `「${shownZh}」同時是此指令的輸入檔案（${input}）。沒有寫入任何檔案；請把輸出寫到另一個檔案。`,
      );
    }
  }
  for (const output of check.otherOutputs ?? []) {
    const other = locateQuietly(output);
    if (other && sameFile(found, other)) {
      refuse(
        `${shown} and ${output} are the same file; each output needs a file of its own. Nothing was written.`,
        `「${shownZh}」與「${output}」是同一個檔案；每個輸出都需要各自的檔案。沒有寫入任何檔案。`,
      );
    }
  }
  return absolute as OutputTarget;
}

/** Checks all the outputs of one command together: each as {@link checkOutputTarget}, and no two the same file. */
export function checkOutputTargets(targets: readonly string[], check: Omit<OutputCheck, 'otherOutputs'>): OutputTarget[] {
  return targets.map((target, i) => checkOutputTarget(target, { ...check, otherOutputs: targets.slice(0, i) }));
}
