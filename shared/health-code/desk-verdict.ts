/**
 * What the front desk shows for a scan: the Health Code's colour, or EXPIRED, NOT GENUINE, CANNOT READ,
 * CANNOT VERIFY — "cannot read" and "cannot verify" are never "invalid" — or "this is a venue's poster code".
 */
import type { PassRejectReason } from './verify-pass';

/** The verdicts the desk log records. */
export const DESK_VERDICTS = ['green', 'amber', 'red', 'expired', 'not-genuine', 'cannot-read', 'cannot-verify'] as const;
/** One of {@link DESK_VERDICTS}. */
export type DeskVerdict = (typeof DESK_VERDICTS)[number];
/** A scan's verdict: a logged one, or `venue-code` (a poster code scanned at the desk; not logged). */
export type ScanVerdict = DeskVerdict | 'venue-code';

/** Why the desk cannot verify beyond what the pass says: no root pinned, or this computer's clock is behind. */
export type DeskOnlyReason = 'no-root' | 'clock-behind';

/** The verdict a refused pass gets. */
export function verdictOfReason(reason: PassRejectReason | DeskOnlyReason): DeskVerdict {
  switch (reason) {
    case 'expired':
      return 'expired';
    case 'bad-signature':
    case 'wrong-role':
      return 'not-genuine';
    case 'malformed':
    case 'unsupported-version':
      return 'cannot-read';
    case 'unknown-key':
    case 'not-yet-valid':
    case 'root-expired':
    case 'no-root':
    case 'clock-behind':
      return 'cannot-verify';
  }
}

/** Counts by verdict, every verdict present (0 when none). */
export type VerdictCounts = Record<DeskVerdict, number>;

/** Zero counts. */
export function emptyCounts(): VerdictCounts {
  return { green: 0, amber: 0, red: 0, expired: 0, 'not-genuine': 0, 'cannot-read': 0, 'cannot-verify': 0 };
}
