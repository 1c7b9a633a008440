/** The desk tests' clock keeps a Hong Kong date for the length of a test (see tests/helpers/desk-clock.ts). */
import { describe, expect, it } from 'vitest';
import { hkDayNumber } from '../../../shared/time/hk';
import { deskClock, minutesToHkMidnight } from '../../helpers/desk-clock';

describe('deskClock', () => {
  it('counts the minutes to Hong Kong midnight (16:00 UTC)', () => {
    expect(minutesToHkMidnight(Date.parse('2026-11-26T15:50:00Z'))).toBe(10);
    expect(minutesToHkMidnight(Date.parse('2026-11-26T16:00:00Z'))).toBe(24 * 60);
  });

  it('runs an hour behind when a test starts in the last 15 minutes of a Hong Kong day, else on time', () => {
    const late = deskClock(Date.parse('2026-11-26T15:50:00Z'));
    expect(Date.now() - late()).toBeGreaterThanOrEqual(3_600_000 - 5);
    expect(Date.now() - late()).toBeLessThan(3_600_000 + 1_000);
    const early = deskClock(Date.parse('2026-11-26T15:40:00Z'));
    expect(Math.abs(Date.now() - early())).toBeLessThan(1_000);
    // 23:50 HK an hour back is 22:50 HK: the same date for an hour more.
    expect(hkDayNumber(Date.parse('2026-11-26T15:50:00Z') - 3_600_000)).toBe(hkDayNumber(Date.parse('2026-11-26T15:50:00Z')));
  });
});
