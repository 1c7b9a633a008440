/** Hong Kong time helpers. Hong Kong has used UTC+8 without daylight saving since 1979. */

/** Hong Kong's offset from UTC in milliseconds. */
export const HK_OFFSET_MS = 8 * 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A clock: returns the current time in epoch milliseconds. Injected everywhere so tests control time. */
export type Clock = () => number;

/** The system clock. */
export const systemClock: Clock = () => Date.now();

/** The Hong Kong calendar day (days since 1970-01-01 in HK time) that contains `ms`. */
export function hkDayNumber(ms: number): number {
  return Math.floor((ms + HK_OFFSET_MS) / DAY_MS);
}

/** Epoch ms of 00:00 Hong Kong time on the given HK day number. */
export function hkDayStartMs(day: number): number {
  return day * DAY_MS - HK_OFFSET_MS;
}

/** `YYYY-MM-DD` of a HK day number. */
export function dayNumberToIsoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** HK day number of a `YYYY-MM-DD` date, or null when it is not a real date. */
export function isoDateToDayNumber(date: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) return null;
  return ms / DAY_MS;
}

/** `YYYY-MM-DD` of the Hong Kong date containing `ms`. */
export function hkIsoDate(ms: number): string {
  return dayNumberToIsoDate(hkDayNumber(ms));
}

/** `YYYY-MM-DD HH:mm` in Hong Kong time, for display. */
export function formatHkDateTime(ms: number): string {
  const d = new Date(ms + HK_OFFSET_MS).toISOString();
  return `${d.slice(0, 10)} ${d.slice(11, 16)}`;
}
