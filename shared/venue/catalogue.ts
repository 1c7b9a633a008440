/** The fixed lists a venue draws from: Hong Kong's 18 districts and the venue types, in both languages. */

/** The 18 districts of Hong Kong, English name → Chinese name. */
export const DISTRICTS = {
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
} as const;

/** A district's English name. */
export type District = keyof typeof DISTRICTS;

/** District names in display order. */
export const DISTRICT_NAMES = Object.keys(DISTRICTS) as District[];

/**
 * Venue types. The position in this list is the type's byte in the signed QR record, so the list is
 * append-only: never reorder or remove an entry.
 */
export const VENUE_TYPES = [
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
] as const;

/** A venue type's id, e.g. `restaurant`. */
export type VenueType = (typeof VENUE_TYPES)[number][0];

/** Venue type ids in display order. */
export const VENUE_TYPE_IDS = VENUE_TYPES.map((t) => t[0]) as unknown as readonly [VenueType, ...VenueType[]];

/** The byte that stands for a venue type in the QR record. */
export function venueTypeCode(type: VenueType): number {
  return VENUE_TYPE_IDS.indexOf(type);
}

/** The venue type for a QR record byte, or null for a byte this version does not know. */
export function venueTypeFromCode(code: number): VenueType | null {
  return VENUE_TYPE_IDS[code] ?? null;
}

/** English and Chinese labels of a venue type. */
export function venueTypeLabel(type: VenueType): { en: string; zh: string } {
  const row = VENUE_TYPES.find((t) => t[0] === type);
  return row ? { en: row[1], zh: row[2] } : { en: type, zh: type };
}
