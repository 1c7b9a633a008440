/**
 * The scan path of exposure matching: index the few visits by place, then stream once through the exposure list.
 * Costs O(V + E + matches) with no sorting and no per-exposure allocation, so it beats building an
 * {@link ExposureIndex} whenever the exposure list is matched only once.
 */
import { DEFAULT_AUTO_LEAVE_MS, visitEnd } from '../checkin/auto-leave';
import { normalisePlate } from '../checkin/plate';
import { isRetained } from '../checkin/retention';
import type { Visit } from '../checkin/visit';
import { normaliseVenueId } from '../venue/venue-id';
import { DEFAULT_TOLERANCE_MS, type Exposure } from './exposure';
import type { ExposureIndex } from './exposure-index';
import type { MatchOptions, OverlapVisitor } from './match';

/** The visits that can match, by place: each map gives a place's first visit, `next` chains the rest in visit order. */
export interface VisitPlaces {
  /** Normalised venue id (and, as the scan meets them, other spellings of it) → first visit position, or −1. */
  venues: Map<string, number>;
  /** Normalised plate (and other spellings met) → first visit position, or −1. */
  taxis: Map<string, number>;
  /** The next visit at the same place, −1 at the end. */
  next: Int32Array;
  /** Each visit's check-in (epoch ms). */
  from: Float64Array;
  /** Each visit's end for matching ({@link visitEnd}). */
  until: Float64Array;
}

/** The tolerance of the options, refusing a negative (or NaN) one. */
export function toleranceOf(options: MatchOptions): number {
  const tolerance = options.toleranceMs ?? DEFAULT_TOLERANCE_MS;
  if (!(tolerance >= 0)) throw new RangeError('toleranceMs must be zero or more');
  return tolerance;
}

/**
 * Groups the visits that can match by place: retained at `now` and of positive length once open visits are
 * ended by the auto-leave rule (the same visits `forEachOverlap` considers).
 */
export function indexVisitPlaces(visits: readonly Visit[], options: MatchOptions): VisitPlaces {
  const autoLeaveMs = options.autoLeaveMs ?? DEFAULT_AUTO_LEAVE_MS;
  const places: VisitPlaces = {
    venues: new Map(),
    taxis: new Map(),
    next: new Int32Array(visits.length).fill(-1),
    from: new Float64Array(visits.length),
    until: new Float64Array(visits.length),
  };
  // Walking backwards and prepending leaves every chain in visit order.
  for (let v = visits.length - 1; v >= 0; v--) {
    const visit = visits[v] as Visit;
    if (!isRetained(visit, options.now)) continue;
    const a = visit.checkIn;
    const b = visitEnd(visit, options.now, autoLeaveMs);
    if (!(b > a)) continue;
    places.from[v] = a;
    places.until[v] = b;
    const map = visit.kind === 'venue' ? places.venues : places.taxis;
    const key = visit.kind === 'venue' ? normaliseVenueId(visit.venueId) : normalisePlate(visit.plate);
    places.next[v] = map.get(key) ?? -1;
    map.set(key, v);
  }
  return places;
}

/** Whether text is only A–Z and 0–9, so both normalisers return it unchanged. */
function isPlainKey(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/**
 * The first visit at the place spelt `text`, or −1. A hit on the text as given is exact (map keys are normalised,
 * or spellings already resolved); a miss on plain text is final; only other spellings are normalised, once each.
 */
function firstVisitAt(map: Map<string, number>, text: string, normalise: (s: string) => string): number {
  const hit = map.get(text);
  if (hit !== undefined) return hit;
  if (isPlainKey(text)) return -1;
  const v = map.get(normalise(text)) ?? -1;
  map.set(text, v);
  return v;
}

/**
 * Streams once through `exposures` and calls `visitor` for every (visit, exposure) overlap of the visits in
 * `places`, in exposure order and, per exposure, visit order. The overlaps are exactly those of
 * `forEachOverlap` over an index of the same exposures; only the order differs.
 */
export function scanOverlaps(places: VisitPlaces, exposures: readonly Exposure[], tolerance: number, visitor: OverlapVisitor): void {
  const { venues, taxis, next, from, until } = places;
  const anyVenue = venues.size > 0;
  const anyTaxi = taxis.size > 0;
  if (!anyVenue && !anyTaxi) return;
  for (let i = 0; i < exposures.length; i++) {
    const e = exposures[i] as Exposure;
    let v: number;
    if (e.kind === 'venue') {
      if (!anyVenue) continue;
      v = firstVisitAt(venues, e.venueId, normaliseVenueId);
    } else if (e.kind === 'taxi') {
      if (!anyTaxi) continue;
      v = firstVisitAt(taxis, e.plate, normalisePlate);
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
