/**
 * One venue-authority command at a time per AUTH folder: two at once could issue two certificates with the
 * same serial or two bundles with the same version (equivocation). The lock is `AUTH/authority.lock`, made
 * with O_EXCL and holding the process id; a lock left by a process that no longer runs is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from '../../shared/errors';
import { PRIVATE_FILE_MODE } from '../files/private-files';

/** The lock file's name inside the AUTH folder. */
export const LOCK_FILE = 'authority.lock';

function running(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

function tryLock(path: string): boolean {
  try {
    const fd = openSync(path, 'wx', PRIVATE_FILE_MODE);
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') return false;
    throw error;
  }
}

/** Runs `fn` holding the folder's lock; refuses (English and Chinese) while another command holds it. */
export function withStateLock<T>(dir: string, fn: () => T): T {
  const path = join(dir, LOCK_FILE);
  if (!tryLock(path)) {
    let holder = NaN;
    try {
      holder = Number(readFileSync(path, 'utf8').trim());
    } catch {
      // removed meanwhile: try again below
    }
    if (running(holder)) {
      fail(
        'conflict',
        `Another venue-authority command (process ${holder}) is using ${dir}. Wait for it to finish, then try again.`,
        `另一個 venue-authority 指令（程序 ${holder}）正在使用 ${dir}。請待其完成後再試。`,
      );
    }
    rmSync(path, { force: true });
    if (!tryLock(path)) fail('conflict', `Another venue-authority command is using ${dir}. Try again.`, `另一個 venue-authority 指令正在使用 ${dir}。請再試。`);
  }
  try {
    return fn();
  } finally {
    rmSync(path, { force: true });
  }
}
