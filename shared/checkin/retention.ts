/** Retention: the diary keeps 31 days of visits; older ones are erased on every read and write. */
import { DAY_MS } from './iso-time';

/** How long a visit is kept: 31 × 24 hours, measured from its check-in. */
export const RETENTION_MS = 31 * DAY_MS;

/** The earliest check-in that is still kept at `now`. A visit that checked in exactly 31 days ago is kept. */
export function retentionCutoff(now: number): number {
  return now - RETENTION_MS;
}

/** Whether a visit is still kept at `now`: its check-in is not more than 31 × 24 h before now. */
export function isRetained(visit: { checkIn: number }, now: number): boolean {
  return visit.checkIn >= retentionCutoff(now);
}
