/**
 * An index of exposures by place: venue id or normalised plate → windows sorted by start, in typed arrays.
 * Built once (O(E log E)); each visit then costs two binary searches plus the windows that can overlap it.
 */
import { placeKey } from '../checkin/visit';
import type { Exposure } from './exposure';

/** The windows at one place, sorted by `from`; `index` is each window's position in the input list. */
export interface PlaceWindows {
  from: Float64Array;
  until: Float64Array;
  index: Int32Array;
  /** The longest window here (until − from), which bounds how far back a search must look. */
  maxSpan: number;
}

/** Exposures indexed by {@link placeKey}. Building entries are not indexed (no visit is to a building). */
export interface ExposureIndex {
  places: Map<string, PlaceWindows>;
  /** How many exposures were indexed. */
  size: number;
}

/** Builds the index. Exposure positions in `exposures` are what matches report. */
export function buildExposureIndex(exposures: readonly Exposure[]): ExposureIndex {
  const groups = new Map<string, number[]>();
  let size = 0;
  for (let i = 0; i < exposures.length; i++) {
    const e = exposures[i] as Exposure;
    if (e.kind === 'building') continue;
    const key = placeKey(e);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
    size++;
  }
  const places = new Map<string, PlaceWindows>();
  for (const [key, group] of groups) {
    if (group.length > 1) group.sort((a, b) => (exposures[a] as Exposure).from - (exposures[b] as Exposure).from || a - b);
    const n = group.length;
    const windows: PlaceWindows = { from: new Float64Array(n), until: new Float64Array(n), index: new Int32Array(n), maxSpan: 0 };
    for (let k = 0; k < n; k++) {
      const i = group[k] as number;
      const e = exposures[i] as Exposure;
      windows.from[k] = e.from;
      windows.until[k] = e.until;
      windows.index[k] = i;
      if (e.until - e.from > windows.maxSpan) windows.maxSpan = e.until - e.from;
    }
    places.set(key, windows);
  }
  return { places, size };
}

/** The first position in sorted `values` whose value is ≥ `target` (values.length when none). */
export function lowerBound(values: Float64Array, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
