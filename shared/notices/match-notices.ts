/**
 * Which of an operator's venues a notice concerns, and why: a venue by id, a taxi by normalised plate, a
 * building by name within the address (English or Chinese) of a venue in the same district, a district
 * by district. Indexed once per venue list, so 10,000 notices against 20,000 venues is one pass.
 */
import { normalisePlate } from '../checkin/plate';
import { normaliseBuilding } from '../exposure/exposure';
import type { District } from '../venue/catalogue';
import type { Notice, NoticeTarget } from './notice';

/** The venue facts matching reads. */
export interface MatchableVenue {
  id: string;
  type: string;
  nameEn: string;
  addressEn: string;
  addressZh: string;
  district: District | null;
}

/** Why a venue matched: the target that named it. */
export type MatchReason = { by: 'venue' } | { by: 'plate'; plate: string } | { by: 'building'; building: string; district: District } | { by: 'district'; district: District };

/** One venue a notice concerns. */
export interface NoticeVenueMatch {
  venueId: string;
  reason: MatchReason;
}

/** Venues indexed for matching. */
export interface VenueMatchIndex {
  byId: Map<string, MatchableVenue>;
  byPlate: Map<string, MatchableVenue>;
  byDistrict: Map<District, { venue: MatchableVenue; address: string }[]>;
}

/** Indexes venues (taxis by their plate — the normalised name — others by district with a folded address). */
export function indexVenuesForNotices(venues: Iterable<MatchableVenue>): VenueMatchIndex {
  const index: VenueMatchIndex = { byId: new Map(), byPlate: new Map(), byDistrict: new Map() };
  for (const v of venues) {
    index.byId.set(v.id, v);
    if (v.type === 'taxi') index.byPlate.set(normalisePlate(v.nameEn), v);
    if (v.district) {
      const list = index.byDistrict.get(v.district) ?? [];
      list.push({ venue: v, address: `${normaliseBuilding(v.addressEn)}\u0000${normaliseBuilding(v.addressZh)}` });
      index.byDistrict.set(v.district, list);
    }
  }
  return index;
}

function matchTarget(target: NoticeTarget, index: VenueMatchIndex, add: (v: MatchableVenue, reason: MatchReason) => void): void {
  if ('venueId' in target) {
    const v = index.byId.get(target.venueId.toUpperCase());
    if (v) add(v, { by: 'venue' });
  } else if ('plate' in target) {
    const plate = normalisePlate(target.plate);
    const v = index.byPlate.get(plate);
    if (v) add(v, { by: 'plate', plate });
  } else if ('building' in target) {
    const needle = normaliseBuilding(target.building);
    for (const { venue, address } of index.byDistrict.get(target.district) ?? []) {
      if (needle !== '' && address.includes(needle)) add(venue, { by: 'building', building: target.building, district: target.district });
    }
  } else {
    for (const { venue } of index.byDistrict.get(target.district) ?? []) add(venue, { by: 'district', district: target.district });
  }
}

/** The venues of `index` that `notice` concerns, each once (the first target that named it gives the reason). */
export function matchNotice(notice: Pick<Notice, 'targets'>, index: VenueMatchIndex): NoticeVenueMatch[] {
  const out = new Map<string, NoticeVenueMatch>();
  for (const target of notice.targets) {
    matchTarget(target, index, (v, reason) => {
      if (!out.has(v.id)) out.set(v.id, { venueId: v.id, reason });
    });
  }
  return [...out.values()];
}
