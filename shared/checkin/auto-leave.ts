/** The auto-leave rule: an open visit ends after the diary's auto-leave period, and never after midnight Hong Kong time. */
import { HOUR_MS, hkMidnightAfter } from './iso-time';
import type { Visit } from './visit';

/** The default auto-leave period: 4 hours after check-in (or after the latest re-scan). */
export const DEFAULT_AUTO_LEAVE_MS = 4 * HOUR_MS;

/**
 * When an open visit ends by itself: `autoLeaveMs` after its latest scan (check-in or re-scan), but no later
 * than 00:00 Hong Kong time at the end of the Hong Kong day the visit began.
 */
export function autoLeaveAt(visit: Pick<Visit, 'checkIn' | 'rescannedAt'>, autoLeaveMs: number): number {
  const lastScan = Math.max(visit.checkIn, visit.rescannedAt ?? visit.checkIn);
  return Math.min(lastScan + autoLeaveMs, hkMidnightAfter(visit.checkIn));
}

/** The visit closed at its auto-leave time when that time has come (`now` ≥ it); otherwise the visit unchanged. */
export function applyAutoLeave<V extends Visit>(visit: V, now: number, autoLeaveMs: number): V {
  if (visit.checkOut !== null) return visit;
  const end = autoLeaveAt(visit, autoLeaveMs);
  if (now < end) return visit;
  return closeVisit(visit, end);
}

/** The visit with `checkOut` set and the re-scan mark dropped (it only matters while a visit is open). */
export function closeVisit<V extends Visit>(visit: V, checkOut: number): V {
  const closed: V = { ...visit, checkOut };
  delete closed.rescannedAt;
  return closed;
}

/**
 * The end of a visit for matching: its check-out; for an open visit its auto-leave time, or `now` when that
 * is still to come (the person is known to have been there up to now). Never before the check-in.
 */
export function visitEnd(visit: Visit, now: number, autoLeaveMs: number): number {
  if (visit.checkOut !== null) return visit.checkOut;
  return Math.max(visit.checkIn, Math.min(autoLeaveAt(visit, autoLeaveMs), now));
}
