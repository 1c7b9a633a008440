/** Venue search: free text over both full-text indexes plus filters, one page at a time, ordered by English name. */
import type { District, VenueType } from '../../shared/venue/catalogue';
import type { Venue } from '../../shared/venue/venue';
import type { Db } from '../db/open-database';
import { queryConditions } from './search-text';
import { COLUMNS, toVenue, type VenueRow } from './venue-rows';

/** Search parameters for {@link searchVenues}. */
export interface VenueQuery {
  query: string;
  status: 'all' | 'active' | 'deactivated';
  type?: VenueType | undefined;
  district?: District | undefined;
  offset: number;
  limit: number;
}

/** A page of search results with the total number of matches. */
export interface VenuePage {
  total: number;
  items: Venue[];
}

/**
 * One page of venues matching a free-text query (any language's name, id, address, district, type) and
 * filters, ordered by English name. Words of three or more characters use the trigram index; shorter
 * ones (two Chinese characters, say) scan the index's text. Large result sets are paged by walking the
 * name index, so the first page of 20,000 matches costs about as much as the first page of 20.
 */
export function searchVenues(db: Db, q: VenueQuery): VenuePage {
  const conditions = queryConditions(q.query);
  const filters: string[] = [];
  const params: (string | number)[] = [];
  if (q.status !== 'all') {
    filters.push('v.status = ?');
    params.push(q.status);
  }
  if (q.type) {
    filters.push('v.type = ?');
    params.push(q.type);
  }
  if (q.district) {
    filters.push('v.district = ?');
    params.push(q.district);
  }
  // Each condition is a set of rowids from one index; a venue must be in every set.
  const ftsSets = conditions.map((c) => `SELECT rowid FROM ${c.table} WHERE ${c.sql}`);
  const ftsParams = conditions.map((c) => c.param);
  const where = [...ftsSets.map((sql) => `v.rowid IN (${sql})`), ...filters];
  const whereParams = [...ftsParams, ...params];
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const total =
    ftsSets.length > 0 && filters.length === 0
      ? count(db, `SELECT count(*) AS n FROM (${ftsSets.join(' INTERSECT ')})`, ftsParams)
      : count(db, `SELECT count(*) AS n FROM venues v ${clause}`, whereParams);
  const hint = ftsSets.length > 0 && total > 2000 ? 'INDEXED BY venues_name' : '';
  const items = db
    .prepare<unknown[], VenueRow>(`SELECT ${COLUMNS} FROM venues v ${hint} ${clause} ORDER BY v.name_en COLLATE NOCASE, v.id LIMIT ? OFFSET ?`)
    .all(...whereParams, q.limit, q.offset)
    .map(toVenue);
  return { total, items };
}

function count(db: Db, sql: string, params: unknown[]): number {
  return db.prepare<unknown[], { n: number }>(sql).get(...params)?.n ?? 0;
}
