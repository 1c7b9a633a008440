import { describe, expect, it } from 'vitest';
import { ed25519 } from '@noble/curves/ed25519.js';
import { VisitDiary, placeFromRecord } from '../../../shared/checkin/visit-diary';
import { checkInWithCode } from '../../../shared/checkin/scan';
import { settleVisits } from '../../../shared/checkin/diary';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../../shared/checkin/iso-time';
import { buildCodeText } from '../../../shared/qr/code';
import type { VenueCodeRecord } from '../../../shared/qr/record';
import { kidOf, type TrustFile } from '../../../shared/qr/trust';
import { toHex } from '../../../shared/qr/bytes';
import type { Visit } from '../../../shared/checkin/visit';
import { manualClock, t, vid } from './fixtures';

const A = vid('ABCDEFGH');
const B = vid('JKMNPQRS');
const venue = (venueId: string) => ({ kind: 'venue' as const, venueId });

describe('VisitDiary check-in and leave', () => {
  it('leave ends the open visit at the clock time', () => {
    const c = manualClock(t('2026-11-23T10:00:00+08:00'));
    const diary = new VisitDiary({ clock: c.clock });
    diary.checkIn(venue(A));
    c.advance(90 * MINUTE_MS);
    const left = diary.leave();
    expect(left).toMatchObject({ venueId: A, checkIn: t('2026-11-23T10:00:00+08:00'), checkOut: t('2026-11-23T11:30:00+08:00') });
    expect(diary.current()).toBeNull();
    expect(diary.leave()).toBeNull();
  });

  it('a new check-in closes the open visit at the new check-in time', () => {
    const c = manualClock(t('2026-11-23T10:00:00+08:00'));
    const diary = new VisitDiary({ clock: c.clock });
    diary.checkIn(venue(A));
    c.advance(HOUR_MS);
    diary.checkIn(venue(B));
    const [first, second] = diary.visits();
    expect(first).toMatchObject({ venueId: A, checkOut: t('2026-11-23T11:00:00+08:00') });
    expect(second).toMatchObject({ venueId: B, checkIn: t('2026-11-23T11:00:00+08:00'), checkOut: null });
  });

  it('re-scanning the open venue keeps one visit and restarts the auto-leave period', () => {
    const c = manualClock(t('2026-11-23T09:00:00+08:00'));
    const diary = new VisitDiary({ clock: c.clock });
    diary.checkIn(venue(A));
    c.advance(3 * HOUR_MS);
    const again = diary.checkIn({ kind: 'venue', venueId: A.toLowerCase() });
    expect(again.rescan).toBe(true);
    expect(diary.visits()).toHaveLength(1);
    c.set(t('2026-11-23T15:59:00+08:00'));
    expect(diary.current()?.checkIn).toBe(t('2026-11-23T09:00:00+08:00'));
    c.set(t('2026-11-23T16:00:00+08:00'));
    expect(diary.current()).toBeNull();
    expect(diary.visits()[0]?.checkOut).toBe(t('2026-11-23T16:00:00+08:00'));
    expect(diary.toJson()[0]).not.toHaveProperty('rescannedAt');
  });

  it('re-scanning after auto-leave starts a second visit', () => {
    const c = manualClock(t('2026-11-23T09:00:00+08:00'));
    const diary = new VisitDiary({ clock: c.clock });
    diary.checkIn(venue(A));
    c.advance(5 * HOUR_MS);
    expect(diary.checkIn(venue(A)).rescan).toBe(false);
    expect(diary.visits().map((v) => v.checkOut)).toEqual([t('2026-11-23T13:00:00+08:00'), null]);
  });

  it('taxis check in by plate in display form, and bad plates are refused', () => {
    const c = manualClock(t('2026-11-23T10:00:00+08:00'));
    const diary = new VisitDiary({ clock: c.clock });
    const ok = diary.checkInTaxi('ab1234');
    expect(ok.ok && ok.value.visit).toMatchObject({ kind: 'taxi', plate: 'AB 1234' });
    c.advance(MINUTE_MS);
    expect(diary.checkInTaxi('AB 1234').ok && diary.visits()).toHaveLength(1);
    const bad = diary.checkInTaxi('AB-12!');
    expect(bad.ok).toBe(false);
    expect(diary.visits()).toHaveLength(1);
  });
});

