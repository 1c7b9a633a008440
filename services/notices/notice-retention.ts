/**
 * How long a notice is kept: 31 days after its last window ended, or after it was withdrawn; a notice with
 * no windows, 31 days after it was issued or took effect (whichever is later).
 */
import { lastWindowEnd, type Notice } from '../../shared/notices/notice';

/** Days a notice, its withdrawal and its acknowledgements are kept. */
export const RETENTION_DAYS = 31;
const RETENTION_MS = RETENTION_DAYS * 86_400_000;

/** When a notice (and everything about it) is erased, epoch ms. */
export function eraseAt(notice: Pick<Notice, 'windows' | 'issuedAt' | 'effectiveFrom'>, withdrawnAt: number | null): number {
  if (withdrawnAt !== null) return withdrawnAt + RETENTION_MS;
  const end = lastWindowEnd(notice) ?? Math.max(Date.parse(notice.issuedAt), notice.effectiveFrom ? Date.parse(notice.effectiveFrom) : -Infinity);
  return end + RETENTION_MS;
}
