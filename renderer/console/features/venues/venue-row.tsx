/** One row of the virtual venue list (or its placeholder while the page loads). */
import { DISTRICTS, venueTypeLabel } from '../../../../shared/venue/catalogue';
import type { Venue } from '../../../../shared/venue/venue';
import { BiText } from '../../../common/components/bi-text';
import { StatusBadge } from '../../../common/components/status-badge';
import { T } from '../../../common/i18n';
import { routeHref } from '../../router';

/** A link to the venue page showing id, both names, district, type and status. */
export function VenueRow({ venue }: { venue: Venue }) {
  return (
    <a className="venue-row" href={routeHref({ page: 'venue', id: venue.id })} data-venue-id={venue.id}>
      <span className="cell cell-id mono">{venue.id}</span>
      <span className="cell cell-name">
        <span className="name-en" lang="en">
          {venue.nameEn}
        </span>
        <span className="name-zh" lang="zh-HK">
          {venue.nameZh}
        </span>
      </span>
      <span className="cell cell-district">
        <BiText t={venue.district ? { en: venue.district, zh: DISTRICTS[venue.district] } : T.noDistrict} stack />
      </span>
      <span className="cell cell-type">
        <BiText t={venueTypeLabel(venue.type)} stack />
      </span>
      <span className="cell cell-status">
        <StatusBadge status={venue.status} />
      </span>
    </a>
  );
}

/** A grey row shown while its page is being fetched. */
export function VenueRowPlaceholder() {
  return (
    <div className="venue-row venue-row-placeholder" aria-hidden="true">
      <span className="cell cell-id">
        <span className="skeleton" />
      </span>
      <span className="cell cell-name">
        <span className="skeleton skeleton-wide" />
      </span>
      <span className="cell">
        <BiText t={T.loading} />
      </span>
    </div>
  );
}
