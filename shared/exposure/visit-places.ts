/**
 * The visits that can match, indexed by place for the exposure scan: an open-addressing hash table over the places'
 * comparison keys (the forms `placeKey` compares), with a chain of visits per place. A lookup hashes the text
 * of an exposure's venue id or plate as if normalised, in one pass over its characters and without allocating;
 * only text with characters beyond ASCII goes through the real normalisers.
 */
import { DEFAULT_AUTO_LEAVE_MS, visitEnd } from '../checkin/auto-leave';
import { normalisePlate } from '../checkin/plate';
import { isRetained } from '../checkin/retention';
import type { Visit } from '../checkin/visit';
import { normaliseVenueId } from '../venue/venue-id';
import type { MatchOptions } from './match-types';

/** Which kind of place a key belongs to (venue ids and plates never compare equal): {@link VENUE} or {@link TAXI}. */
export type PlaceKind = 0 | 1;
/** The {@link PlaceKind} of venues. */
export const VENUE: PlaceKind = 0;
/** The {@link PlaceKind} of taxis. */
export const TAXI: PlaceKind = 1;

/** Visits by place. Place p has key `keys[p]`, kind `kinds[p]` and visits `first[p]`, `next[first[p]]`, … (−1 ends). */
export interface VisitPlaces {
  /** Table slots hold place number + 1 (0 is empty); `mask` is the table size − 1 (a power of two). */
  slots: Int32Array;
  /** The hash of the place in each occupied slot. */
  hashes: Int32Array;
  mask: number;
  /** Each place's comparison key: `normaliseVenueId(venueId)` or `normalisePlate(plate)`. */
  keys: string[];
  kinds: PlaceKind[];
  /** The first visit at each place, in visit order. */
  first: number[];
  /** The next visit at the same place, −1 at the end (every visit position; unused for visits that cannot match). */
  next: Int32Array;
  /** Each visit's check-in (epoch ms). */
  from: Float64Array;
  /** Each visit's end for matching ({@link visitEnd}). */
  until: Float64Array;
  /** How many places have a visit of each kind, indexed by {@link PlaceKind}. */
  counts: [number, number];
  /**
   * A bit set of the hashes of every key's first {@link PREFIX} characters: most exposures at places nobody
   * visited are ruled out after reading that many characters instead of all of them.
   */
  prefixes: Int32Array;
}

/** How many characters of a key the prefix filter covers. */
const PREFIX = 3;
/** The prefix filter's size in bits − 1 (64 Ki bits, 8 KiB). */
const PREFIX_MASK = (1 << 16) - 1;

const SEEDS = [0x811c9dc5 | 0, 0x2f6b9d13];
const PRIME = 0x01000193;

/** Final mixing so the low bits (the table position) depend on every character. */
function mix(h: number): number {
  const x = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return x ^ (x >>> 16);
}

