/**
 * Pins which index each kind of venue search uses (docs/decisions.md, "Search: two FTS5 indexes"): the SQL is
 * captured from the real VenueRepository as it runs, then EXPLAIN QUERY PLAN is asserted on it. A change to the
 * queries, the schema or the query conditions that loses an index fails here; the last block shows each pattern
 * fails on a plan without that index.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { District, VenueType } from '../../../shared/venue/catalogue';
import type { VenueInput } from '../../../shared/venue/venue';
import { VenueRepository, type VenueQuery } from '../../../services/venues/venue-repository';
import type { Db } from '../../../services/db/open-database';
import { captureStatements, expectQueryPlan, type CapturedStatement } from '../../helpers/db-query-plan';
import { openAtVersion } from '../../helpers/db-versions';

/** Patterns for the plan lines that show an index at work. */
const TRIGRAM = /SCAN venues_fts VIRTUAL TABLE INDEX \d+:M/; // MATCH on the trigram index
const SHORT = /SCAN venues_fts_short VIRTUAL TABLE INDEX \d+:M/; // MATCH on the short-query index
const ANY_TRIGRAM = /SCAN venues_fts VIRTUAL/;
const ANY_SHORT = /SCAN venues_fts_short VIRTUAL/;
const NAME_WALK = /SCAN v USING INDEX venues_name$/m; // rows read in name order: no sort
const SORT = /USE TEMP B-TREE FOR ORDER BY/;
const ROWID_LOOKUP = /SEARCH v USING INTEGER PRIMARY KEY \(rowid=\?\)/; // rows fetched by the index's rowids

/** More than the 2,000 matches above which a page walks the name index. */
const MANY = 2100;

let db: Db;
let repo: VenueRepository;
let statements: CapturedStatement[];
let stop: () => void;
let someId: string;

const input = (v: Partial<VenueInput>): VenueInput => ({
  nameEn: 'Harbour Tea House',
  nameZh: '海港茶樓',
  addressEn: '1 Nathan Road',
  addressZh: '彌敦道1號',
  district: 'Yau Tsim Mong',
  type: 'restaurant',
  contactPhone: null,
  contactEmail: null,
  ...v,
});

beforeAll(() => {
  db = openAtVersion();
  ({ statements, stop } = captureStatements(db));
  repo = new VenueRepository({ db, clock: () => 1_700_000_000_000 });
  const districts: District[] = ['Yau Tsim Mong', 'Sha Tin', 'Islands', 'Wan Chai'];
  const types: VenueType[] = ['restaurant', 'bank', 'retail'];
  db.transaction(() => {
    for (let i = 0; i < MANY; i++) {
      repo.insertValid(
        input({ nameEn: `Harbour Tea House ${i}`, nameZh: `海港茶樓${i}號`, addressEn: `${i} Nathan Road`, addressZh: `彌敦道${i}號`, district: districts[i % 4] ?? null, type: types[i % 3] ?? 'other' }),
      );
    }
    someId = repo.insertValid(input({ nameEn: 'Mong Kok Noodles', nameZh: '旺角麵家', addressEn: '3 Argyle Street', addressZh: '亞皆老街3號' })).id;
    repo.insertValid(input({ nameEn: 'Tin Hau Temple', nameZh: '天后廟', addressEn: '10 Tin Hau Temple Road', addressZh: '天后廟道10號', district: 'Eastern', type: 'place-of-worship' }));
  })();
  repo.setStatus(someId, 'deactivated');
});
afterAll(() => {
  stop();
  db.close();
});

/** Runs a search and returns the two statements it ran: the count and the page. */
function searchStatements(q: Partial<VenueQuery>): { total: number; count: CapturedStatement; page: CapturedStatement } {
  statements.length = 0;
  const { total } = repo.search({ query: '', status: 'all', offset: 0, limit: 20, ...q });
  const count = statements.find((s) => /^SELECT count\(\*\)/.test(s.sql));
  const page = statements.find((s) => s.sql.includes('ORDER BY v.name_en COLLATE NOCASE'));
  if (!count || !page) throw new Error(`search ran ${statements.length} statements: ${statements.map((s) => s.sql).join(' | ')}`);
  return { total, count, page };
}

const plan = (s: CapturedStatement, expected: Parameters<typeof expectQueryPlan>[3]) => expectQueryPlan(db, s.sql, s.params, expected);

