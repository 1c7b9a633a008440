/** Test helpers for consumer-module tests: valid venue ids, instants and a fixed clock. */
import { venueIdCheckChar, VENUE_ID_ALPHABET } from '../../../shared/venue/venue-id';
import { parseIsoInstant } from '../../../shared/checkin/iso-time';

/** A valid 9-character venue id built from an 8-character body of the venue-id alphabet. */
export function vid(body: string): string {
  return body + venueIdCheckChar(body);
}

/** The n-th test venue id (distinct for distinct n). */
export function nthVenueId(n: number): string {
  let body = '';
  let x = n;
  for (let i = 0; i < 8; i++) {
    body += VENUE_ID_ALPHABET[x % VENUE_ID_ALPHABET.length];
    x = Math.floor(x / VENUE_ID_ALPHABET.length);
  }
  return vid(body);
}

/** Epoch ms of an ISO time with offset; throws on bad input so fixtures cannot silently be wrong. */
export function t(iso: string): number {
  const ms = parseIsoInstant(iso);
  if (ms === null) throw new Error(`bad fixture time ${iso}`);
  return ms;
}

/** A settable clock. */
export function manualClock(start: number): { clock: () => number; set: (ms: number) => void; advance: (ms: number) => void } {
  let now = start;
  return { clock: () => now, set: (ms) => (now = ms), advance: (ms) => (now += ms) };
}
