/** IPC handlers for the venue registry. */
import { venueDuplicateKey } from '../../../shared/venue/venue';
import type { Handlers } from '../ipc/dispatch';
import type { VenueRepository } from '../../../services/venues/venue-repository';

/** What the venue handlers use. */
export interface VenueHandlerDeps {
  venues: Pick<VenueRepository, 'search' | 'require' | 'findDuplicate' | 'create' | 'update' | 'setStatus'>;
  /** Told after a venue is saved: notices held for a venue that did not yet exist (or had another address) reach it now. */
  notices: { venuesChanged: () => void };
}

/** Handlers for searching, reading, creating, editing and (de)activating venues. */
export function venueHandlers(s: VenueHandlerDeps): Pick<Handlers, 'searchVenues' | 'getVenue' | 'findDuplicate' | 'createVenue' | 'updateVenue' | 'setVenueStatus'> {
  const saved = <T>(venue: T): T => {
    try {
      s.notices.venuesChanged();
    } catch {
      // The venue is saved; the notices are matched again the next time they are read.
    }
    return venue;
  };
  return {
    searchVenues: (q) => s.venues.search(q),
    getVenue: ({ id }) => s.venues.require(id),
    findDuplicate: ({ nameEn, nameZh, addressEn, exceptId }) => {
      if (!venueDuplicateKey({ nameEn, nameZh, addressEn }).replace(/\|/g, '')) return { existingId: null };
      return { existingId: s.venues.findDuplicate({ nameEn, nameZh, addressEn }, exceptId) };
    },
    createVenue: (input) => saved(s.venues.create(input)),
    updateVenue: ({ id, venue }) => saved(s.venues.update(id, venue)),
    setVenueStatus: ({ id, status }) => s.venues.setStatus(id, status),
  };
}
