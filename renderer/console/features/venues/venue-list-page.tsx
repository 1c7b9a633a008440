/** The venue list: server-side search with filters and a virtualised list that loads pages on demand. */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { BiText } from '../../../common/components/bi-text';
import { ErrorBanner } from '../../../common/components/error-banner';
import { Loading } from '../../../common/components/loading';
import { formatNumber } from '../../../common/display';
import { bi, T, venuesCounted } from '../../../common/i18n';
import { routeHref } from '../../router';
import { useDebounced } from '../../../common/use-debounced';
import { NO_FILTERS, useVenuePages, type VenueFilters } from './use-venue-pages';
import { VenueFiltersBar } from './venue-filters-bar';
import { VenueRow, VenueRowPlaceholder } from './venue-row';

/** Height of one list row in CSS pixels (rows have a fixed height so the virtualiser needs no measuring). */
export const ROW_HEIGHT = 64;

/** The Venues page. `filters` live in the app shell so they survive a visit to a venue page. */
export function VenueListPage({ filters, onFiltersChange }: { filters: VenueFilters; onFiltersChange: (f: VenueFilters) => void }) {
  const debounced = useDebounced(filters, 150);
  const pages = useVenuePages(debounced);
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = pages.total ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensureRows } = pages;

  useEffect(() => {
    if (count > 0) ensureRows(first, last);
  }, [ensureRows, first, last, count]);

  const debouncedKey = JSON.stringify(debounced);
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [debouncedKey]);

  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  const settled = JSON.stringify(filters) === debouncedKey && pages.total !== null;

  return (
    <section className="page page-fill" aria-labelledby="venues-title">
      <header className="page-header">
        <div>
          <h1 id="venues-title">
            <BiText t={T.venues} />
          </h1>
          <p className="page-sub" aria-live="polite" data-testid="venue-total">
            {pages.total === null ? (
              <BiText t={T.searching} />
            ) : (
              <>
                <BiText t={venuesCounted(formatNumber(pages.total), pages.total === 1)} />
              </>
            )}
          </p>
        </div>
        <a className="btn btn-primary" href={routeHref({ page: 'venue-new' })}>
          <span aria-hidden="true">＋</span> <BiText t={T.newVenue} />
        </a>
      </header>

      <VenueFiltersBar value={filters} onChange={onFiltersChange} />

      {pages.error && <ErrorBanner error={pages.error} onRetry={pages.reload} />}

      {settled && pages.total === 0 ? (
        <div className="empty-state">
          {filtered ? (
            <>
              <p className="empty-title">
                <BiText t={T.noMatches} stack />
              </p>
              <button type="button" className="btn" onClick={() => onFiltersChange(NO_FILTERS)}>
                <BiText t={T.clearSearch} />
              </button>
            </>
          ) : (
            <>
              <p className="empty-title">
                <BiText t={T.noVenues} stack />
              </p>
              <p className="muted">
                <BiText t={T.noVenuesHint} stack />
              </p>
              <a className="btn btn-primary" href={routeHref({ page: 'venue-new' })}>
                <BiText t={T.newVenue} />
              </a>
            </>
          )}
        </div>
      ) : (
        <div className="venue-table">
          <div className="venue-row venue-head" aria-hidden="true">
            <span className="cell cell-id">
              <BiText t={T.colId} stack />
            </span>
            <span className="cell cell-name">
              <BiText t={T.colName} stack />
            </span>
            <span className="cell cell-district">
              <BiText t={T.colDistrict} stack />
            </span>
            <span className="cell cell-type">
              <BiText t={T.colType} stack />
            </span>
            <span className="cell cell-status">
              <BiText t={T.status} stack />
            </span>
          </div>
          <div ref={scrollRef} className="venue-scroll" data-testid="venue-scroll" tabIndex={-1}>
            {pages.total === null && !pages.error ? (
              <Loading />
            ) : (
              <div role="list" aria-label={bi(T.venueList)} className="venue-list" style={{ height: virtualizer.getTotalSize() }}>
                {items.map((item) => {
                  const venue = pages.row(item.index);
                  return (
                    <div
                      key={item.key}
                      role="listitem"
                      aria-setsize={count}
                      aria-posinset={item.index + 1}
                      className="venue-item"
                      style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                    >
                      {venue ? <VenueRow venue={venue} /> : <VenueRowPlaceholder />}
                    </div>
                  );
                })}
              </div>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
