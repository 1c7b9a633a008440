/**
 * What a venue code carries when signed with a key and a date: pure and light, so the batch's encoder threads
 * import it without the rest of the code issuer (services/codes/code-issuer.ts) — whose imports would load zod
 * into each thread's 12 MB heap, where its garbage collector then ran for half the batch's time.
 */
import type { VenueCodeRecord } from '../../shared/qr/record';
import type { Venue } from '../../shared/venue/venue';

/** What a code says of its venue. */
export type CodeVenue = Pick<Venue, 'id' | 'type' | 'nameEn' | 'nameZh'>;

/** The key and the Hong Kong date a code is signed with. */
export interface CodeSigning {
  kid: string;
  /** `YYYY-MM-DD`, Hong Kong time. */
  issuedOn: string;
}

/** The record a code for `venue` carries when signed with `signing`. Pure: the batch's threads call it too. */
export function codeRecord(signing: CodeSigning, venue: CodeVenue): VenueCodeRecord {
  return { kid: signing.kid, issuedOn: signing.issuedOn, venueId: venue.id, type: venue.type, nameEn: venue.nameEn, nameZh: venue.nameZh };
}

/** A taxi as its code names it: the plate in both languages (as VenueRepository.insertTaxi stores it). */
export function taxiCodeVenue(venueId: string, plate: string): CodeVenue {
  return { id: venueId, type: 'taxi', nameEn: plate, nameZh: plate };
}
