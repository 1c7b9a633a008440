/**
 * Fetches search results page by page as the virtual list needs them, caches pages by index, and ignores
 * answers to searches that have since changed (so typing fast never shows stale rows).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../shared/errors';
import type { District, VenueType } from '../../../../shared/venue/catalogue';
import type { Venue } from '../../../../shared/venue/venue';
import { call } from '../../bridge';

/** Rows fetched per request. */
export const PAGE_SIZE = 100;
/** Most pages kept in memory; the ones farthest from the last request are dropped first. */
const MAX_CACHED_PAGES = 60;

/** What the list is searching for. */
export interface VenueFilters {
  query: string;
  status: 'all' | 'active' | 'deactivated';
  type: VenueType | '';
  district: District | '';
}

/** The filters of an unfiltered list. */
export const NO_FILTERS: VenueFilters = { query: '', status: 'all', type: '', district: '' };

interface Cache {
  key: string;
  generation: number;
  pages: Map<number, Venue[]>;
  pending: Set<number>;
}

/** The paged result set of one search. */
export interface VenuePages {
  /** Matches in total; null until the first page of this search has arrived. */
  total: number | null;
  /** The venue at a row index, or undefined while its page is loading. */
  row: (index: number) => Venue | undefined;
  /** Makes sure the pages covering rows `first..last` are loaded or on their way. */
  ensureRows: (first: number, last: number) => void;
  error: AppError | null;
  /** Drops the cache and starts again (after an error or an edit). */
  reload: () => void;
}

interface Snapshot {
  key: string;
  total: number | null;
  pages: ReadonlyMap<number, Venue[]>;
  error: AppError | null;
}

/** Pages of `searchVenues` results for the given (already debounced) filters. */
export function useVenuePages(filters: VenueFilters): VenuePages {
  const key = JSON.stringify(filters);
  const cache = useRef<Cache>({ key: '', generation: 0, pages: new Map(), pending: new Set() });
  const [snap, setSnap] = useState<Snapshot>({ key: '', total: null, pages: new Map(), error: null });

  const fetchPage = useCallback((page: number) => {
    const c = cache.current;
    if (c.pages.has(page) || c.pending.has(page)) return;
    const generation = c.generation;
    const f = JSON.parse(c.key) as VenueFilters;
    c.pending.add(page);
    void call('searchVenues', {
      query: f.query.trim().slice(0, 200),
      status: f.status,
      ...(f.type ? { type: f.type } : {}),
      ...(f.district ? { district: f.district } : {}),
      offset: page * PAGE_SIZE,
      limit: PAGE_SIZE,
    }).then((result) => {
      const now = cache.current;
      if (now.generation !== generation) return; // a newer search has started: this answer is stale
      now.pending.delete(page);
      if (!result.ok) {
        setSnap((prev) => ({ key: now.key, total: prev.key === now.key ? prev.total : null, pages: new Map(now.pages), error: result.error }));
        return;
      }
      now.pages.set(page, result.value.items);
      if (now.pages.size > MAX_CACHED_PAGES) {
        const farthest = [...now.pages.keys()].sort((a, b) => Math.abs(b - page) - Math.abs(a - page));
        for (const p of farthest.slice(0, now.pages.size - MAX_CACHED_PAGES)) now.pages.delete(p);
      }
      setSnap({ key: now.key, total: result.value.total, pages: new Map(now.pages), error: null });
    });
  }, []);

  const reset = useCallback(
    (nextKey: string) => {
      const c = cache.current;
      cache.current = { key: nextKey, generation: c.generation + 1, pages: new Map(), pending: new Set() };
      fetchPage(0);
    },
    [fetchPage],
  );

  useEffect(() => {
    if (cache.current.key !== key) reset(key);
  }, [key, reset]);

  const ensureRows = useCallback(
    (first: number, last: number) => {
      if (cache.current.key !== key) return;
      for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) fetchPage(p);
    },
    [fetchPage, key],
  );

  const current = snap.key === key;
  return {
    total: current ? snap.total : null,
    row: (index) => (current ? snap.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE] : undefined),
    ensureRows,
    error: current ? snap.error : null,
    reload: () => reset(key),
  };
}
