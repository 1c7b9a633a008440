import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { VisitDiary } from '../../../shared/checkin/visit-diary';
import { DAY_MS, HOUR_MS, MINUTE_MS, hkMidnightAfter } from '../../../shared/checkin/iso-time';
import { RETENTION_MS } from '../../../shared/checkin/retention';
import type { Place, Visit } from '../../../shared/checkin/visit';
import { nthVenueId } from './fixtures';

const PLACES: Place[] = [
  { kind: 'venue', venueId: nthVenueId(1) },
  { kind: 'venue', venueId: nthVenueId(2) },
  { kind: 'taxi', plate: 'AB 1234' },
  { kind: 'taxi', plate: 'XY 9' },
];

type Op = { kind: 'in'; place: number; dt: number } | { kind: 'leave'; dt: number } | { kind: 'read'; dt: number };

const dt = fc.oneof(
  fc.integer({ min: 0, max: 10 * HOUR_MS }),
  fc.integer({ min: 0, max: 40 * DAY_MS }),
  fc.integer({ min: -2 * HOUR_MS, max: 0 }), // the phone's clock is set back
  fc.constantFrom(0, 1, MINUTE_MS),
);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('in' as const), place: fc.integer({ min: 0, max: PLACES.length - 1 }), dt }),
  fc.record({ kind: fc.constant('leave' as const), dt }),
  fc.record({ kind: fc.constant('read' as const), dt }),
);
const start = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) });
const autoLeave = fc.integer({ min: MINUTE_MS, max: 30 * HOUR_MS });

function run(startMs: number, autoLeaveMs: number, ops: Op[], check: (visits: readonly Visit[], now: number) => void): void {
  let now = startMs;
  const diary = new VisitDiary({ clock: () => now, autoLeaveMs });
  for (const o of ops) {
    now += o.dt;
    if (o.kind === 'in') diary.checkIn(PLACES[o.place] as Place);
    else if (o.kind === 'leave') diary.leave();
    check(diary.visits(), now);
  }
}

describe('visit diary properties', () => {
  it('never holds overlapping visits, and only the last may be open', () => {
    fc.assert(
      fc.property(start, autoLeave, fc.array(op, { maxLength: 60 }), (s, a, ops) => {
        run(s, a, ops, (visits) => {
          for (let i = 0; i < visits.length; i++) {
            const v = visits[i] as Visit;
            if (v.checkOut !== null) expect(v.checkOut).toBeGreaterThanOrEqual(v.checkIn);
            const next = visits[i + 1];
            if (next) {
              expect(v.checkOut).not.toBeNull();
              expect(v.checkOut as number).toBeLessThanOrEqual(next.checkIn);
            }
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps nothing that checked in more than 31 days before the clock', () => {
    fc.assert(
      fc.property(start, autoLeave, fc.array(op, { maxLength: 60 }), (s, a, ops) => {
        run(s, a, ops, (visits, now) => {
          for (const v of visits) expect(v.checkIn).toBeGreaterThanOrEqual(now - RETENTION_MS);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('auto-leave never crosses midnight in Hong Kong', () => {
    fc.assert(
      fc.property(start, autoLeave, fc.array(op, { maxLength: 60 }), (s, a, ops) => {
        run(s, a, ops, (visits, now) => {
          for (const v of visits) {
            const midnight = hkMidnightAfter(v.checkIn);
            if (v.checkOut !== null) expect(v.checkOut).toBeLessThanOrEqual(midnight);
            else expect(now).toBeLessThan(midnight);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('survives a round trip through its JSON form unchanged', () => {
    fc.assert(
      fc.property(start, fc.array(op, { maxLength: 30 }), (s, ops) => {
        let now = s;
        const diary = new VisitDiary({ clock: () => now });
        for (const o of ops) {
          now += o.dt;
          if (o.kind === 'in') diary.checkIn(PLACES[o.place] as Place);
          else if (o.kind === 'leave') diary.leave();
        }
        const back = VisitDiary.fromJson(JSON.parse(JSON.stringify(diary.toJson())), { clock: () => now });
        expect(back.ok).toBe(true);
        expect(back.ok && back.value.visits()).toEqual(diary.visits());
      }),
      { numRuns: 200 },
    );
  });
});
