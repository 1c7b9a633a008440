/** Durations and ISO 8601 instants for visits: parsing demands an explicit offset, formatting uses Hong Kong time (+08:00). */
import { HK_OFFSET_MS, hkDayNumber, hkDayStartMs } from '../time/hk';

/** One minute in milliseconds. */
export const MINUTE_MS = 60_000;
/** One hour in milliseconds. */
export const HOUR_MS = 60 * MINUTE_MS;
/** One day (24 hours) in milliseconds; "N days" in this module always means N × 24 h. */
export const DAY_MS = 24 * HOUR_MS;

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * Epoch ms of an ISO 8601 date-time that carries an explicit offset (`Z` or `±HH:MM`), or null.
 * Times without an offset are refused because they are ambiguous; impossible dates (Feb 30, 24:00) are refused too.
 * Fractions beyond milliseconds are truncated.
 */
export function parseIsoInstant(text: string): number | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const millis = m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0').slice(0, 3));
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const local = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  // Date.UTC rolls Feb 30 over into March; a real date survives the round trip.
  if (new Date(local).getUTCDate() !== day) return null;
  let offsetMs = 0;
  if (m[8] !== 'Z') {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return null;
    offsetMs = (m[9] === '-' ? -1 : 1) * (oh * HOUR_MS + om * MINUTE_MS);
  }
  return local - offsetMs;
}

/** ISO 8601 in Hong Kong time with a `+08:00` offset; milliseconds are written only when not zero. */
export function formatHkIso(ms: number): string {
  const text = new Date(ms + HK_OFFSET_MS).toISOString();
  const body = text.endsWith('.000Z') ? text.slice(0, 19) : text.slice(0, 23);
  return `${body}+08:00`;
}

/** Epoch ms of the next 00:00 Hong Kong time after the Hong Kong day that contains `ms`. */
export function hkMidnightAfter(ms: number): number {
  return hkDayStartMs(hkDayNumber(ms) + 1);
}
