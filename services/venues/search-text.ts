/**
 * What the venue search indexes hold and how a typed query becomes full-text conditions.
 *
 * Two FTS5 indexes: `venues_fts` (trigram: any substring of three or more characters, in any script) and
 * `venues_fts_short` (unicode61 over words plus every Chinese character and pair of characters), which
 * answers one- and two-character queries — "旺角", "沙田", "茶" — without scanning every venue.
 *
 * Changing what these functions produce changes what existing rows are indexed under: add a migration that
 * rebuilds both indexes, with a frozen copy of the new text in services/db/frozen/ (migration 2 uses its own copy
 * of this code as it shipped, search-text-v1.ts; tests/integration/db/migrations.test.ts compares the two).
 */
import { DISTRICTS, venueTypeLabel } from '../../shared/venue/catalogue';
import type { Venue, VenueInput } from '../../shared/venue/venue';

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;

/** The text the trigram index holds for a venue: id, both names, both addresses, district and type in both languages. */
export function venueSearchText(v: Pick<Venue, 'id' | 'district' | 'type'> & VenueInput): string {
  const type = venueTypeLabel(v.type);
  const district = v.district ? [v.district, DISTRICTS[v.district]] : [];
  return [v.id, v.nameEn, v.nameZh, v.addressEn, v.addressZh, ...district, v.type, type.en, type.zh].join(' \u0001 ');
}

/** The text the short-query index holds: the words of `text`, then each Chinese character and each adjacent pair. */
export function shortTokenText(text: string): string {
  const grams = new Set<string>();
  for (const run of text.match(HAN_RUN) ?? []) {
    const chars = [...run];
    for (let i = 0; i < chars.length; i++) {
      grams.add(chars[i] as string);
      if (i + 1 < chars.length) grams.add(`${chars[i]}${chars[i + 1]}`);
    }
  }
  return `${text.replace(HAN_RUN, ' ')} ${[...grams].join(' ')}`;
}

/** One full-text condition with its parameter. */
export interface FtsCondition {
  table: 'venues_fts' | 'venues_fts_short';
  sql: string;
  param: string;
}

const quote = (t: string) => `"${t.replace(/"/g, '""')}"`;

/**
 * Turns a query into conditions, all of which must hold. Words of 3+ characters are trigram phrases
 * (substring match); one or two Chinese characters are exact short tokens; one or two letters or digits
 * are word prefixes; anything else short falls back to a substring scan (LIKE) of the trigram text.
 */
export function queryConditions(query: string): FtsCondition[] {
  // Control characters and lone surrogates separate words: a NUL inside an FTS5 phrase ended the query
  // ("unterminated string"). The IPC contract refuses them first; this keeps other callers safe.
  const tokens = query.normalize('NFC').replace(/[\p{Cc}\p{Cs}]/gu, ' ').trim().split(/\s+/).filter(Boolean).slice(0, 8);
  const conditions: FtsCondition[] = [];
  const long = tokens.filter((t) => [...t].length >= 3);
  if (long.length > 0) conditions.push({ table: 'venues_fts', sql: 'venues_fts MATCH ?', param: long.map(quote).join(' AND ') });
  for (const t of tokens.filter((x) => [...x].length < 3)) {
    if ([...t].every((c) => HAN.test(c))) {
      conditions.push({ table: 'venues_fts_short', sql: 'venues_fts_short MATCH ?', param: quote(t) });
    } else if (/^[\p{L}\p{N}]+$/u.test(t) && !HAN.test(t)) {
      conditions.push({ table: 'venues_fts_short', sql: 'venues_fts_short MATCH ?', param: `${quote(t)} *` });
    } else {
      conditions.push({ table: 'venues_fts', sql: "text LIKE ? ESCAPE '\\'", param: `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    }
  }
  return conditions;
}
