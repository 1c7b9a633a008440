/** The JSON form of a visit (ISO times) that a phone persists and a Health Code service receives. */
import { formatHkIso } from './iso-time';
import type { Visit } from './visit';

/** Times shared by both kinds of visit JSON. ISO 8601 with an explicit offset. */
interface VisitJsonTimes {
  checkIn: string;
  checkOut: string | null;
  rescannedAt?: string;
}

/** A venue visit as JSON: `{"kind":"venue","venueId":"…","checkIn":ISO,"checkOut":ISO|null}`. */
export interface VenueVisitJson extends VisitJsonTimes {
  kind: 'venue';
  venueId: string;
  nameEn?: string;
  nameZh?: string;
}

/** A taxi ride as JSON: `{"kind":"taxi","plate":"AB 1234","checkIn":ISO,"checkOut":ISO|null}`. */
export interface TaxiVisitJson extends VisitJsonTimes {
  kind: 'taxi';
  plate: string;
}

/** A visit as JSON. */
export type VisitJson = VenueVisitJson | TaxiVisitJson;

/** A visit as JSON, times in Hong Kong time (`+08:00`). `rescannedAt` appears only on an open, re-scanned visit. */
export function toVisitJson(visit: Visit): VisitJson {
  const times: VisitJsonTimes = {
    checkIn: formatHkIso(visit.checkIn),
    checkOut: visit.checkOut === null ? null : formatHkIso(visit.checkOut),
  };
  if (visit.checkOut === null && visit.rescannedAt !== undefined) times.rescannedAt = formatHkIso(visit.rescannedAt);
  if (visit.kind === 'taxi') return { kind: 'taxi', plate: visit.plate, ...times };
  const json: VenueVisitJson = { kind: 'venue', venueId: visit.venueId, ...times };
  if (visit.nameEn !== undefined) json.nameEn = visit.nameEn;
  if (visit.nameZh !== undefined) json.nameZh = visit.nameZh;
  return json;
}
