/**
 * Exposure-matching benchmark: 1,500 visits against 100,000 exposures spread over ~20,000 venues and taxis
 * across 31 days. Reports medians in ms for matching straight from the arrays (the scan path, end to end),
 * building an exposure index, and matching with a built index.
 */
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../shared/checkin/iso-time';
import type { Place, Visit } from '../shared/checkin/visit';
import type { Exposure } from '../shared/exposure/exposure';
import { buildExposureIndex } from '../shared/exposure/exposure-index';
import { matchExposures } from '../shared/exposure/match';
import { VENUE_ID_ALPHABET, venueIdCheckChar } from '../shared/venue/venue-id';

const VISITS = 1_500;
const EXPOSURES = 100_000;
const VENUES = 16_000;
const TAXIS = 4_000;

/** A small seeded PRNG (mulberry32) so every run measures the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function venueId(n: number): string {
  let body = '';
  for (let i = 0, x = n; i < 8; i++, x = Math.floor(x / VENUE_ID_ALPHABET.length)) body += VENUE_ID_ALPHABET[x % VENUE_ID_ALPHABET.length];
  return body + venueIdCheckChar(body);
}

function plate(n: number, spaced: boolean): string {
  const letters = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  const prefix = `${letters[n % letters.length]}${letters[Math.floor(n / letters.length) % letters.length]}`;
  return spaced ? `${prefix} ${1000 + (n % 9000)}` : `${prefix.toLowerCase()}${1000 + (n % 9000)}`;
}

/** Builds the benchmark data: exposures over 31 days before `now`, and a 31-day diary of visits. */
export function benchData(seed = 1): { visits: Visit[]; exposures: Exposure[]; now: number } {
  const rand = prng(seed);
  const now = Date.UTC(2026, 10, 23, 4);
  const start = now - 31 * DAY_MS;
  // Ids are made first and shared, as JSON parsing makes them; each exposure is then one object literal, as the
  // schema parser makes them (building objects by spreading temporaries scatters them in memory and skews timing).
  const venueIds = Array.from({ length: VENUES }, (_, i) => venueId(i));
  const plates = Array.from({ length: TAXIS }, (_, i) => plate(i, i % 2 === 0));
  const exposures: Exposure[] = [];
  for (let i = 0; i < EXPOSURES; i++) {
    const n = Math.floor(rand() * (VENUES + TAXIS));
    const from = start + Math.floor(rand() * 31 * DAY_MS);
    if (n < VENUES) {
      exposures.push({ kind: 'venue', venueId: venueIds[n] as string, from, until: from + Math.floor(30 * MINUTE_MS + rand() * 4 * HOUR_MS) });
    } else {
      exposures.push({ kind: 'taxi', plate: plates[n - VENUES] as string, from, until: from + Math.floor(10 * MINUTE_MS + rand() * 50 * MINUTE_MS) });
    }
  }
  const place = (n: number): Place => (n < VENUES ? { kind: 'venue', venueId: venueIds[n] as string } : { kind: 'taxi', plate: plate(n - VENUES, rand() < 0.5) });
  const visits: Visit[] = [];
  let t = start + HOUR_MS;
  const step = (31 * DAY_MS - 2 * HOUR_MS) / VISITS;
  for (let i = 0; i < VISITS; i++) {
    const p = place(Math.floor(rand() * (VENUES + TAXIS)));
    const length = Math.floor(rand() * Math.min(step, 3 * HOUR_MS));
    visits.push({ ...p, checkIn: Math.floor(t), checkOut: i === VISITS - 1 ? null : Math.floor(t) + length });
    t += step;
  }
  return { visits, exposures, now };
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const value = sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return Math.round(value * 1000) / 1000;
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** The median time of `runs` calls of `fn`, yielding to the event loop between calls. */
async function medianTime(runs: number, fn: () => void): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    samples.push(time(fn));
    await Promise.resolve();
  }
  return median(samples);
}

/**
 * Runs the benchmark: medians in milliseconds after warm-up, each path measured in its own phase (so one path's
 * garbage is not collected on another's clock), plus the number of matches as a sanity check.
 */
export async function benchMatching(): Promise<Record<string, number>> {
  const { visits, exposures, now } = benchData();
  const runs = 15;
  let scanned = 0;
  let indexed = 0;
  for (let i = 0; i < 5; i++) {
    scanned = matchExposures(visits, exposures, { now }).length;
    indexed = matchExposures(visits, buildExposureIndex(exposures), { now }).length;
  }
  if (scanned !== indexed) throw new Error(`scan found ${scanned} matches, the index ${indexed}`);
  const scan = await medianTime(runs, () => matchExposures(visits, exposures, { now }));
  const build = await medianTime(runs, () => buildExposureIndex(exposures));
  const index = buildExposureIndex(exposures);
  const match = await medianTime(runs, () => matchExposures(visits, index, { now }));
  return {
    match_scan_1500x100k_ms: scan,
    index_100k_ms: build,
    match_indexed_1500x100k_ms: match,
    matches_found_count: scanned,
  };
}
