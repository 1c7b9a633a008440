/**
 * Which of an operator's venues a notice concerns, and why: a venue by id, a taxi by normalised plate, a
 * building by name within the address (English or Chinese) of a venue in the same district, a district
 * by district. The index reads each kind of venue fact only when a notice first needs it, and keeps each
 * district's addresses folded in one string, so a building is found by `indexOf` over the district instead of
 * a comparison per venue (and a database hands over each district's addresses already joined).
 */
import { normalisePlate } from '../checkin/plate';
import { normaliseBuilding } from '../exposure/exposure';
import type { District } from '../venue/catalogue';
import type { NoticeTarget } from './notice';

/** The venue facts matching reads. */
export interface MatchableVenue {
  id: string;
  type: string;
  nameEn: string;
  addressEn: string;
  addressZh: string;
  district: District | null;
}

/** Between a venue's English and Chinese address in {@link DistrictAddresses.text} (a control character: never in venue text). */
export const ADDRESS_BETWEEN = '\u001f';
/** After each venue's addresses in {@link DistrictAddresses.text}. */
export const ADDRESS_AFTER = '\u001e';

/** A district's venues: their ids and, in the same order, `addressEn + ADDRESS_BETWEEN + addressZh + ADDRESS_AFTER` each. */
export interface DistrictAddresses {
  district: District;
  ids: string[];
  text: string;
}

/** Where an index reads venues from, one kind of fact at a time (a database reads only the columns asked for). */
export interface VenueMatchSource {
  /** Every venue id. */
  ids(): Iterable<string>;
  /** The taxis, with the plate their English name is. */
  taxis(): Iterable<{ id: string; plate: string }>;
  /** The venues with a district, district by district. */
  places(): Iterable<DistrictAddresses>;
}

/** Why a venue matched: the target that named it. */
export type MatchReason = { by: 'venue' } | { by: 'plate'; plate: string } | { by: 'building'; building: string; district: District } | { by: 'district'; district: District };

/** One venue a notice concerns. */
export interface NoticeVenueMatch {
  venueId: string;
  reason: MatchReason;
}

/** One district's venues: their ids, and their folded addresses in one string with each venue's start offset. */
interface DistrictPlaces {
  ids: string[];
  text: string;
  starts: number[];
}

/** Venues indexed for matching; each part is built the first time a target needs it. */
export class VenueMatchIndex {
  private idSet: Set<string> | null = null;
  private plates: Map<string, string> | null = null;
  private districts: Map<District, DistrictPlaces> | null = null;

  constructor(private readonly source: VenueMatchSource) {}

  /** Whether `id` (upper-case) is one of the venues. */
  hasId(id: string): boolean {
    this.idSet ??= new Set(this.source.ids());
    return this.idSet.has(id);
  }

  /** The taxi venue with this normalised plate, if any. */
  taxiOf(plate: string): string | undefined {
    if (!this.plates) {
      this.plates = new Map();
      for (const t of this.source.taxis()) this.plates.set(normalisePlate(t.plate), t.id);
    }
    return this.plates.get(plate);
  }

  /** A district's venues with their folded addresses, or undefined when none is in it. */
  district(d: District): DistrictPlaces | undefined {
    if (!this.districts) {
      this.districts = new Map();
      for (const { district, ids, text } of this.source.places()) {
        // Folding the joined text folds each address: the separators are stable under NFKC, lower-casing and
        // the removal of white space (they are neither).
        const folded = normaliseBuilding(text);
        const starts: number[] = [];
        for (let at = 0; at < folded.length; ) {
          starts.push(at);
          const end = folded.indexOf(ADDRESS_AFTER, at);
          if (end === -1) break;
          at = end + 1;
        }
        if (starts.length !== ids.length) throw new Error(`the addresses of ${district} do not line up with its ${ids.length} venues`);
        this.districts.set(district, { ids, text: folded, starts });
      }
    }
    return this.districts.get(d);
  }
}

/** Joins addresses as {@link DistrictAddresses.text} does (any separator inside an address dropped). */
export function joinAddresses(venues: readonly { addressEn: string; addressZh: string }[]): string {
  const strip = (t: string) => t.replaceAll(ADDRESS_BETWEEN, '').replaceAll(ADDRESS_AFTER, '');
  return venues.map((v) => `${strip(v.addressEn)}${ADDRESS_BETWEEN}${strip(v.addressZh)}${ADDRESS_AFTER}`).join('');
}

/** An index over a list of venues (a phone's, a test's). */
export function indexVenuesForNotices(venues: readonly MatchableVenue[]): VenueMatchIndex {
  return new VenueMatchIndex({
    ids: () => venues.map((v) => v.id),
    taxis: () => venues.filter((v) => v.type === 'taxi').map((v) => ({ id: v.id, plate: v.nameEn })),
    places: () => {
      const byDistrict = new Map<District, MatchableVenue[]>();
      for (const v of venues) if (v.district) byDistrict.set(v.district, [...(byDistrict.get(v.district) ?? []), v]);
      return [...byDistrict].map(([district, vs]) => ({ district, ids: vs.map((v) => v.id), text: joinAddresses(vs) }));
    },
  });
}

/** The venue (position in `starts`) whose text holds offset `at`. */
function venueAt(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function matchTarget(target: NoticeTarget, index: VenueMatchIndex, add: (id: string, reason: MatchReason) => void): void {
  if ('venueId' in target) {
    const id = target.venueId.toUpperCase();
    if (index.hasId(id)) add(id, { by: 'venue' });
  } else if ('plate' in target) {
    const plate = normalisePlate(target.plate);
    const id = index.taxiOf(plate);
    if (id !== undefined) add(id, { by: 'plate', plate });
  } else if ('building' in target) {
    const places = index.district(target.district);
    const needle = normaliseBuilding(target.building);
    if (!places || needle === '' || needle.includes(ADDRESS_BETWEEN) || needle.includes(ADDRESS_AFTER)) return;
    const reason: MatchReason = { by: 'building', building: target.building, district: target.district };
    for (let at = places.text.indexOf(needle); at !== -1; ) {
      const k = venueAt(places.starts, at);
      add(places.ids[k] as string, reason);
      // Each venue once: go on from the next venue's text.
      at = k + 1 < places.ids.length ? places.text.indexOf(needle, places.starts[k + 1] as number) : -1;
    }
  } else {
    const reason: MatchReason = { by: 'district', district: target.district };
    for (const id of index.district(target.district)?.ids ?? []) add(id, reason);
  }
}

/** The venues of `index` that `notice` concerns, each once (the first target that named it gives the reason). */
export function matchNotice(notice: { targets: readonly NoticeTarget[] }, index: VenueMatchIndex): NoticeVenueMatch[] {
  const out: NoticeVenueMatch[] = [];
  const seen = new Set<string>();
  for (const target of notice.targets) {
    matchTarget(target, index, (venueId, reason) => {
      if (seen.has(venueId)) return;
      seen.add(venueId);
      out.push({ venueId, reason });
    });
  }
  return out;
}
