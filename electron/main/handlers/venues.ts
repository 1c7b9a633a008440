/** IPC handlers for the venue registry. */
import { venueDuplicateKey } from '../../../shared/venue/venue';
import type { Handlers } from '../ipc/dispatch';
import type { VenueRepository } from '../../../services/venues/venue-repository';

/** What the venue handlers use. */
export interface VenueHandlerDeps {
  venues: Pick<VenueRepository, 'search' | 'require' | 'findDuplicate' | 'create' | 'update' | 'setStatus'>;
}

/** Handlers for searching, reading, creating, editing and (de)activating venues. */
export function venueHandlers(s: VenueHandlerDeps): Pick<Handlers, 'searchVenues' | 'getVenue' | 'findDuplicate' | 'createVenue' | 'updateVenue' | 'setVenueStatus'> {
  return {
    searchVenues: (q) => s.venues.search(q),
    getVenue: ({ id }) => s.venues.require(id),
    findDuplicate: ({ nameEn, nameZh, addressEn, exceptId }) => {
      if (!venueDuplicateKey({ nameEn, nameZh, addressEn }).replace(/\|/g, '')) return { existingId: null };
      return { existingId: s.venues.findDuplicate({ nameEn, nameZh, addressEn }, exceptId) };
    },
    createVenue: (input) => s.venues.create(input),
    updateVenue: ({ id, venue }) => s.venues.update(id, venue),
    setVenueStatus: ({ id, status }) => s.venues.setStatus(id, status),
  };
}
