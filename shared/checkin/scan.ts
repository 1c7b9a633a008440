/**
 * Check-in from scanned code text: only codes that verify reach the diary. The scheme's path is the
 * authority's (a prepared trust bundle under the pinned root); a single operator's trust file still works.
 */
import { verifyCodeWithTrustFile, type TrustIndex } from '../qr/verify';
import type { TrustFile } from '../qr/trust';
import type { AuthorityTrust } from '../trust/bundle';
import type { VerifyEd25519 } from '../trust/ed25519';
import { verifyCodeWithTrust, type AuthorityRejectReason } from '../trust/verify-code';
import type { DiaryCheckIn, VisitDiary } from './visit-diary';

/** A scan's outcome: the check-in, or the typed reason the code was refused (nothing is recorded then). */
export type ScanCheckIn = ({ ok: true } & DiaryCheckIn) | { ok: false; reason: AuthorityRejectReason; detail: string };

const isAuthorityTrust = (t: AuthorityTrust | TrustIndex | TrustFile): t is AuthorityTrust => 'certificates' in t && 'bundle' in t;

/**
 * Verifies scanned code text — against the authority's trust (see prepareAuthorityTrust), or a trust file —
 * and, only when it verifies, checks in to its venue.
 */
export function checkInWithCode(diary: VisitDiary, text: string, trust: AuthorityTrust | TrustIndex | TrustFile, verify?: VerifyEd25519): ScanCheckIn {
  const verdict = isAuthorityTrust(trust) ? verifyCodeWithTrust(text, trust, verify) : verifyCodeWithTrustFile(text, trust);
  if (!verdict.ok) return verdict;
  return { ok: true, ...diary.checkInVenue(verdict.venue) };
}
