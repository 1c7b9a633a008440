/**
 * Exposure matching: a visit matches an exposure at the same place when it overlaps the exposure window widened
 * by a tolerance on each side by a positive length of time. Touching intervals do not match.
 *
 * Two paths give identical results: an exposure list is scanned once against the visits indexed by place
 * (exposure-scan.ts, O(V + E)); a prebuilt {@link ExposureIndex} is searched per visit (O(V log E)), which pays
 * off when the same exposures are matched many times.
 */
import { DEFAULT_AUTO_LEAVE_MS, visitEnd } from '../checkin/auto-leave';
import { MINUTE_MS } from '../checkin/iso-time';
import { isRetained } from '../checkin/retention';
import { placeKey, type Visit } from '../checkin/visit';
import { DEFAULT_TOLERANCE_MS, type Exposure } from './exposure';
import { lowerBound, type ExposureIndex } from './exposure-index';
import { isExposureList, scanOverlaps } from './exposure-scan';
import type { MatchOptions, OverlapVisitor } from './match-types';
import { indexVisitPlaces } from './visit-places';

export type { MatchOptions, OverlapVisitor } from './match-types';

/** One match: positions of the visit and the exposure in the inputs, and the minutes of overlap. */
export interface ExposureMatch {
  visit: number;
  exposure: number;
  /** Overlap of the visit with the widened window, in whole minutes rounded up (so every match is ≥ 1). */
  overlapMinutes: number;
}

/** The tolerance of the options (default {@link DEFAULT_TOLERANCE_MS}); a negative or NaN one is refused. */
export function toleranceOf(options: MatchOptions): number {
  const tolerance = options.toleranceMs ?? DEFAULT_TOLERANCE_MS;
  if (!(tolerance >= 0)) throw new RangeError('toleranceMs must be zero or more');
  return tolerance;
}

/**
 * Visits every (visit, exposure) overlap, in visit order and, per visit, exposure-start order. Visits no longer
 * retained at `now` are skipped; open visits end at {@link visitEnd}.
 */
export function forEachOverlap(visits: readonly Visit[], index: ExposureIndex, options: MatchOptions, visitor: OverlapVisitor): void {
  const tolerance = toleranceOf(options);
  const autoLeaveMs = options.autoLeaveMs ?? DEFAULT_AUTO_LEAVE_MS;
  for (let v = 0; v < visits.length; v++) {
    const visit = visits[v] as Visit;
    if (!isRetained(visit, options.now)) continue;
    const p = index.places.get(placeKey(visit));
    if (p === undefined) continue;
    const a = visit.checkIn;
    const b = visitEnd(visit, options.now, autoLeaveMs);
    if (b <= a) continue;
    const first = index.starts[p] as number;
    const last = index.starts[p + 1] as number;
    // Overlap needs from − tol < b and until + tol > a; until ≤ from + maxSpan bounds the search from below.
    const hi = lowerBound(index.from, b + tolerance, first, last);
    for (let k = lowerBound(index.from, a - tolerance - (index.maxSpan[p] as number), first, hi); k < hi; k++) {
      const start = Math.max(a, (index.from[k] as number) - tolerance);
      const end = Math.min(b, (index.until[k] as number) + tolerance);
      if (end > start) visitor(v, index.index[k] as number, start, end);
    }
  }
}

/** Whole minutes of an overlap, rounded up. */
export function overlapMinutes(ms: number): number {
  return Math.ceil(ms / MINUTE_MS);
}

/**
 * Matches visits against exposures: an array is scanned once (no index is built), an index built with
 * `buildExposureIndex` is searched per visit. Results are sorted by visit position, then exposure position.
 */
export function matchExposures(
  visits: readonly Visit[],
  exposures: readonly Exposure[] | ExposureIndex,
  options: MatchOptions,
): ExposureMatch[] {
  const matches: ExposureMatch[] = [];
  const record: OverlapVisitor = (visit, exposure, start, end) => {
    matches.push({ visit, exposure, overlapMinutes: overlapMinutes(end - start) });
  };
  if (isExposureList(exposures)) {
    const tolerance = toleranceOf(options);
    scanOverlaps(indexVisitPlaces(visits, options), exposures, tolerance, record);
  } else forEachOverlap(visits, exposures, options, record);
  return matches.sort((x, y) => x.visit - y.visit || x.exposure - y.exposure);
}
