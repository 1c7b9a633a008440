/**
 * An index of exposures by place (venue id or normalised plate): all windows in three flat typed arrays, grouped
 * by place and sorted by start within a place. Built once in O(E + E log(E/P)); each visit then costs one Map
 * lookup, two binary searches and the windows that can overlap it.
 */
import { placeKey } from '../checkin/visit';
import type { Exposure } from './exposure';

/** Exposures indexed by {@link placeKey}. Building entries are not indexed (no visit is to a building). */
export interface ExposureIndex {
  /** Place key → place number. */
  places: Map<string, number>;
  /** Windows of place p are positions `starts[p]` to `starts[p + 1] − 1` of the arrays below. */
  starts: Int32Array;
  /** The longest window of each place (until − from), which bounds how far back a search must look. */
  maxSpan: Float64Array;
  from: Float64Array;
  until: Float64Array;
  /** Each window's position in the input list (what matches report). */
  index: Int32Array;
  /** How many exposures were indexed. */
  size: number;
}

/** Sorts positions lo..hi−1 of the window arrays by `from`, then by input position (insertion sort for the usual small groups). */
function sortGroup(ix: ExposureIndex, lo: number, hi: number): void {
  if (hi - lo > 64) {
    const order = Array.from({ length: hi - lo }, (_, k) => lo + k);
    order.sort((x, y) => (ix.from[x] as number) - (ix.from[y] as number) || (ix.index[x] as number) - (ix.index[y] as number));
    const from = order.map((k) => ix.from[k] as number);
    const until = order.map((k) => ix.until[k] as number);
    const index = order.map((k) => ix.index[k] as number);
    ix.from.set(from, lo);
    ix.until.set(until, lo);
    ix.index.set(index, lo);
    return;
  }
  for (let k = lo + 1; k < hi; k++) {
    const f = ix.from[k] as number;
    const u = ix.until[k] as number;
    const i = ix.index[k] as number;
    let j = k - 1;
    while (j >= lo && ((ix.from[j] as number) > f || ((ix.from[j] as number) === f && (ix.index[j] as number) > i))) {
      ix.from[j + 1] = ix.from[j] as number;
      ix.until[j + 1] = ix.until[j] as number;
      ix.index[j + 1] = ix.index[j] as number;
      j--;
    }
    ix.from[j + 1] = f;
    ix.until[j + 1] = u;
    ix.index[j + 1] = i;
  }
}

/** Builds the index. Exposure positions in `exposures` are what matches report. */
export function buildExposureIndex(exposures: readonly Exposure[]): ExposureIndex {
  const places = new Map<string, number>();
  const placeOf = new Int32Array(exposures.length).fill(-1);
  const counts: number[] = [];
  let size = 0;
  // Exposures repeat the same id text, so the text as given maps straight to a place number and only new
  // texts pay for normalising into a place key.
  const venueText = new Map<string, number>();
  const taxiText = new Map<string, number>();
  for (let i = 0; i < exposures.length; i++) {
    const e = exposures[i] as Exposure;
    if (e.kind === 'building') continue;
    const seen = e.kind === 'venue' ? venueText : taxiText;
    const text = e.kind === 'venue' ? e.venueId : e.plate;
    let p = seen.get(text);
    if (p === undefined) {
      const key = placeKey(e);
      p = places.get(key);
      if (p === undefined) {
        p = counts.length;
        places.set(key, p);
        counts.push(0);
      }
      seen.set(text, p);
    }
    placeOf[i] = p;
    counts[p] = (counts[p] as number) + 1;
    size++;
  }
  const starts = new Int32Array(counts.length + 1);
  for (let p = 0; p < counts.length; p++) starts[p + 1] = (starts[p] as number) + (counts[p] as number);
  const ix: ExposureIndex = {
    places,
    starts,
    maxSpan: new Float64Array(counts.length),
    from: new Float64Array(size),
    until: new Float64Array(size),
    index: new Int32Array(size),
    size,
  };
  const next = starts.slice(0, counts.length);
  for (let i = 0; i < exposures.length; i++) {
    const p = placeOf[i] as number;
    if (p < 0) continue;
    const e = exposures[i] as Exposure;
    const k = next[p] as number;
    next[p] = k + 1;
    ix.from[k] = e.from;
    ix.until[k] = e.until;
    ix.index[k] = i;
    if (e.until - e.from > (ix.maxSpan[p] as number)) ix.maxSpan[p] = e.until - e.from;
  }
  for (let p = 0; p < counts.length; p++) sortGroup(ix, starts[p] as number, starts[p + 1] as number);
  return ix;
}

/** The first position in `lo..hi−1` of sorted `values` whose value is ≥ `target` (`hi` when none). */
export function lowerBound(values: Float64Array, target: number, lo = 0, hi = values.length): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if ((values[mid] as number) < target) a = mid + 1;
    else b = mid;
  }
  return a;
}
