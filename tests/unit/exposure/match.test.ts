import { describe, expect, it } from 'vitest';
import { matchExposures } from '../../../shared/exposure/match';
import { buildExposureIndex } from '../../../shared/exposure/exposure-index';
import type { Exposure } from '../../../shared/exposure/exposure';
import type { Visit } from '../../../shared/checkin/visit';
import { DAY_MS, MINUTE_MS } from '../../../shared/checkin/iso-time';
import { t, vid } from '../checkin/fixtures';

const A = vid('ABCDEFGH');
const B = vid('JKMNPQRS');
const now = t('2026-11-23T22:00:00+08:00');

const visitAt = (venueId: string, from: string, until: string | null): Visit => ({
  kind: 'venue',
  venueId,
  checkIn: t(from),
  checkOut: until === null ? null : t(until),
});
const exposureAt = (venueId: string, from: string, until: string): Exposure => ({ kind: 'venue', venueId, from: t(from), until: t(until) });

describe('matchExposures', () => {
  it('matches an overlapping visit at the same venue with the minutes of overlap with the widened window', () => {
    const visits = [visitAt(A, '2026-11-23T12:00:00+08:00', '2026-11-23T13:00:00+08:00')];
    const exposures = [exposureAt(A, '2026-11-23T12:40:00+08:00', '2026-11-23T14:00:00+08:00')];
    // widened window starts 12:10, so the overlap is 12:10–13:00 = 50 minutes
    expect(matchExposures(visits, exposures, { now })).toEqual([{ visit: 0, exposure: 0, overlapMinutes: 50 }]);
    expect(matchExposures(visits, exposures, { now, toleranceMs: 0 })).toEqual([{ visit: 0, exposure: 0, overlapMinutes: 20 }]);
  });

  it('does not match intervals that only touch after widening', () => {
    const visits = [visitAt(A, '2026-11-23T12:00:00+08:00', '2026-11-23T13:00:00+08:00')];
    const touching = [exposureAt(A, '2026-11-23T13:30:00+08:00', '2026-11-23T15:00:00+08:00')];
    expect(matchExposures(visits, touching, { now })).toEqual([]);
    const justInside = [exposureAt(A, '2026-11-23T13:29:59+08:00', '2026-11-23T15:00:00+08:00')];
    // one second of overlap rounds up to one minute
    expect(matchExposures(visits, justInside, { now })).toEqual([{ visit: 0, exposure: 0, overlapMinutes: 1 }]);
    const before = [exposureAt(A, '2026-11-23T10:00:00+08:00', '2026-11-23T11:30:00+08:00')];
    expect(matchExposures(visits, before, { now })).toEqual([]);
    expect(matchExposures(visits, before, { now, toleranceMs: 31 * MINUTE_MS })).toHaveLength(1);
  });

  it('never matches a different venue, and taxi plates compare ignoring case and spaces', () => {
    const visits: Visit[] = [
      visitAt(A, '2026-11-23T12:00:00+08:00', '2026-11-23T13:00:00+08:00'),
      { kind: 'taxi', plate: 'AB 1234', checkIn: t('2026-11-23T14:00:00+08:00'), checkOut: t('2026-11-23T14:20:00+08:00') },
    ];
    const exposures: Exposure[] = [
      exposureAt(B, '2026-11-23T12:00:00+08:00', '2026-11-23T13:00:00+08:00'),
      { kind: 'taxi', plate: 'ab1234', from: t('2026-11-23T14:10:00+08:00'), until: t('2026-11-23T15:00:00+08:00') },
      { kind: 'taxi', plate: 'AB 1235', from: t('2026-11-23T14:10:00+08:00'), until: t('2026-11-23T15:00:00+08:00') },
      { kind: 'building', building: 'Block A', from: t('2026-11-23T00:00:00+08:00'), until: t('2026-11-23T23:00:00+08:00') },
    ];
    expect(matchExposures(visits, exposures, { now })).toEqual([{ visit: 1, exposure: 1, overlapMinutes: 20 }]);
  });

  it('closes open visits by the auto-leave rule before matching', () => {
    const visits = [visitAt(A, '2026-11-23T10:00:00+08:00', null)];
    const late = [exposureAt(A, '2026-11-23T15:00:00+08:00', '2026-11-23T16:00:00+08:00')];
    // auto-leave at 14:00; the widened window starts at 14:30
    expect(matchExposures(visits, late, { now })).toEqual([]);
    expect(matchExposures(visits, late, { now, autoLeaveMs: 5 * 60 * MINUTE_MS })).toEqual([{ visit: 0, exposure: 0, overlapMinutes: 30 }]);
    // 23:30 HK visit ends at 00:00 HK, so an exposure from 00:31 HK is out of reach
    const night = [visitAt(A, '2026-11-23T23:30:00+08:00', null)];
    const after = [exposureAt(A, '2026-11-24T00:31:00+08:00', '2026-11-24T02:00:00+08:00')];
    expect(matchExposures(night, after, { now: t('2026-11-24T12:00:00+08:00') })).toEqual([]);
  });

  it('ignores visits older than 31 days but keeps input positions', () => {
    const old = visitAt(A, '2026-10-01T12:00:00+08:00', '2026-10-01T13:00:00+08:00');
    const recent = visitAt(A, '2026-11-20T12:00:00+08:00', '2026-11-20T13:00:00+08:00');
    const exposures = [exposureAt(A, '2026-10-01T12:00:00+08:00', '2026-10-01T13:00:00+08:00'), exposureAt(A, '2026-11-20T12:00:00+08:00', '2026-11-20T13:00:00+08:00')];
    expect(matchExposures([old, recent], exposures, { now })).toEqual([{ visit: 1, exposure: 1, overlapMinutes: 60 }]);
    // retention counts from check-in: exactly 31 days later the visit is kept, a millisecond later it is gone
    expect(matchExposures([old], exposures, { now: t('2026-10-01T12:00:00+08:00') + 31 * DAY_MS })).toHaveLength(1);
    expect(matchExposures([old], exposures, { now: t('2026-10-01T12:00:00+08:00') + 31 * DAY_MS + 1 })).toHaveLength(0);
  });

  it('finds long windows that start well before the visit and sorts by visit then exposure', () => {
    const visits = [visitAt(A, '2026-11-22T12:00:00+08:00', '2026-11-22T13:00:00+08:00'), visitAt(A, '2026-11-20T12:00:00+08:00', '2026-11-20T12:10:00+08:00')];
    const exposures = [
      exposureAt(A, '2026-11-22T12:30:00+08:00', '2026-11-22T12:35:00+08:00'),
      exposureAt(A, '2026-11-15T00:00:00+08:00', '2026-11-23T00:00:00+08:00'),
    ];
    const index = buildExposureIndex(exposures);
    expect(index.size).toBe(2);
    expect(matchExposures(visits, index, { now }).map((m) => [m.visit, m.exposure])).toEqual([
      [0, 0],
      [0, 1],
      [1, 1],
    ]);
  });

  it('refuses a negative tolerance', () => {
    expect(() => matchExposures([], [], { now, toleranceMs: -1 })).toThrow(RangeError);
  });
});
