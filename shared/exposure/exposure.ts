/** Exposures (and high-risk entries): a place — venue, taxi or residential building — and a time window in epoch ms. */
import { MINUTE_MS } from '../checkin/iso-time';

/** Exposure at a venue between `from` and `until`. */
export interface VenueExposure {
  kind: 'venue';
  venueId: string;
  from: number;
  until: number;
}

/** Exposure in a taxi between `from` and `until`; the plate compares ignoring case and spaces. */
export interface TaxiExposure {
  kind: 'taxi';
  plate: string;
  from: number;
  until: number;
}

/** A residential building that was high-risk between `from` and `until` (only the Health Code uses these). */
export interface BuildingExposure {
  kind: 'building';
  building: string;
  from: number;
  until: number;
}

/** One exposure or high-risk entry. */
export type Exposure = VenueExposure | TaxiExposure | BuildingExposure;

/** The default tolerance added on each side of an exposure window when matching: 30 minutes. */
export const DEFAULT_TOLERANCE_MS = 30 * MINUTE_MS;

/** The comparison form of a building name: Unicode-compatibility folded, lower case, white space removed. */
export function normaliseBuilding(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}
