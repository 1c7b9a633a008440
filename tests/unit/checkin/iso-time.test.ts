import { describe, expect, it } from 'vitest';
import { formatHkIso, hkMidnightAfter, parseIsoInstant } from '../../../shared/checkin/iso-time';

describe('parseIsoInstant', () => {
  it('reads Z and numeric offsets as the same instant', () => {
    expect(parseIsoInstant('2026-11-23T02:00:00Z')).toBe(Date.UTC(2026, 10, 23, 2));
    expect(parseIsoInstant('2026-11-23T10:00:00+08:00')).toBe(Date.UTC(2026, 10, 23, 2));
    expect(parseIsoInstant('2026-11-22T21:00-05:00')).toBe(Date.UTC(2026, 10, 23, 2));
    expect(parseIsoInstant('2026-11-23T10:00:00.5+08:00')).toBe(Date.UTC(2026, 10, 23, 2, 0, 0, 500));
  });

  it('refuses times without an offset, impossible dates and other text', () => {
    for (const bad of ['2026-11-23T10:00:00', '2026-11-23', '2026-02-30T00:00:00Z', '2026-11-23T24:00:00Z', '2026-13-01T00:00:00Z', 'yesterday', '2026-11-23T10:00:00+8:00', '']) {
      expect(parseIsoInstant(bad), bad).toBeNull();
    }
  });
});

describe('formatHkIso', () => {
  it('writes Hong Kong time with +08:00 and round-trips', () => {
    const ms = Date.UTC(2026, 10, 23, 15, 59, 59);
    expect(formatHkIso(ms)).toBe('2026-11-23T23:59:59+08:00');
    expect(parseIsoInstant(formatHkIso(ms + 7))).toBe(ms + 7);
    expect(formatHkIso(ms + 7)).toBe('2026-11-23T23:59:59.007+08:00');
  });
});

describe('hkMidnightAfter', () => {
  it('is 00:00 Hong Kong time (16:00Z), not UTC midnight', () => {
    expect(hkMidnightAfter(Date.UTC(2026, 10, 23, 15, 30))).toBe(Date.UTC(2026, 10, 23, 16));
    // 00:30 HK on the 24th is 16:30Z on the 23rd: its midnight is the next HK day's.
    expect(hkMidnightAfter(Date.UTC(2026, 10, 23, 16, 30))).toBe(Date.UTC(2026, 10, 24, 16));
  });
});
