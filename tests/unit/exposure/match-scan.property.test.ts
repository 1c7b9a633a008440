import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { forEachOverlap, matchExposures, type MatchOptions } from '../../../shared/exposure/match';
import { buildExposureIndex } from '../../../shared/exposure/exposure-index';
import { scanOverlaps } from '../../../shared/exposure/exposure-scan';
import { indexVisitPlaces } from '../../../shared/exposure/visit-places';
import type { Visit } from '../../../shared/checkin/visit';
import type { Exposure } from '../../../shared/exposure/exposure';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../../shared/checkin/iso-time';
import { nthVenueId } from '../checkin/fixtures';

const BASE = Date.UTC(2026, 10, 1);
const [V1, V2, V3] = [nthVenueId(1), nthVenueId(2), nthVenueId(3)];
const spaced = (id: string): string => `${id.slice(0, 4)} ${id.slice(4)}`;
const dashed = (id: string): string => `${id.slice(0, 3)}-${id.slice(3, 6)}-${id.slice(6)}`;
// Spellings of the same venue (case, spaces, dashes, a non-ASCII space that the slow path must drop), and others.
const VENUE_IDS = [V1, V1.toLowerCase(), spaced(V1), dashed(V1.toLowerCase()), `${V1.slice(0, 5)}\u00a0${V1.slice(5)}`, V2, dashed(V2), V3, `\t${V3}`, 'ÄBC12345'];
// Plates: case and white space are ignored, dashes are not; `ß` upper-cases to `SS` (slow path).
const PLATES = ['AB 1234', 'ab1234', 'Ab  1234', 'AB\t1234', 'ab\u00a01234', 'AB-1234', 'XY 99', 'xy99', 'ßx1', 'SSX1', 'A', 'a'];

const placeArb = fc.oneof(
  fc.constantFrom(...VENUE_IDS).map((venueId) => ({ kind: 'venue' as const, venueId })),
  fc.constantFrom(...PLATES).map((plate) => ({ kind: 'taxi' as const, plate })),
);
// Times on a 15-minute grid so that touching intervals (with and without tolerance) are common.
const gridArb = (max: number) => fc.integer({ min: 0, max }).map((k) => k * 15 * MINUTE_MS);
const timeArb = gridArb(40 * 96).map((ms) => BASE + ms);
const visitArb: fc.Arbitrary<Visit> = fc
  .record({ place: placeArb, start: timeArb, length: gridArb(24), open: fc.boolean(), rescan: fc.option(gridArb(24), { nil: undefined }) })
  .map(({ place, start, length, open, rescan }) => {
    const visit: Visit = { ...place, checkIn: start, checkOut: open ? null : start + length };
    if (open && rescan !== undefined) visit.rescannedAt = start + rescan;
    return visit;
  });
const exposureArb: fc.Arbitrary<Exposure> = fc.oneof(
  { weight: 9, arbitrary: fc.record({ place: placeArb, start: timeArb, length: gridArb(8 * 96) }).map(({ place, start, length }) => ({ ...place, from: start, until: start + length })) },
  { weight: 1, arbitrary: fc.record({ start: timeArb, length: gridArb(96) }).map(({ start, length }) => ({ kind: 'building' as const, building: 'Block A', from: start, until: start + length })) },
);
// `now` ranges far enough that many visits are older than 31 days, or still open.
const optionsArb: fc.Arbitrary<MatchOptions> = fc.record({
  now: fc.integer({ min: BASE, max: BASE + 75 * DAY_MS }),
  toleranceMs: fc.option(fc.oneof(fc.constantFrom(0, 1, 15 * MINUTE_MS, 30 * MINUTE_MS, 3 * DAY_MS), fc.integer({ min: 0, max: 10 * DAY_MS })), { nil: undefined }),
  autoLeaveMs: fc.option(fc.constantFrom(0, 15 * MINUTE_MS, 4 * HOUR_MS, 30 * HOUR_MS), { nil: undefined }),
}, { requiredKeys: ['now'] });

type Overlap = [number, number, number, number];
const byPosition = (x: Overlap, y: Overlap): number => x[0] - y[0] || x[1] - y[1];

function indexedOverlaps(visits: Visit[], exposures: Exposure[], options: MatchOptions): Overlap[] {
  const found: Overlap[] = [];
  forEachOverlap(visits, buildExposureIndex(exposures), options, (v, e, start, end) => found.push([v, e, start, end]));
  return found.sort(byPosition);
}

