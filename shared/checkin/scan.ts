/** Check-in from scanned code text: only codes that verify against the trust file reach the diary. */
import { verifyCode, type RejectReason, type TrustIndex } from '../qr/verify';
import type { TrustFile } from '../qr/trust';
import type { DiaryCheckIn, VisitDiary } from './visit-diary';

/** A scan's outcome: the check-in, or the typed reason the code was refused (nothing is recorded then). */
export type ScanCheckIn = ({ ok: true } & DiaryCheckIn) | { ok: false; reason: RejectReason; detail: string };

/** Verifies scanned code text against the trust file and, only when it verifies, checks in to its venue. */
export function checkInWithCode(diary: VisitDiary, text: string, trust: TrustIndex | TrustFile): ScanCheckIn {
  const verdict = verifyCode(text, trust);
  if (!verdict.ok) return verdict;
  return { ok: true, ...diary.checkInVenue(verdict.venue) };
}
