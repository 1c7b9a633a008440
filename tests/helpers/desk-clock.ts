/**
 * The clock of front-desk browser tests. A Health Code pass is valid through its Hong Kong date, and the tests
 * make passes for "today": a test running across Hong Kong midnight (16:00 UTC) would see them expire half-way.
 * The desk's clock is real time, but an hour behind when midnight is under 15 minutes away at the test's start.
 */
import { hkDayNumber, hkDayStartMs } from '../../shared/time/hk';

/** Minutes from `now` until the Hong Kong date changes. */
export function minutesToHkMidnight(now: number): number {
  return (hkDayStartMs(hkDayNumber(now) + 1) - now) / 60_000;
}

/** A clock (epoch ms) that stays on one Hong Kong date for at least 15 minutes from `start`. */
export function deskClock(start = Date.now()): () => number {
  const offset = minutesToHkMidnight(start) < 15 ? -3_600_000 : 0;
  return () => Date.now() + offset;
}