describe('auto-leave', () => {
  it('ends an open visit after the setting (default 4 hours)', () => {
    const c = manualClock(t('2026-11-23T10:00:00+08:00'));
    const diary = new VisitDiary({ clock: c.clock });
    diary.checkIn(venue(A));
    c.set(t('2026-11-23T13:59:59+08:00'));
    expect(diary.current()).not.toBeNull();
    c.set(t('2026-11-23T14:00:00+08:00'));
    expect(diary.current()).toBeNull();
    expect(diary.visits()[0]?.checkOut).toBe(t('2026-11-23T14:00:00+08:00'));

    const short = new VisitDiary({ clock: c.clock, autoLeaveMs: 30 * MINUTE_MS });
    short.checkIn(venue(B));
    c.advance(31 * MINUTE_MS);
    expect(short.visits()[0]?.checkOut).toBe(t('2026-11-23T14:30:00+08:00'));
  });

  it('a visit starting 23:30 HK (15:30Z) auto-leaves at 00:00 HK (16:00Z), not at UTC midnight', () => {
    const c = manualClock(t('2026-11-23T15:30:00Z'));
    const diary = new VisitDiary({ clock: c.clock });
    diary.checkIn(venue(A));
    c.set(t('2026-11-24T01:00:00Z'));
    expect(diary.visits()[0]?.checkOut).toBe(t('2026-11-23T16:00:00Z'));
  });

  it('a visit starting 07:30 HK is not cut at UTC midnight (08:00 HK)', () => {
    const c = manualClock(t('2026-11-23T07:30:00+08:00'));
    const diary = new VisitDiary({ clock: c.clock });
    diary.checkIn(venue(A));
    c.set(t('2026-11-23T12:00:00+08:00'));
    expect(diary.visits()[0]?.checkOut).toBe(t('2026-11-23T11:30:00+08:00'));
  });

  it('refuses a non-positive setting', () => {
    expect(() => new VisitDiary({ clock: () => 0, autoLeaveMs: 0 })).toThrow(RangeError);
  });
});

describe('retention', () => {
  it('keeps a visit that checked in exactly 31 days ago and erases one a millisecond older', () => {
    const start = t('2026-11-01T10:00:00+08:00');
    const c = manualClock(start);
    const diary = new VisitDiary({ clock: c.clock });
    diary.checkIn(venue(A));
    diary.leave();
    c.set(start + 31 * DAY_MS);
    expect(diary.visits()).toHaveLength(1);
    c.set(start + 31 * DAY_MS + 1);
    expect(diary.visits()).toHaveLength(0);
    expect(diary.toJson()).toEqual([]);
  });

  it('erases old visits loaded from storage on construction', () => {
    const now = t('2026-11-23T10:00:00+08:00');
    const old: Visit = { kind: 'venue', venueId: A, checkIn: now - 40 * DAY_MS, checkOut: now - 40 * DAY_MS + HOUR_MS };
    const diary = new VisitDiary({ clock: () => now, visits: [old] });
    expect(diary.visits()).toEqual([]);
  });
});

describe('storage and clock changes', () => {
  it('round-trips through JSON', () => {
    const c = manualClock(t('2026-11-23T10:00:00+08:00'));
    const diary = new VisitDiary({ clock: c.clock });
    diary.checkIn({ kind: 'venue', venueId: A, nameEn: 'Tea House', nameZh: '茶樓' });
    c.advance(HOUR_MS);
    diary.checkInTaxi('AB 1234');
    const json = diary.toJson();
    expect(json[0]).toEqual({ kind: 'venue', venueId: A, nameEn: 'Tea House', nameZh: '茶樓', checkIn: '2026-11-23T10:00:00+08:00', checkOut: '2026-11-23T11:00:00+08:00' });
    expect(json[1]).toEqual({ kind: 'taxi', plate: 'AB 1234', checkIn: '2026-11-23T11:00:00+08:00', checkOut: null });
    const again = VisitDiary.fromJson(JSON.parse(JSON.stringify(json)), { clock: c.clock });
    expect(again.ok && again.value.visits()).toEqual(diary.visits());
  });

  it('fromJson refuses malformed input naming the entry and field', () => {
    const bad = VisitDiary.fromJson([{ kind: 'venue', venueId: A, checkIn: '2026-11-23T10:00:00', checkOut: null }], { clock: () => 0 });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.message).toMatch(/^visits\[0\]\.checkIn: /);
  });

  it('cuts overlapping stored visits apart at the next check-in', () => {
    const now = t('2026-11-23T20:00:00+08:00');
    const visits: Visit[] = [
      { kind: 'venue', venueId: A, checkIn: t('2026-11-23T10:00:00+08:00'), checkOut: t('2026-11-23T12:00:00+08:00') },
      { kind: 'venue', venueId: B, checkIn: t('2026-11-23T11:00:00+08:00'), checkOut: null },
    ];
    const settled = settleVisits(visits, now);
    expect(settled.map((v) => v.checkOut)).toEqual([t('2026-11-23T11:00:00+08:00'), t('2026-11-23T15:00:00+08:00')]);
  });

  it('a clock set back does not put a check-in inside an earlier visit', () => {
    const c = manualClock(t('2026-11-23T10:00:00+08:00'));
    const diary = new VisitDiary({ clock: c.clock });
    diary.checkIn(venue(A));
    c.set(t('2026-11-23T09:00:00+08:00'));
    diary.checkIn(venue(B));
    const [first, second] = diary.visits();
    expect(first?.checkOut).toBe(t('2026-11-23T10:00:00+08:00'));
    expect(second?.checkIn).toBe(t('2026-11-23T10:00:00+08:00'));
  });
});

