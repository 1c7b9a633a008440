/** A small hash router: the route lives in `location.hash` (in-page changes never navigate the window). */
import { useEffect, useState } from 'react';

/** Every page of the app. */
export type Route =
  | { page: 'overview' }
  /** `status` (from `#/venues?status=active`) resets the list's filters to that status when the page opens. */
  | { page: 'venues'; status?: 'all' | 'active' | 'deactivated' }
  | { page: 'venue-new' }
  | { page: 'venue'; id: string }
  | { page: 'venue-edit'; id: string }
  | { page: 'batch' }
  /** The authority's notices (issue 11 §5), and one notice. */
  | { page: 'notices' }
  | { page: 'notice'; id: string }
  | { page: 'settings' }
  /** First run: the operator and scheme names and the signing key (issue 10). */
  | { page: 'setup' }
  | { page: 'not-found' };

/** Reads a route from a hash such as `#/venues/ABC/edit`. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, third] = parts;
  if (parts.length === 0 || (first === 'overview' && parts.length === 1)) return { page: 'overview' };
  if (first === 'settings' && parts.length === 1) return { page: 'settings' };
  if (first === 'batch' && parts.length === 1) return { page: 'batch' };
  if (first === 'notices' && parts.length === 1) return { page: 'notices' };
  if (first === 'notices' && second && parts.length === 2) return { page: 'notice', id: second };
  if (first === 'setup' && parts.length === 1) return { page: 'setup' };
  if (first === 'venues') {
    if (parts.length === 1) {
      const status = new URLSearchParams(query).get('status');
      return status === 'all' || status === 'active' || status === 'deactivated' ? { page: 'venues', status } : { page: 'venues' };
    }
    if (second === 'new' && parts.length === 2) return { page: 'venue-new' };
    if (second && parts.length === 2) return { page: 'venue', id: second };
    if (second && third === 'edit' && parts.length === 3) return { page: 'venue-edit', id: second };
  }
  return { page: 'not-found' };
}

/** The hash for a route. */
export function routeHref(route: Route): string {
  switch (route.page) {
    case 'overview':
    case 'not-found':
      return '#/';
    case 'venues':
      return route.status ? `#/venues?status=${route.status}` : '#/venues';
    case 'venue-new':
      return '#/venues/new';
    case 'venue':
      return `#/venues/${encodeURIComponent(route.id)}`;
    case 'venue-edit':
      return `#/venues/${encodeURIComponent(route.id)}/edit`;
    case 'batch':
      return '#/batch';
    case 'notices':
      return '#/notices';
    case 'notice':
      return `#/notices/${encodeURIComponent(route.id)}`;
    case 'settings':
      return '#/settings';
    case 'setup':
      return '#/setup';
  }
}

/** Goes to a route. */
export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

/** The current route, updated on every hash change. */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
