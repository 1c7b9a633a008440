/**
 * How long a notice is kept: 31 days after its last window ended, or after it was withdrawn; a notice with
 * no windows, 31 days after it was issued or took effect (whichever is later).
 */
import { lastWindowEnd, type Notice } from '../../shared/notices/notice';
import type { Db } from '../db/open-database';
import type { NoticeStatements } from './notice-store';

/** Days a notice, its withdrawal and its acknowledgements are kept. */
export const RETENTION_DAYS = 31;
const RETENTION_MS = RETENTION_DAYS * 86_400_000;

/** When a notice (and everything about it) is erased, epoch ms. */
export function eraseAt(notice: Pick<Notice, 'windows' | 'issuedAt' | 'effectiveFrom'>, withdrawnAt: number | null): number {
  if (withdrawnAt !== null) return withdrawnAt + RETENTION_MS;
  const end = lastWindowEnd(notice) ?? Math.max(Date.parse(notice.issuedAt), notice.effectiveFrom ? Date.parse(notice.effectiveFrom) : -Infinity);
  return end + RETENTION_MS;
}

/** Erases, in one transaction, every held notice (of `current`, by id) past its erasure time; returns their ids. */
export function eraseDue(db: Db, stmt: NoticeStatements, current: ReadonlyMap<string, { notice: Notice }>, now: number): string[] {
  const withdrawals = new Map(stmt.withdrawals.all().map((w) => [w.id, w.withdrawn_at]));
  const due = [...current.entries()].filter(([id, e]) => eraseAt(e.notice, withdrawals.get(id) ?? null) <= now).map(([id]) => id);
  if (due.length === 0) return due;
  db.transaction(() => {
    for (const id of due) {
      stmt.eraseRevisions.run(id);
      stmt.eraseWithdrawal.run(id);
      stmt.eraseAcks.run(id);
      stmt.eraseAlerts.run(id);
    }
  })();
  return due;
}
