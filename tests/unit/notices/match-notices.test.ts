/**
 * The venue index of notice matching: a building is found in each district's folded addresses joined in one
 * string, so the tests look at the joins — a name at the very start or end of a venue's text, one that would
 * only appear across two venues or across a venue's two addresses, a venue named twice — against the plain
 * per-venue reading of the rule.
 */
import { describe, expect, it } from 'vitest';
import { normaliseBuilding } from '../../../shared/exposure/exposure';
import { ADDRESS_AFTER, ADDRESS_BETWEEN, indexVenuesForNotices, matchNotice, VenueMatchIndex, type MatchableVenue } from '../../../shared/notices/match-notices';
import type { NoticeTarget } from '../../../shared/notices/notice';

const venue = (id: string, addressEn: string, addressZh: string, district: MatchableVenue['district'] = 'Sha Tin', type = 'restaurant'): MatchableVenue => ({ id, type, nameEn: id, addressEn, addressZh, district });

const VENUES = [
  venue('V1', 'Ocean Court, 1 Main Street', '大街1號海洋閣'),
  venue('V2', '2 Main Street', 'Ocean Court 海洋閣'),
  venue('V3', 'Block 3, Ｒｈｙｔｈｍ Garden', '聯和花園第3座'),
  venue('V4', 'Tower', 'Court'),
  venue('V5', 'Ocean Court', '海洋閣', 'Wan Chai'),
  venue('V6', 'ΑΣ Lane', 'ΑΣ 巷'),
  venue('T1', '', '', null, 'taxi'),
];

/** The rule read venue by venue: the folded building inside either folded address, same district. */
function plainBuilding(building: string, district: string): string[] {
  const needle = normaliseBuilding(building);
  return VENUES.filter((v) => v.district === district && needle !== '' && [v.addressEn, v.addressZh].some((a) => normaliseBuilding(a).includes(needle))).map((v) => v.id);
}

const ids = (targets: NoticeTarget[]) => matchNotice({ targets }, indexVenuesForNotices(VENUES)).map((m) => m.venueId);

describe('matching a building in the joined addresses', () => {
  it('agrees with the venue-by-venue rule at every join', () => {
    for (const building of ['Ocean Court', 'OCEAN  court', '海洋閣', 'Main Street', 'Rhythm Garden', 'Street大街', 'Court大街', 'CourtTower', 'Tower', 'Court', 'ς lane', 'ασ', 'o', '1']) {
      expect({ building, ids: ids([{ building, district: 'Sha Tin' }]) }).toEqual({ building, ids: plainBuilding(building, 'Sha Tin') });
    }
    expect(ids([{ building: 'Ocean Court', district: 'Sha Tin' }])).toEqual(['V1', 'V2']);
    expect(ids([{ building: 'Court大街', district: 'Sha Tin' }])).toEqual([]); // across a venue's two addresses
    expect(ids([{ building: 'CourtTower', district: 'Sha Tin' }])).toEqual([]); // across two venues
  });

  it('names a venue once, by the first target that named it, and never for a name holding a separator', () => {
    const matches = matchNotice({ targets: [{ building: 'Main Street', district: 'Sha Tin' }, { venueId: 'v1' }, { district: 'Sha Tin' }] }, indexVenuesForNotices(VENUES));
    expect(matches.map((m) => [m.venueId, m.reason.by])).toEqual([['V1', 'building'], ['V2', 'building'], ['V3', 'district'], ['V4', 'district'], ['V6', 'district']]);
    expect(ids([{ building: `Ocean${ADDRESS_AFTER}`, district: 'Sha Tin' }, { building: `Court${ADDRESS_BETWEEN}大街`, district: 'Sha Tin' }])).toEqual([]);
  });

  it('drops separators found inside an address instead of misplacing every later venue', () => {
    const odd = [venue('W1', `A${ADDRESS_AFTER}B Road`, '甲'), venue('W2', 'C Road', '乙')];
    expect(matchNotice({ targets: [{ building: 'AB Road', district: 'Sha Tin' }, { building: 'C Road', district: 'Sha Tin' }] }, indexVenuesForNotices(odd)).map((m) => m.venueId)).toEqual(['W1', 'W2']);
  });
});

describe('the index reads each kind of venue fact when first needed', () => {
  it('asks its source for ids, taxis or districts only when a target needs them, once', () => {
    const asked: string[] = [];
    const index = new VenueMatchIndex({
      ids: () => (asked.push('ids'), ['V1']),
      taxis: () => (asked.push('taxis'), [{ id: 'T1', plate: 'AB 1234' }]),
      places: () => (asked.push('places'), []),
    });
    expect(matchNotice({ targets: [{ venueId: 'v1' }] }, index).map((m) => m.venueId)).toEqual(['V1']);
    expect(asked).toEqual(['ids']);
    expect(matchNotice({ targets: [{ plate: 'ab1234' }, { venueId: 'V1' }] }, index).map((m) => m.reason)).toEqual([{ by: 'plate', plate: 'AB1234' }, { by: 'venue' }]);
    expect(matchNotice({ targets: [{ district: 'Sha Tin' }, { building: 'X', district: 'Islands' }] }, index)).toEqual([]);
    expect(asked).toEqual(['ids', 'taxis', 'places']);
  });
});
