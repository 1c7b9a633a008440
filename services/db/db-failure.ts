/**
 * The `db-corrupt` refusal: one bilingual message, whether the damage is found on open (an empty file, a
 * bad header, a failed check) or later, when SQLite reports SQLITE_CORRUPT or SQLITE_NOTADB in the middle of
 * some work. It says the file was left alone and what to do: restore the newest daily backup from the
 * backups folder (named), or move the file away to start afresh.
 */
import { dirname, join } from 'node:path';
import { AppFailure } from '../../shared/errors';
import { BACKUPS_FOLDER } from '../files/output-target';

/** Why a database file cannot be used. */
export type DamageReason = 'empty' | 'not-a-file' | 'not-sqlite' | 'bad-header' | 'truncated' | 'damaged';

const REASONS: Record<DamageReason, { en: string; zh: string }> = {
  empty: { en: 'the file is empty (0 bytes), so it holds no venues and no signing key', zh: '檔案是空的（0 位元組），當中沒有任何場所或簽署密鑰' },
  'not-a-file': { en: 'it is not a regular file', zh: '它不是一般檔案' },
  'not-sqlite': { en: 'it is not an SQLite database', zh: '它不是 SQLite 資料庫' },
  'bad-header': { en: 'its header is damaged', zh: '其檔案標頭已損壞' },
  truncated: { en: 'it is shorter than its header says: the end of the file is missing', zh: '檔案比其標頭所記載的短：結尾部分已遺失' },
  damaged: { en: 'it is damaged', zh: '檔案已損壞' },
};

/** A Node or SQLite error's `code`, or ''. */
export function sqliteCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

/** Whether SQLite reported a damaged file (SQLITE_CORRUPT, any SQLITE_CORRUPT_*, or SQLITE_NOTADB). */
export function isCorruptionError(error: unknown): boolean {
  const code = sqliteCode(error);
  return code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT');
}

/** The `db-corrupt` failure for `file` (the database path; when unknown, the message says "the data folder"). */
export function corruptDatabase(file: string | null, reason: DamageReason, detail = ''): AppFailure {
  const r = REASONS[reason];
  const backups = file ? join(dirname(file), BACKUPS_FOLDER) : `the ${BACKUPS_FOLDER} folder in the data folder`;
  const backupsZh = file ? join(dirname(file), BACKUPS_FOLDER) : `資料夾內的 ${BACKUPS_FOLDER} 資料夾`;
  const what = file ? `The database ${file}` : 'The database';
  const whatZh = file ? `資料庫 ${file}` : '資料庫';
  const shown = detail ? ` (${detail.slice(0, 200)})` : '';
  const shownZh = detail ? `（${detail.slice(0, 200)}）` : '';
  return new AppFailure({
    code: 'db-corrupt',
    message:
      `${what} cannot be used: ${r.en}${shown}. It has been left untouched. To recover, quit Venue Console and copy the newest ` +
      `backup from ${backups} over it (see "Restoring a backup" in the README), or move the file away to start afresh with an ` +
      'empty registry and a new signing key.',
    messageZh:
      `無法使用${whatZh}：${r.zh}${shownZh}。檔案未被更改。如要復原，請關閉 Venue Console，把 ${backupsZh} 內最新的備份` +
      '複製覆蓋此檔案（見 README「還原備份」）；或把檔案移走，以空白的登記冊及新的簽署密鑰重新開始。',
  });
}

/**
 * Maps an error thrown while using the database to an {@link AppFailure}: an AppFailure passes through, a
 * SQLITE_CORRUPT / SQLITE_NOTADB becomes the same `db-corrupt` refusal as on open; anything else gives null
 * (the caller's own mapping applies). Pass the database path so the message can name it and its backups.
 */
export function toAppFailure(error: unknown, databaseFile?: string): AppFailure | null {
  if (error instanceof AppFailure) return error;
  if (!isCorruptionError(error)) return null;
  const message = error instanceof Error ? error.message : '';
  return corruptDatabase(databaseFile ?? null, 'damaged', `${sqliteCode(error)}${message ? `: ${message}` : ''}`);
}
