/**
 * One mapping from an unexpected error (a full disk, a missing folder, a folder where a file was meant, no
 * permission, a worker out of memory, a damaged database) to a clear message in English and Chinese. Used by
 * the CLI's last catch and by IPC dispatch for anything a service did not already turn into an AppFailure.
 * The message names the log file holding the details; it never carries a stack trace.
 */
import { AppFailure, type AppError, type ErrorCode } from '../../shared/errors';
import { toAppFailure } from '../db/db-failure';

/** A Node or SQLite error's code, if it has one. */
function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

/** The file a system error is about, if it says. */
function pathOf(error: unknown): string | null {
  const path = typeof error === 'object' && error !== null && 'path' in error ? (error as { path: unknown }).path : null;
  return typeof path === 'string' && path !== '' ? path : null;
}

interface Words {
  code: ErrorCode;
  en: string;
  zh: string;
}

/** The words for a known kind of failure, or null. */
function wordsFor(error: unknown): Words | null {
  const code = codeOf(error);
  const path = pathOf(error);
  const message = error instanceof Error ? error.message : String(error);
  const it = path ?? 'A file or folder';
  const itZh = path ?? '檔案或資料夾';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return {
        code: 'io',
        en: `The disk is full${path ? ` (writing ${path})` : ''}. Nothing more was written; free some space and try again.`,
        zh: `磁碟已滿${path ? `（寫入 ${path} 時）` : ''}。沒有再寫入任何資料；請騰出空間後再試。`,
      };
    case 'ENOENT':
    case 'ENOTDIR':
      return { code: 'io', en: `${it} does not exist. Check the name and that its folder exists.`, zh: `${itZh}不存在。請檢查名稱及其所在資料夾是否存在。` };
    case 'EISDIR':
      return { code: 'io', en: `${it} is a folder. Give the name of a file inside it.`, zh: `${itZh}是資料夾。請提供資料夾內的檔案名稱。` };
    case 'EACCES':
    case 'EPERM':
      return { code: 'io', en: `You do not have permission to use ${path ?? 'this file or folder'}. Choose another place or ask for access.`, zh: `你沒有權限使用${path ?? '此檔案或資料夾'}。請選擇其他位置或要求存取權限。` };
    case 'EROFS':
      return { code: 'io', en: `${it} is on a read-only disk. Choose another place.`, zh: `${itZh}位於唯讀磁碟。請選擇其他位置。` };
    case 'EMFILE':
    case 'ENFILE':
      return { code: 'io', en: 'Too many files are open. Close some programs and try again.', zh: '開啟的檔案太多。請關閉部分程式後再試。' };
    case 'ERR_WORKER_OUT_OF_MEMORY':
      return outOfMemory;
    default:
      break;
  }
  if (/reaching memory limit|heap out of memory/i.test(message)) return outOfMemory;
  if (code === 'SQLITE_FULL') return wordsFor({ code: 'ENOSPC' });
  if (code === 'SQLITE_IOERR' || code.startsWith('SQLITE_IOERR_')) {
    return { code: 'io', en: 'The database could not be read or written (a disk error). Check the disk and try again.', zh: '無法讀寫資料庫（磁碟錯誤）。請檢查磁碟後再試。' };
  }
  return null;
}

const outOfMemory: Words = {
  code: 'internal',
  en: 'The work ran out of memory and stopped; nothing was written. Split the input into smaller parts and run them one by one.',
  zh: '工作因記憶體不足而停止；沒有寫入任何資料。請把輸入分拆成較小的部分，逐一執行。',
};

/**
 * A clear, bilingual AppError for any thrown value. An AppFailure passes through unchanged; anything else is
 * described by its kind (a damaged database as on open, naming `databaseFile` and its backups), with `logPath` (where its details were written; null if nowhere) named at the end.
 */
export function describeUnexpectedError(error: unknown, logPath: string | null, databaseFile?: string): AppError {
  if (error instanceof AppFailure) return error.appError;
  // A damaged database found in the middle of some work gets the same refusal as on open (names the backups).
  const corrupt = toAppFailure(error, databaseFile)?.appError;
  if (corrupt) {
    return logPath ? { ...corrupt, message: `${corrupt.message} Details are in ${logPath}.`, messageZh: `${corrupt.messageZh ?? ''}詳情見 ${logPath}。` } : corrupt;
  }
  const words = wordsFor(error) ?? {
    code: 'internal' as const,
    en: 'Something unexpected went wrong; nothing more was done. Try again; if it happens again, contact your support.',
    zh: '發生意外錯誤；沒有再執行任何操作。請再試一次；如再發生，請聯絡支援人員。',
  };
  return {
    code: words.code,
    message: logPath ? `${words.en} Details are in ${logPath}.` : words.en,
    messageZh: logPath ? `${words.zh}詳情見 ${logPath}。` : words.zh,
  };
}
