/** A visit in the diary: a place (a venue by id, or a taxi by registration mark) and when the person was there. */
import { normaliseVenueId } from '../venue/venue-id';
import { normalisePlate } from './plate';

/** A venue identified by its venue id. Names are optional display text copied from the venue code. */
export interface VenuePlace {
  kind: 'venue';
  venueId: string;
  nameEn?: string;
  nameZh?: string;
}

/** A taxi identified by its registration mark (kept in display form, e.g. `AB 1234`). */
export interface TaxiPlace {
  kind: 'taxi';
  plate: string;
}

/** Where a visit happened. */
export type Place = VenuePlace | TaxiPlace;

/** When a visit happened, in epoch ms. `checkOut` is null while the visit is open. */
export interface VisitTimes {
  checkIn: number;
  checkOut: number | null;
  /** The latest re-scan of the same place while the visit was open; it restarts the auto-leave period. */
  rescannedAt?: number;
}

/** A visit to a venue. */
export type VenueVisit = VenuePlace & VisitTimes;
/** A ride in a taxi. */
export type TaxiVisit = TaxiPlace & VisitTimes;
/** One entry of the visit diary. */
export type Visit = VenueVisit | TaxiVisit;

/** The key two places share when they are the same place: `venue:<ID>` or `taxi:<PLATE>` (plate without spaces). */
export function placeKey(place: { kind: 'venue'; venueId: string } | { kind: 'taxi'; plate: string }): string {
  return place.kind === 'venue' ? `venue:${normaliseVenueId(place.venueId)}` : `taxi:${normalisePlate(place.plate)}`;
}

/** The place of a visit, without its times. */
export function placeOf(visit: Visit): Place {
  if (visit.kind === 'taxi') return { kind: 'taxi', plate: visit.plate };
  const place: VenuePlace = { kind: 'venue', venueId: visit.venueId };
  if (visit.nameEn !== undefined) place.nameEn = visit.nameEn;
  if (visit.nameZh !== undefined) place.nameZh = visit.nameZh;
  return place;
}
