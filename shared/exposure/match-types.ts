/** The types matching shares with its two paths (exposure-scan.ts, visit-places.ts), apart so they import no cycle. */

/** Matching options. */
export interface MatchOptions {
  /** The time that decides retention (visits that checked in more than 31 days before are gone) and ends open visits. */
  now: number;
  /** Widening on each side of every window; default 30 minutes. */
  toleranceMs?: number;
  /** The auto-leave period that closes open visits; default 4 hours. */
  autoLeaveMs?: number;
}

/** Called for each overlap found: positions, and the overlap of the visit with the widened window in epoch ms. */
export type OverlapVisitor = (visit: number, exposure: number, start: number, end: number) => void;
