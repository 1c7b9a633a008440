/**
 * A frozen copy of the venue search text as migration 2 ("short-query search index") shipped it (commit 4dae955,
 * electron/main/services/venues/search-text.ts then), with the district and type labels of
 * shared/venue/catalogue.ts at that commit. Migration 2 fills `venues_fts_short` with this code, never with the
 * live services/venues/search-text.ts, so the step gives the same index whatever the live text later becomes.
 * Do not edit: a new search text is a new file and a migration that rebuilds both indexes.
 *
 * It differs from today's live `venueSearchText` only for a venue without a district (taxis, from migration 3):
 * this copy leaves two empty fields where the live one leaves none. Migration 2 runs on version-1 databases, whose
 * `district` is NOT NULL, so it never meets one (tests/integration/db/migrations.test.ts compares both).
 */

/** The venue columns the version-1 search text is made of. */
export interface SearchTextV1Venue {
  id: string;
  nameEn: string;
  nameZh: string;
  addressEn: string;
  addressZh: string;
  district: string;
  type: string;
}

/** Hong Kong's 18 districts, English → Chinese, as shared/venue/catalogue.ts listed them in 4dae955. */
const DISTRICTS_V1: Readonly<Record<string, string>> = {
  'Central and Western': '中西區',
  'Wan Chai': '灣仔',
  Eastern: '東區',
  Southern: '南區',
  'Yau Tsim Mong': '油尖旺',
  'Sham Shui Po': '深水埗',
  'Kowloon City': '九龍城',
  'Wong Tai Sin': '黃大仙',
  'Kwun Tong': '觀塘',
  'Kwai Tsing': '葵青',
  'Tsuen Wan': '荃灣',
  'Tuen Mun': '屯門',
  'Yuen Long': '元朗',
  North: '北區',
  'Tai Po': '大埔',
  'Sha Tin': '沙田',
  'Sai Kung': '西貢',
  Islands: '離島',
};

/** Venue type id, English and Chinese label, as shared/venue/catalogue.ts listed them in 4dae955. */
const VENUE_TYPES_V1: readonly (readonly [string, string, string])[] = [
  ['restaurant', 'Restaurant', '食肆'],
  ['bar-pub', 'Bar or pub', '酒吧'],
  ['karaoke', 'Karaoke', '卡拉OK'],
  ['club', 'Club or nightclub', '會所或夜總會'],
  ['fitness-centre', 'Fitness centre', '健身中心'],
  ['cinema', 'Cinema', '戲院'],
  ['bank', 'Bank', '銀行'],
  ['shopping-mall', 'Shopping mall', '商場'],
  ['retail', 'Shop', '零售店舖'],
  ['beauty-massage', 'Beauty parlour or massage', '美容院或按摩院'],
  ['government', 'Government premises', '政府處所'],
  ['social-welfare', 'Social welfare service', '社會福利機構'],
  ['school', 'School', '學校'],
  ['clinic', 'Clinic', '診所'],
  ['taxi', 'Taxi', '的士'],
  ['other', 'Other', '其他'],
  ['hotel', 'Hotel or guesthouse', '酒店或賓館'],
  ['market', 'Market', '街市'],
  ['sports-venue', 'Sports venue', '體育場地'],
  ['library', 'Library', '圖書館'],
  ['party-room', 'Party room', '派對房間'],
  ['place-of-worship', 'Place of worship', '宗教場所'],
];

const HAN_RUN = /\p{Script=Han}+/gu;

function venueTypeLabelV1(type: string): { en: string; zh: string } {
  const row = VENUE_TYPES_V1.find((t) => t[0] === type);
  return row ? { en: row[1], zh: row[2] } : { en: type, zh: type };
}

/** The version-1 search text of a venue: id, both names, both addresses, district and type in both languages. */
export function venueSearchTextV1(v: SearchTextV1Venue): string {
  const type = venueTypeLabelV1(v.type);
  return [v.id, v.nameEn, v.nameZh, v.addressEn, v.addressZh, v.district, DISTRICTS_V1[v.district], v.type, type.en, type.zh].join(' \u0001 ');
}

/** The version-1 short-query text: the words of `text`, then each Chinese character and each adjacent pair. */
export function shortTokenTextV1(text: string): string {
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