function scannedOverlaps(visits: Visit[], exposures: Exposure[], options: MatchOptions): Overlap[] {
  const found: Overlap[] = [];
  let last = -1;
  scanOverlaps(indexVisitPlaces(visits, options), exposures, options.toleranceMs ?? 30 * MINUTE_MS, (v, e, start, end) => {
    expect(e).toBeGreaterThanOrEqual(last); // streams the exposures in order
    last = e;
    found.push([v, e, start, end]);
  });
  return found.sort(byPosition);
}

describe('scan path and index path', () => {
  it('find the same overlaps, with the same start and end', () => {
    fc.assert(
      fc.property(fc.array(visitArb, { maxLength: 30 }), fc.array(exposureArb, { maxLength: 60 }), optionsArb, (visits, exposures, options) => {
        expect(scannedOverlaps(visits, exposures, options)).toEqual(indexedOverlaps(visits, exposures, options));
      }),
      { numRuns: 500 },
    );
  });

  it('give identical matchExposures results (same matches, order and minutes)', () => {
    fc.assert(
      fc.property(fc.array(visitArb, { maxLength: 30 }), fc.array(exposureArb, { maxLength: 60 }), optionsArb, (visits, exposures, options) => {
        const scanned = matchExposures(visits, exposures, options);
        expect(scanned).toEqual(matchExposures(visits, buildExposureIndex(exposures), options));
      }),
      { numRuns: 500 },
    );
  });

  it('agree when one place has many windows (the index sorts large groups differently)', () => {
    const oneVenue = fc.constantFrom(V1, V1.toLowerCase(), spaced(V1)).map((venueId) => ({ kind: 'venue' as const, venueId }));
    const visit = fc.record({ place: oneVenue, start: timeArb, length: gridArb(24) }).map(({ place, start, length }): Visit => ({ ...place, checkIn: start, checkOut: start + length }));
    const exposure = fc.record({ place: oneVenue, start: timeArb, length: gridArb(4 * 96) }).map(({ place, start, length }): Exposure => ({ ...place, from: start, until: start + length }));
    fc.assert(
      fc.property(fc.array(visit, { maxLength: 12 }), fc.array(exposure, { minLength: 65, maxLength: 200 }), optionsArb, (visits, exposures, options) => {
        expect(matchExposures(visits, exposures, options)).toEqual(matchExposures(visits, buildExposureIndex(exposures), options));
      }),
      { numRuns: 100 },
    );
  });

  it('match every spelling of a place, and only that place', () => {
    const checkIn = BASE + HOUR_MS;
    const exposures: Exposure[] = PLATES.map((plate) => ({ kind: 'taxi', plate, from: checkIn, until: checkIn + HOUR_MS }));
    const visits: Visit[] = [{ kind: 'taxi', plate: 'AB 1234', checkIn, checkOut: checkIn + HOUR_MS }];
    const matched = matchExposures(visits, exposures, { now: checkIn + DAY_MS }).map((m) => PLATES[m.exposure]);
    expect(matched).toEqual(['AB 1234', 'ab1234', 'Ab  1234', 'AB\t1234', 'ab\u00a01234']);
    const ss = matchExposures([{ kind: 'taxi', plate: 'ssx 1', checkIn, checkOut: checkIn + HOUR_MS }], exposures, { now: checkIn + DAY_MS });
    expect(ss.map((m) => PLATES[m.exposure])).toEqual(['ßx1', 'SSX1']);
    const venues: Exposure[] = VENUE_IDS.map((venueId) => ({ kind: 'venue', venueId, from: checkIn, until: checkIn + HOUR_MS }));
    const atV1 = matchExposures([{ kind: 'venue', venueId: V1, checkIn, checkOut: checkIn + HOUR_MS }], venues, { now: checkIn + DAY_MS });
    expect(atV1.map((m) => m.exposure)).toEqual([0, 1, 2, 3, 4]);
  });

  it('both refuse a negative or NaN tolerance', () => {
    for (const toleranceMs of [-1, Number.NaN]) {
      expect(() => matchExposures([], [], { now: BASE, toleranceMs })).toThrow(RangeError);
      expect(() => matchExposures([], buildExposureIndex([]), { now: BASE, toleranceMs })).toThrow(RangeError);
    }
  });
});
