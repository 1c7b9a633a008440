import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchExposures } from '../../../shared/exposure/match';
import { placeKey, type Visit } from '../../../shared/checkin/visit';
import type { Exposure } from '../../../shared/exposure/exposure';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../../shared/checkin/iso-time';
import { nthVenueId } from '../checkin/fixtures';

const BASE = Date.UTC(2026, 10, 1);
const VENUES = [nthVenueId(1), nthVenueId(2), nthVenueId(3)];
const PLATES = ['AB 1234', 'ab1234', 'XY 99'];

const placeArb = fc.oneof(
  fc.constantFrom(...VENUES).map((venueId) => ({ kind: 'venue' as const, venueId })),
  fc.constantFrom(...PLATES).map((plate) => ({ kind: 'taxi' as const, plate })),
);
const timeArb = fc.integer({ min: BASE, max: BASE + 10 * DAY_MS });
const visitArb: fc.Arbitrary<Visit> = fc
  .record({ place: placeArb, start: timeArb, length: fc.integer({ min: 0, max: 6 * HOUR_MS }), open: fc.boolean() })
  .map(({ place, start, length, open }) => ({ ...place, checkIn: start, checkOut: open ? null : start + length }));
const exposureArb: fc.Arbitrary<Exposure> = fc
  .record({ place: placeArb, start: timeArb, length: fc.integer({ min: 0, max: 2 * DAY_MS }) })
  .map(({ place, start, length }) => ({ ...place, from: start, until: start + length }));
const nowArb = fc.integer({ min: BASE, max: BASE + 45 * DAY_MS });
const toleranceArb = fc.constantFrom(0, 30 * MINUTE_MS, 90 * MINUTE_MS);

const shiftVisit = (v: Visit, d: number): Visit => ({ ...v, checkIn: v.checkIn + d, checkOut: v.checkOut === null ? null : v.checkOut + d });
const shiftExposure = (e: Exposure, d: number): Exposure => ({ ...e, from: e.from + d, until: e.until + d });

describe('matching properties', () => {
  it('never matches across places, and every match overlaps the widened window by a positive time', () => {
    fc.assert(
      fc.property(fc.array(visitArb, { maxLength: 25 }), fc.array(exposureArb, { maxLength: 40 }), nowArb, toleranceArb, (visits, exposures, now, tol) => {
        for (const m of matchExposures(visits, exposures, { now, toleranceMs: tol })) {
          const v = visits[m.visit] as Visit;
          const e = exposures[m.exposure] as Exposure;
          expect(e.kind).not.toBe('building');
          expect(placeKey(v)).toBe(placeKey(e as Exclude<Exposure, { kind: 'building' }>));
          expect(m.overlapMinutes).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with a brute-force scan over all pairs', () => {
    fc.assert(
      fc.property(fc.array(visitArb, { maxLength: 25 }), fc.array(exposureArb, { maxLength: 40 }), nowArb, toleranceArb, (visits, exposures, now, tol) => {
        const closed = visits.map((v) => ({ ...v, checkOut: v.checkOut ?? v.checkIn + HOUR_MS }));
        const expected: string[] = [];
        closed.forEach((v, i) => {
          if (v.checkIn < now - 31 * DAY_MS) return;
          exposures.forEach((e, j) => {
            if (e.kind === 'building' || placeKey(v) !== placeKey(e)) return;
            const overlap = Math.min(v.checkOut, e.until + tol) - Math.max(v.checkIn, e.from - tol);
            if (overlap > 0) expected.push(`${i}:${j}:${Math.ceil(overlap / MINUTE_MS)}`);
          });
        });
        const got = matchExposures(closed, exposures, { now, toleranceMs: tol }).map((m) => `${m.visit}:${m.exposure}:${m.overlapMinutes}`);
        expect(got).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with a brute-force scan when one place has many windows (large groups sort differently)', () => {
    const venueId = VENUES[0] as string;
    const oneVisit = fc.record({ start: timeArb, length: fc.integer({ min: 1, max: 6 * HOUR_MS }) }).map(({ start, length }) => ({ kind: 'venue' as const, venueId, checkIn: start, checkOut: start + length }));
    const oneExposure = fc.record({ start: timeArb, length: fc.integer({ min: 0, max: 2 * DAY_MS }) }).map(({ start, length }) => ({ kind: 'venue' as const, venueId, from: start, until: start + length }));
    fc.assert(
      fc.property(fc.array(oneVisit, { maxLength: 10 }), fc.array(oneExposure, { minLength: 65, maxLength: 200 }), (visits, exposures) => {
        const now = BASE + 11 * DAY_MS;
        const expected: string[] = [];
        visits.forEach((v, i) =>
          exposures.forEach((e, j) => {
            const overlap = Math.min(v.checkOut, e.until + 30 * MINUTE_MS) - Math.max(v.checkIn, e.from - 30 * MINUTE_MS);
            if (overlap > 0) expected.push(`${i}:${j}`);
          }),
        );
        expect(matchExposures(visits, exposures, { now }).map((m) => `${m.visit}:${m.exposure}`)).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });

  it('is unchanged when visits, exposures and now shift by the same delta (closed visits: any delta)', () => {
    fc.assert(
      fc.property(
        fc.array(visitArb, { maxLength: 25 }),
        fc.array(exposureArb, { maxLength: 40 }),
        nowArb,
        fc.integer({ min: -400 * DAY_MS, max: 400 * DAY_MS }),
        (visits, exposures, now, d) => {
          const closed = visits.map((v) => ({ ...v, checkOut: v.checkOut ?? v.checkIn + 2 * HOUR_MS }));
          const before = matchExposures(closed, exposures, { now });
          const after = matchExposures(closed.map((v) => shiftVisit(v, d)), exposures.map((e) => shiftExposure(e, d)), { now: now + d });
          expect(after).toEqual(before);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is unchanged under whole-day shifts with open visits (auto-leave is tied to Hong Kong midnight)', () => {
    fc.assert(
      fc.property(fc.array(visitArb, { maxLength: 25 }), fc.array(exposureArb, { maxLength: 40 }), nowArb, fc.integer({ min: -400, max: 400 }), (visits, exposures, now, days) => {
        const d = days * DAY_MS;
        const before = matchExposures(visits, exposures, { now });
        const after = matchExposures(visits.map((v) => shiftVisit(v, d)), exposures.map((e) => shiftExposure(e, d)), { now: now + d });
        expect(after).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});