/** Whether the prefix filter holds the running hash `h` of a key's first {@link PREFIX} characters. */
function hasPrefix(prefixes: Int32Array, h: number): boolean {
  const bit = mix(h) & PREFIX_MASK;
  return ((prefixes[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
}

/** The hash of a comparison key of the given kind; adds its prefix to the filter when `prefixes` is given. */
function hashKey(kind: PlaceKind, key: string, prefixes?: Int32Array): number {
  let h = SEEDS[kind] as number;
  for (let i = 0; i < key.length; i++) {
    h = Math.imul(h ^ key.charCodeAt(i), PRIME);
    if (i === PREFIX - 1 && prefixes) {
      const bit = mix(h) & PREFIX_MASK;
      prefixes[bit >>> 5] = (prefixes[bit >>> 5] as number) | (1 << (bit & 31));
    }
  }
  return mix(h);
}

/** The place number of `key`, or −1. */
function findPlace(places: VisitPlaces, kind: PlaceKind, key: string, hash: number): number {
  for (let j = hash & places.mask; ; j = (j + 1) & places.mask) {
    const p = (places.slots[j] as number) - 1;
    if (p < 0) return -1;
    if (places.hashes[j] === hash && places.kinds[p] === kind && places.keys[p] === key) return p;
  }
}

function addPlace(places: VisitPlaces, kind: PlaceKind, key: string, hash: number): number {
  let j = hash & places.mask;
  while (places.slots[j] !== 0) j = (j + 1) & places.mask;
  const p = places.keys.length;
  places.slots[j] = p + 1;
  places.hashes[j] = hash;
  places.keys.push(key);
  places.kinds.push(kind);
  places.first.push(-1);
  places.counts[kind]++;
  return p;
}

/**
 * Indexes the visits that can match by place: those retained at `now` and of positive length once open visits
 * are ended by the auto-leave rule (the visits `forEachOverlap` considers).
 */
export function indexVisitPlaces(visits: readonly Visit[], options: MatchOptions): VisitPlaces {
  const autoLeaveMs = options.autoLeaveMs ?? DEFAULT_AUTO_LEAVE_MS;
  let size = 16;
  while (size < 2 * visits.length) size *= 2;
  const places: VisitPlaces = {
    slots: new Int32Array(size),
    hashes: new Int32Array(size),
    mask: size - 1,
    keys: [],
    kinds: [],
    first: [],
    next: new Int32Array(visits.length).fill(-1),
    from: new Float64Array(visits.length),
    until: new Float64Array(visits.length),
    counts: [0, 0],
    prefixes: new Int32Array((PREFIX_MASK + 1) >>> 5),
  };
  // Walking backwards and prepending leaves every chain in visit order.
  for (let v = visits.length - 1; v >= 0; v--) {
    const visit = visits[v] as Visit;
    if (!isRetained(visit, options.now)) continue;
    const a = visit.checkIn;
    const b = visitEnd(visit, options.now, autoLeaveMs);
    if (!(b > a)) continue;
    places.from[v] = a;
    places.until[v] = b;
    const kind = visit.kind === 'venue' ? VENUE : TAXI;
    const key = visit.kind === 'venue' ? normaliseVenueId(visit.venueId) : normalisePlate(visit.plate);
    const hash = hashKey(kind, key, places.prefixes);
    let p = findPlace(places, kind, key, hash);
    if (p < 0) p = addPlace(places, kind, key, hash);
    places.next[v] = places.first[p] as number;
    places.first[p] = v;
  }
  return places;
}

/**
 * Whether ASCII `text`, normalised (upper case; white space, and for venue ids dashes, dropped), equals `key`.
 * Mirrors the character rules of {@link firstVisitAt}.
 */
function sameNormalised(key: string, text: string, dropDash: boolean): boolean {
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    else if (c === 32 || (c >= 9 && c <= 13) || (c === 45 && dropDash)) continue;
    if (key.charCodeAt(k) !== c) return false;
    k++;
  }
  return k === key.length;
}

/**
 * The first visit at the place an exposure names by `text` (a venue id or a plate, in any spelling the
 * normalisers accept), or −1. For ASCII text the normalised form is hashed and compared character by character
 * as it is read: `toUpperCase` changes only a–z there, and the ASCII white space of `\s` is tab to carriage
 * return and space.
 */
export function firstVisitAt(places: VisitPlaces, kind: PlaceKind, text: string): number {
  const dropDash = kind === VENUE;
  let h = SEEDS[kind] as number;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 97) {
      if (c <= 122) c -= 32;
      else if (c >= 128) return firstVisitAtSlow(places, kind, text);
    } else if (c === 32 || (c >= 9 && c <= 13) || (c === 45 && dropDash)) continue;
    h = Math.imul(h ^ c, PRIME);
    if (++n === PREFIX && !hasPrefix(places.prefixes, h)) return -1;
  }
  h = mix(h);
  for (let j = h & places.mask; ; j = (j + 1) & places.mask) {
    const p = (places.slots[j] as number) - 1;
    if (p < 0) return -1;
    if (places.hashes[j] === h && places.kinds[p] === kind && sameNormalised(places.keys[p] as string, text, dropDash)) return places.first[p] as number;
  }
}

/** {@link firstVisitAt} for text beyond ASCII: normalised by the real normalisers (rare: allocates). */
function firstVisitAtSlow(places: VisitPlaces, kind: PlaceKind, text: string): number {
  const key = kind === VENUE ? normaliseVenueId(text) : normalisePlate(text);
  const p = findPlace(places, kind, key, hashKey(kind, key));
  return p < 0 ? -1 : (places.first[p] as number);
}
