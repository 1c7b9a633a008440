/** The app shell: a left navigation (Overview, Venues, Taxi batch, Notices, Settings & keys) and the current page. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { call, hasBridge, onEvent } from './bridge';
import { DEFAULT_DISPLAY, type Display } from '../../shared/display/display-settings';
import { applyDisplay, DisplayContext, useSystemDark, type DisplayState } from '../common/display';
import { BiText } from '../common/components/bi-text';
import { ConfirmDialog } from '../common/components/confirm-dialog';
import { ErrorBanner } from '../common/components/error-banner';
import { discardUnsavedInput, hasUnsavedInput } from '../common/leave-guard';
import { BatchPage } from './features/batch/batch-page';
import { NoticeDetailPage } from './features/notices/notice-detail-page';
import { NoticeFeedSettings } from './features/notices/notice-feed-settings';
import { NoticesCard } from './features/notices/notices-card';
import { NoticesPage } from './features/notices/notices-page';
import { UnreadBadge, useUnreadNotices } from './features/notices/unread-badge';
import { NOTICES_TEXT } from '../common/i18n-notices';
import { OverviewPage } from './features/overview/overview-page';
import { SettingsPage } from './features/settings/settings-page';
import { SetupPage } from './features/setup/setup-page';
import { NO_FILTERS, type VenueFilters } from './features/venues/use-venue-pages';
import { EditVenuePage, NewVenuePage } from './features/venues/venue-form-page';
import { VenueListPage } from './features/venues/venue-list-page';
import { VenuePage } from './features/venues/venue-page';
import { bi, T, type Bi } from '../common/i18n';
import { parseRoute, routeHref, useRoute, type Route } from './router';

const NAV: { page: 'overview' | 'venues' | 'batch' | 'notices' | 'settings'; label: Bi; icon: string }[] = [
  { page: 'overview', label: T.overview, icon: '◎' },
  { page: 'venues', label: T.venues, icon: '▦' },
  { page: 'batch', label: T.batch, icon: '⇶' },
  { page: 'notices', label: NOTICES_TEXT.notices, icon: '⚑' },
  { page: 'settings', label: T.settings, icon: '⚙' },
];

const section = (route: Route): string =>
  route.page === 'venue' || route.page === 'venue-new' || route.page === 'venue-edit' ? 'venues' : route.page === 'notice' ? 'notices' : route.page;

/** The display settings (language, theme) loaded from main and applied to the document before children render. */
function useDisplaySettings(): DisplayState {
  const [display, setDisplay] = useState<Display>(DEFAULT_DISPLAY);
  const systemDark = useSystemDark();
  useEffect(() => {
    let live = true;
    if (hasBridge()) void call('getDisplay', {}).then((result) => live && result.ok && setDisplay(result.value));
    return () => {
      live = false;
    };
  }, []);
  // Applied during render so that bi() and the number formats of this very render follow the new setting.
  applyDisplay(display, systemDark);
  return useMemo(() => ({ display, setDisplay }), [display]);
}

/** The whole renderer. */
export function App() {
  const displayState = useDisplaySettings();
  return (
    <DisplayContext.Provider value={displayState}>
      <Shell />
    </DisplayContext.Provider>
  );
}

function Shell() {
  const route = useRoute();
  const [filters, setFilters] = useState<VenueFilters>(NO_FILTERS);
  const mainRef = useRef<HTMLElement>(null);
  const routeKey = routeHref(route);

  // A link to a filtered list (the overview's "Active venues") sets the list's filters once, then the address
  // drops its query, so Back from a venue returns to the list as the operator left it.
  // (Set while rendering, as React advises for state that follows a prop, rather than in an effect.)
  const listStatus = route.page === 'venues' ? route.status : undefined;
  const [appliedRoute, setAppliedRoute] = useState<string | null>(null);
  if ((listStatus ? routeKey : null) !== appliedRoute) {
    setAppliedRoute(listStatus ? routeKey : null);
    if (listStatus) setFilters({ ...NO_FILTERS, status: listStatus });
  }
  useEffect(() => {
    if (listStatus) window.history.replaceState(null, '', routeHref({ page: 'venues' }));
  }, [routeKey, listStatus]);

  const leaving = useLeaveQuestion();
  const notices = useUnreadNotices(routeKey);

  // A fresh install (the operator and scheme names never saved) starts on the setup page (issue 10).
  useEffect(() => {
    let live = true;
    if (hasBridge())
      void call('getSetup', {}).then((result) => {
        if (live && result.ok && !result.value.configured && parseRoute(window.location.hash).page !== 'setup') {
          window.location.replace(routeHref({ page: 'setup' }));
        }
      });
    return () => {
      live = false;
    };
  }, []);

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
                title={bi(item.label)}
              >
                <span className="nav-icon" aria-hidden="true">{item.icon}</span>
                <BiText t={item.label} stack />
                {item.page === 'notices' && <UnreadBadge unread={notices.unread} />}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={mainRef} tabIndex={-1} className="main">
        {!hasBridge() && (
          <ErrorBanner error={{ code: 'internal', message: 'The app bridge is not available. Open this page from Venue Console.', messageZh: '找不到程式介面，請在 Venue Console 內開啟此頁。' }} />
        )}
        <Page route={route} filters={filters} onFiltersChange={setFilters} onNoticesChanged={notices.refresh} />
      </main>
      <ConfirmDialog
        open={leaving.href !== null}
        title={T.leaveTitle}
        body={T.leaveBody}
        confirmLabel={T.leave}
        danger
        onConfirm={leaving.leave}
        onCancel={leaving.stay}
      />
    </div>
  );
}

/** Asks before a link leaves a page with unsaved input (Back, the sidebar, Cancel): the link's href while asking. */
function useLeaveQuestion(): { href: string | null; leave: () => void; stay: () => void } {
  const [pending, setPending] = useState<{ href: string; link: HTMLAnchorElement } | null>(null);
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (!hasUnsavedInput() || event.defaultPrevented || event.button !== 0) return;
      const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.classList.contains('skip-link')) return;
      const href = link.getAttribute('href') ?? '';
      if (href === window.location.hash) return;
      event.preventDefault();
      setPending({ href, link });
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, []);
  return {
    href: pending?.href ?? null,
    leave: () => {
      if (!pending) return;
      discardUnsavedInput();
      setPending(null);
      window.location.hash = pending.href;
    },
    stay: () => {
      pending?.link.focus();
      setPending(null);
    },
  };
}

function Page({ route, filters, onFiltersChange, onNoticesChanged }: { route: Route; filters: VenueFilters; onFiltersChange: (f: VenueFilters) => void; onNoticesChanged: () => void }) {
  switch (route.page) {
    case 'overview':
      return <OverviewPage noticesCard={<NoticesCard />} />;
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
    case 'notices':
      return <NoticesPage onChanged={onNoticesChanged} />;
    case 'notice':
      return <NoticeDetailPage key={route.id} id={route.id} onChanged={onNoticesChanged} />;
    case 'settings':
      return <SettingsPage noticeFeed={<NoticeFeedSettings onChanged={onNoticesChanged} />} />;
    case 'setup':
      return <SetupPage />;
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
