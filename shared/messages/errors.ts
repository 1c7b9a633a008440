/** Words for each error code, for an error that arrives without words of its own in a language. */
import type { AppError, ErrorCode, FieldIssue } from '../errors';
import type { Bi } from './bi';

/** A general sentence per error code, in both languages. */
export const ERROR_TEXT: Readonly<Record<ErrorCode, Bi>> = {
  validation: { en: 'Some fields need attention.', zh: '部分欄位需要修正。' },
  'not-found': { en: 'The record was not found.', zh: '找不到所需的紀錄。' },
  duplicate: { en: 'The same record already exists.', zh: '已有相同的紀錄。' },
  conflict: { en: 'This conflicts with existing data.', zh: '此操作與現有資料衝突。' },
  'db-newer-version': { en: 'The database was made by a newer version of the app.', zh: '資料庫由較新版本的程式建立。' },
  'db-locked': { en: 'Another program is using the database.', zh: '資料庫正由另一個程式使用。' },
  'db-corrupt': { en: 'The database is damaged.', zh: '資料庫已損壞。' },
  'key-missing': { en: 'There is no signing key yet.', zh: '尚未建立簽署密鑰。' },
  'key-locked': { en: 'The signing key could not be unlocked.', zh: '無法解鎖簽署密鑰。' },
  io: { en: 'A file could not be read or written.', zh: '讀寫檔案時發生錯誤。' },
  'output-refused': { en: 'Nothing can be saved in this place; no file was written.', zh: '此位置不能用來儲存；沒有寫入任何檔案。' },
  cancelled: { en: 'Cancelled.', zh: '已取消。' },
  'feed-refused': { en: 'The notices feed was refused; the last verified notices are kept.', zh: '通告資料已被拒絕；保留上次經核實的通告。' },
  network: { en: 'The notices feed could not be fetched; the last verified notices are kept.', zh: '無法下載通告資料；保留上次經核實的通告。' },
  internal: { en: 'Something went wrong; try again.', zh: '發生錯誤，請再試一次。' },
};

/** An error's message in both languages: its own words, or its code's sentence where it has none. */
export function errorText(error: AppError): Bi {
  const fallback = ERROR_TEXT[error.code] ?? ERROR_TEXT.internal;
  return { en: error.message || fallback.en, zh: error.messageZh ?? fallback.zh };
}

/**
 * Whether trying the same call again can succeed: a passing trouble (another program holds the database, a file
 * or the disk was busy, a batch was running, something unexpected), not input that is wrong, a record that is
 * not there or a state only the operator can change elsewhere. "Try again" is offered only for these.
 */
const RETRY_HELPS: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['conflict', 'db-locked', 'io', 'internal']);

/** Whether a "Try again" button can help after an error with this code. */
export function retryHelps(code: ErrorCode): boolean {
  return RETRY_HELPS.has(code);
}

/** The `validation` error for field-level issues: the general sentence in both languages plus each field's words. */
export function fieldsError(fields: FieldIssue[]): AppError {
  return { code: 'validation', message: ERROR_TEXT.validation.en, messageZh: ERROR_TEXT.validation.zh, fields };
}
