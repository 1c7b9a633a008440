/**
 * The scan path of exposure matching: the few visits are indexed by place ({@link indexVisitPlaces}), then the
 * exposure list is read once, front to back. O(V + E + matches), no sorting, no allocation per exposure, so it
 * beats building an {@link ExposureIndex} whenever an exposure list is matched once.
 */
import type { Exposure } from './exposure';
import type { ExposureIndex } from './exposure-index';
import type { OverlapVisitor } from './match-types';
import { firstVisitAt, TAXI, VENUE, type VisitPlaces } from './visit-places';

/**
 * Calls `visitor` for every (visit, exposure) overlap of the visits in `places` with `exposures` widened by
 * `tolerance` on each side, in exposure order and, per exposure, visit order. The overlaps (and their start and
 * end) are exactly those `forEachOverlap` finds in an index of the same exposures; only the order differs.
 */
export function scanOverlaps(places: VisitPlaces, exposures: readonly Exposure[], tolerance: number, visitor: OverlapVisitor): void {
  const anyVenue = places.counts[VENUE] > 0;
  const anyTaxi = places.counts[TAXI] > 0;
  if (!anyVenue && !anyTaxi) return;
  const { next, from, until } = places;
  for (let i = 0; i < exposures.length; i++) {
    const e = exposures[i] as Exposure;
    let v: number;
    if (e.kind === 'venue') {
      if (!anyVenue) continue;
      v = firstVisitAt(places, VENUE, e.venueId);
    } else if (e.kind === 'taxi') {
      if (!anyTaxi) continue;
      v = firstVisitAt(places, TAXI, e.plate);
    } else continue;
    if (v < 0) continue;
    const lo = e.from - tolerance;
    const hi = e.until + tolerance;
    for (; v >= 0; v = next[v] as number) {
      const start = Math.max(from[v] as number, lo);
      const end = Math.min(until[v] as number, hi);
      if (end > start) visitor(v, i, start, end);
    }
  }
}

/** Type guard: an exposure list rather than a prebuilt {@link ExposureIndex}. */
export function isExposureList(exposures: readonly Exposure[] | ExposureIndex): exposures is readonly Exposure[] {
  return Array.isArray(exposures);
}
