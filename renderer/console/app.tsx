/** The app shell: a left navigation (Overview, Venues, Taxi batch, Settings & keys) and the current page. */
import { useEffect, useRef, useState } from 'react';
import { hasBridge, onEvent } from './bridge';
import { BiText } from '../common/components/bi-text';
import { ErrorBanner } from '../common/components/error-banner';
import { BatchPage } from './features/batch/batch-page';
import { OverviewPage } from './features/overview/overview-page';
import { SettingsPage } from './features/settings/settings-page';
import { NO_FILTERS, type VenueFilters } from './features/venues/use-venue-pages';
import { EditVenuePage, NewVenuePage } from './features/venues/venue-form-page';
import { VenueListPage } from './features/venues/venue-list-page';
import { VenuePage } from './features/venues/venue-page';
import { bi, T, type Bi } from '../common/i18n';
import { routeHref, useRoute, type Route } from './router';

const NAV: { page: 'overview' | 'venues' | 'batch' | 'settings'; label: Bi; icon: string }[] = [
  { page: 'overview', label: T.overview, icon: '◎' },
  { page: 'venues', label: T.venues, icon: '▦' },
  { page: 'batch', label: T.batch, icon: '⇶' },
  { page: 'settings', label: T.settings, icon: '⚙' },
];

const section = (route: Route): string =>
  route.page === 'venue' || route.page === 'venue-new' || route.page === 'venue-edit' ? 'venues' : route.page;

/** The whole renderer. */
export function App() {
  const route = useRoute();
  const [filters, setFilters] = useState<VenueFilters>(NO_FILTERS);
  const mainRef = useRef<HTMLElement>(null);
  const routeKey = routeHref(route);

  // Main may send the page somewhere (a notification was clicked): the route is only ever a hash in this page.
  useEffect(() => onEvent('navigate', ({ hash }) => window.location.assign(hash)), []);

  // Move focus to the new page's content (screen readers announce it; keyboard users start there).
  useEffect(() => {
    mainRef.current?.focus({ preventScroll: true });
    mainRef.current?.scrollTo({ top: 0 });
  }, [routeKey]);

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); mainRef.current?.focus(); }}>
        <BiText t={T.skip} />
      </a>
      <nav className="sidebar" aria-label={bi(T.nav)}>
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">✓</span>
          <BiText t={T.appName} stack />
        </div>
        <ul>
          {NAV.map((item) => (
            <li key={item.page}>
              <a
                href={routeHref({ page: item.page })}
                className={section(route) === item.page ? 'nav-link active' : 'nav-link'}
                aria-current={section(route) === item.page ? 'page' : undefined}
              >
                <span className="nav-icon" aria-hidden="true">{item.icon}</span>
                <BiText t={item.label} stack />
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={mainRef} tabIndex={-1} className="main">
        {!hasBridge() && (
          <ErrorBanner error={{ code: 'internal', message: 'The app bridge is not available. Open this page from Venue Console.', messageZh: '找不到程式介面，請在 Venue Console 內開啟此頁。' }} />
        )}
        <Page route={route} filters={filters} onFiltersChange={setFilters} />
      </main>
    </div>
  );
}

function Page({ route, filters, onFiltersChange }: { route: Route; filters: VenueFilters; onFiltersChange: (f: VenueFilters) => void }) {
  switch (route.page) {
    case 'overview':
      return <OverviewPage />;
    case 'venues':
      return <VenueListPage filters={filters} onFiltersChange={onFiltersChange} />;
    case 'venue-new':
      return <NewVenuePage />;
    case 'venue':
      return <VenuePage key={route.id} id={route.id} />;
    case 'venue-edit':
      return <EditVenuePage key={route.id} id={route.id} />;
    case 'batch':
      return <BatchPage />;
    case 'settings':
      return <SettingsPage />;
    case 'not-found':
      return (
        <section className="page">
          <p>
            <BiText t={T.notFoundPage} />
          </p>
        </section>
      );
  }
}