describe('export', () => {
  it('exports everything, or the visits touching the chosen Hong Kong dates', () => {
    const c = manualClock(t('2026-11-20T23:00:00+08:00'));
    const diary = new VisitDiary({ clock: c.clock });
    diary.checkIn(venue(A)); // auto-leaves at 00:00 HK on the 21st
    c.set(t('2026-11-22T10:00:00+08:00'));
    diary.checkIn(venue(B));
    const all = diary.exportJson();
    expect(all.ok && all.value).toMatchObject({ format: 'venue-console-visits', version: 1, range: null, exportedAt: '2026-11-22T10:00:00+08:00' });
    expect(all.ok && all.value.visits).toHaveLength(2);
    const day21 = diary.exportJson({ from: '2026-11-21', to: '2026-11-21' });
    expect(day21.ok && day21.value.visits).toEqual([]);
    const day20 = diary.exportJson({ from: '2026-11-20', to: '2026-11-21' });
    expect(day20.ok && day20.value.visits.map((v) => v.checkIn)).toEqual(['2026-11-20T23:00:00+08:00']);
    expect(diary.exportJson({ from: '2026-11-22', to: '2026-11-21' }).ok).toBe(false);
  });
});

describe('check-in from a scanned code', () => {
  const secret = new Uint8Array(32).fill(7);
  const publicKey = ed25519.getPublicKey(secret);
  const kid = kidOf(publicKey);
  const trust: TrustFile = {
    format: 'venue-console-trust',
    version: 1,
    operator: 'Test operator',
    exportedAt: '2026-11-01T00:00:00+08:00',
    keys: [{ kid, publicKey: toHex(publicKey), status: 'active', validFrom: '2026-01-01', validUntil: null }],
    revokedVenues: [],
  };
  const record: VenueCodeRecord = { kid, issuedOn: '2026-11-01', venueId: A, type: 'restaurant', nameEn: 'Tea House', nameZh: '茶樓' };
  const code = buildCodeText(record, (m) => ed25519.sign(m, secret));

  it('checks in to a verified venue code', () => {
    const diary = new VisitDiary({ clock: () => t('2026-11-23T10:00:00+08:00') });
    const outcome = checkInWithCode(diary, code, trust);
    expect(outcome.ok && outcome.visit).toMatchObject({ kind: 'venue', venueId: A, nameEn: 'Tea House' });
    expect(diary.visits()).toHaveLength(1);
  });

  it('refuses an unverified code with the typed reason and records nothing', () => {
    const diary = new VisitDiary({ clock: () => t('2026-11-23T10:00:00+08:00') });
    const tampered = code.slice(0, -3) + (code.endsWith('000') ? '001' : '000');
    const outcome = checkInWithCode(diary, tampered, trust);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && ['bad-signature', 'malformed']).toContain(!outcome.ok && outcome.reason);
    expect(checkInWithCode(diary, code, { ...trust, revokedVenues: [A] })).toMatchObject({ ok: false, reason: 'revoked' });
    expect(diary.visits()).toEqual([]);
  });

  it('a taxi code whose English name is a plate is a taxi visit', () => {
    expect(placeFromRecord({ ...record, type: 'taxi', nameEn: 'Taxi ab 1234' })).toEqual({ kind: 'taxi', plate: 'AB 1234' });
    expect(placeFromRecord({ ...record, type: 'taxi', nameEn: 'Radio taxi fleet' })).toMatchObject({ kind: 'venue', venueId: A });
  });
});
