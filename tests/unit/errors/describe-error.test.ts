/** Unexpected errors become clear bilingual messages; the stack goes to a log file in the data folder (issue 8 §6). */
import { readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../../shared/errors';
import { describeUnexpectedError } from '../../../services/errors/describe-error';
import { appendErrorLog, ERROR_LOG_FILE, ERROR_LOG_MAX_BYTES } from '../../../services/errors/error-log';
import { tempDir } from '../../helpers/temp-services';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const folder = () => {
  const t = tempDir('vc-errors-');
  cleanups.push(t.cleanup);
  return t.dir;
};

const sysError = (code: string, message: string, path?: string) => Object.assign(new Error(`${code}: ${message}${path ? `, open '${path}'` : ''}`), { code, ...(path ? { path } : {}) });

/** A writer stub that fails the way a full disk does. */
function fullDiskWriter(): never {
  throw sysError('ENOSPC', 'no space left on device, write', '/media/usb/stickers.pdf');
}

describe('describeUnexpectedError', () => {
  const cases: [string, unknown, string, RegExp, RegExp][] = [
    ['disk full (ENOSPC)', (() => { try { fullDiskWriter(); } catch (e) { return e; } })(), 'io', /disk is full/i, /磁碟已滿/],
    ['missing folder (ENOENT)', sysError('ENOENT', 'no such file or directory', '/no/such/folder/x.pdf'), 'io', /\/no\/such\/folder\/x\.pdf.*does not exist/, /不存在/],
    ['folder given as a file (EISDIR)', sysError('EISDIR', 'illegal operation on a directory', '/home/op/Desktop'), 'io', /\/home\/op\/Desktop is a folder/, /是資料夾/],
    ['permission denied (EACCES)', sysError('EACCES', 'permission denied', '/etc/x.pdf'), 'io', /permission/i, /權限/],
    ['permission denied (EPERM)', sysError('EPERM', 'operation not permitted', '/etc/x.pdf'), 'io', /permission/i, /權限/],
    ['worker out of memory', Object.assign(new Error('Worker terminated due to reaching memory limit: JS heap out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' }), 'internal', /ran out of memory/, /記憶體不足/],
    ['corrupt index (SQLITE_CORRUPT)', Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT_VTAB' }), 'db-corrupt', /damaged/, /損壞/],
    ['not a database (SQLITE_NOTADB)', Object.assign(new Error('file is not a database'), { code: 'SQLITE_NOTADB' }), 'db-corrupt', /damaged/, /損壞/],
    ['read-only disk (EROFS)', sysError('EROFS', 'read-only file system', '/mnt/cd/x.pdf'), 'io', /read-only/, /唯讀/],
    ['anything else', new TypeError("Cannot read properties of undefined (reading 'x')"), 'internal', /unexpected/i, /意外/],
  ];

  for (const [name, error, code, en, zh] of cases) {
    it(`maps ${name} to a clear message in both languages, naming the log, without a stack`, () => {
      const d = describeUnexpectedError(error, '/data/venue-console.log');
      expect(d.code).toBe(code);
      expect(d.message).toMatch(en);
      expect(d.messageZh).toMatch(zh);
      expect(d.message).toContain('/data/venue-console.log');
      expect(d.messageZh).toContain('/data/venue-console.log');
      expect(`${d.message}${d.messageZh}`).not.toMatch(/\n\s+at /);
    });
  }

  it('passes an AppFailure through as it is', () => {
    const failure = new AppFailure({ code: 'not-found', message: 'No venue.', messageZh: '找不到。' });
    expect(describeUnexpectedError(failure, null)).toEqual(failure.appError);
  });

  it('says nothing of a log when none could be written', () => {
    expect(describeUnexpectedError(new Error('x'), null).message).not.toMatch(/log/);
  });
});

describe('the error log', () => {
  it('appends the stack to venue-console.log in the data folder, readable by the owner only', () => {
    const dir = folder();
    const error = new Error('boom');
    const path = appendErrorLog(dir, 'venue-console poster', error, Date.parse('2026-11-23T02:00:00Z'));
    expect(path).toBe(join(dir, ERROR_LOG_FILE));
    appendErrorLog(dir, 'ipc getVenue', new Error('again'));
    const text = readFileSync(join(dir, ERROR_LOG_FILE), 'utf8');
    expect(text).toContain('2026-11-23T02:00:00.000Z venue-console poster');
    expect(text).toContain('Error: boom\n    at ');
    expect(text).toContain('ipc getVenue');
    if (process.platform !== 'win32') expect(statSync(join(dir, ERROR_LOG_FILE)).mode & 0o777).toBe(0o600);
  });

  it('starts a new file past 1 MB, keeping one older file', () => {
    const dir = folder();
    writeFileSync(join(dir, ERROR_LOG_FILE), 'x'.repeat(ERROR_LOG_MAX_BYTES + 1), { mode: 0o600 });
    appendErrorLog(dir, 'after rotation', new Error('fresh'));
    expect(statSync(join(dir, ERROR_LOG_FILE)).size).toBeLessThan(10_000);
    expect(statSync(join(dir, `${ERROR_LOG_FILE}.1`)).size).toBe(ERROR_LOG_MAX_BYTES + 1);
    expect(ERROR_LOG_MAX_BYTES).toBe(1_000_000);
  });

  it('returns null instead of throwing when the folder cannot be written', () => {
    expect(appendErrorLog('/proc/no-such-folder/really', 'x', new Error('y'))).toBeNull();
    expect(existsSync('/proc/no-such-folder')).toBe(false);
  });
});