describe('query plans of venue searches', () => {
  it('looks a venue up by id through the unique id index', () => {
    statements.length = 0;
    expect(repo.get(someId)?.id).toBe(someId);
    const get = statements.find((s) => s.sql.includes('WHERE v.id = ?'));
    expect(get).toBeDefined();
    plan(get as CapturedStatement, /SEARCH v USING INDEX sqlite_autoindex_venues_\d+ \(id=\?\)/);
  });

  it('finds a venue id typed in the search box through the trigram index', () => {
    const { total, count, page } = searchStatements({ query: someId });
    expect(total).toBe(1);
    expect(count.sql).toContain('venues_fts MATCH ?');
    plan(count, { uses: TRIGRAM, not: ANY_SHORT });
    plan(page, { uses: [TRIGRAM, ROWID_LOOKUP], not: ANY_SHORT });
  });

  for (const query of ['茶', '旺角']) {
    it(`answers ${[...query].length} Chinese character${query.length > 1 ? 's' : ''} (${query}) from venues_fts_short`, () => {
      const { total, count, page } = searchStatements({ query });
      expect(total).toBeGreaterThan(0);
      expect(count.sql).toContain('venues_fts_short MATCH ?');
      plan(count, { uses: SHORT, not: ANY_TRIGRAM });
      plan(page, { uses: SHORT, not: ANY_TRIGRAM });
    });
  }

  it('answers one or two letters (a word prefix) from venues_fts_short', () => {
    const { count, page } = searchStatements({ query: 'mo' });
    plan(count, { uses: SHORT, not: ANY_TRIGRAM });
    plan(page, { uses: SHORT, not: ANY_TRIGRAM });
  });

  for (const query of ['noodles', '旺角麵', 'argyle street']) {
    it(`answers three or more characters (${query}) from the trigram index venues_fts`, () => {
      const { total, count, page } = searchStatements({ query });
      expect(total).toBe(1);
      plan(count, { uses: TRIGRAM, not: ANY_SHORT });
      // A small result: its rows are fetched by rowid and sorted, not found by walking every name.
      plan(page, { uses: [TRIGRAM, ROWID_LOOKUP, SORT], not: NAME_WALK });
    });
  }

  it('pages a large result (over 2,000 matches) by walking venues_name, without sorting', () => {
    const { total, count, page } = searchStatements({ query: 'harbour', offset: 40 });
    expect(total).toBeGreaterThan(2000);
    expect(page.sql).toContain('INDEXED BY venues_name');
    plan(count, TRIGRAM);
    plan(page, { uses: [NAME_WALK, TRIGRAM], not: SORT });
  });

  it('pages a large two-character result by walking venues_name too', () => {
    const { total, page } = searchStatements({ query: '茶樓' });
    expect(total).toBeGreaterThan(2000);
    plan(page, { uses: [NAME_WALK, SHORT], not: SORT });
  });

  it('counts words of both kinds as an intersection of the two indexes', () => {
    const { count } = searchStatements({ query: '茶樓 harbour' });
    plan(count, { uses: [/INTERSECT/, TRIGRAM, SHORT], not: /SCAN v\b/ });
  });

  for (const filter of [{ status: 'deactivated' }, { type: 'bank' }, { district: 'Islands' }] as const) {
    const [key, value] = Object.entries(filter)[0] as [string, string];
    it(`lists venues by ${key} by walking venues_name (the count scans venues: no index on ${key})`, () => {
      const { count, page } = searchStatements(filter);
      expect(page.sql).toContain(`v.${key} = ?`);
      expect(page.params).toContain(value);
      plan(page, { uses: NAME_WALK, not: SORT });
      plan(count, /^SCAN v$/m);
    });
  }

  it('combines a filter with text: index first, then the filter on each row found', () => {
    const { count, page } = searchStatements({ query: '天后', district: 'Eastern', status: 'active' });
    for (const s of [count, page]) plan(s, { uses: [SHORT, ROWID_LOOKUP], not: /^SCAN v$/m });
  });

  it('falls back to scanning the trigram text (LIKE) only for short queries that are neither words nor Chinese', () => {
    const { count } = searchStatements({ query: 'a%' });
    expect(count.sql).toContain('LIKE ?');
    plan(count, { uses: /SCAN venues_fts VIRTUAL TABLE INDEX \d+:$/m, not: [TRIGRAM, SHORT] });
  });
});

describe('the plan assertions can fail', () => {
  it('on a plan that scans instead of using the index', () => {
    const like = searchStatements({ query: 'a%' }).count;
    expect(() => plan(like, SHORT)).toThrow(/expected .*venues_fts_short/);
    expect(() => plan(like, TRIGRAM)).toThrow(/Plan:\n.*SCAN venues_fts VIRTUAL TABLE INDEX 0:$/m);
    const short = searchStatements({ query: '茶' }).count;
    expect(() => plan(short, TRIGRAM)).toThrow(/expected/);
  });

  it('when venues_name is dropped (filters sort instead; the INDEXED BY page cannot even prepare)', () => {
    const scratch = openAtVersion();
    try {
      const r = new VenueRepository({ db: scratch, clock: () => 1 });
      r.insertValid(input({}));
      const filterPage = searchStatements({ district: 'Islands' }).page;
      const walk = searchStatements({ query: 'harbour' }).page;
      expectQueryPlan(scratch, filterPage.sql, filterPage.params, { uses: NAME_WALK, not: SORT });
      scratch.exec('DROP INDEX venues_name');
      expect(() => expectQueryPlan(scratch, filterPage.sql, filterPage.params, { uses: NAME_WALK, not: SORT })).toThrow(/expected .*venues_name[\s\S]*USE TEMP B-TREE/);
      expect(() => expectQueryPlan(scratch, walk.sql, walk.params, NAME_WALK)).toThrow(/no such index: venues_name/);
    } finally {
      scratch.close();
    }
  });

  it('when the id is no longer unique (no index to look it up)', () => {
    const scratch = openAtVersion();
    try {
      statements.length = 0;
      repo.get(someId);
      const get = statements.find((s) => s.sql.includes('WHERE v.id = ?')) as CapturedStatement;
      scratch.exec(
        'DROP TABLE venues; CREATE TABLE venues (seq INTEGER PRIMARY KEY, id TEXT, name_en TEXT, name_zh TEXT, address_en TEXT, address_zh TEXT, district TEXT, type TEXT, contact_phone TEXT, contact_email TEXT, status TEXT, created_at INTEGER, updated_at INTEGER)',
      );
      expect(() => expectQueryPlan(scratch, get.sql, get.params, /SEARCH v USING INDEX sqlite_autoindex_venues_\d+ \(id=\?\)/)).toThrow(/Plan:\nSCAN v/);
    } finally {
      scratch.close();
    }
  });
});
