/** What each validated field is called in messages, in both languages. */
import type { Bi } from './bi';

/**
 * Labels of the fields that validation messages name: venue form fields, operator settings, fleet CSV columns
 * (named as in the file, so the operator finds the cell) and the search box. Keyed by the field's name in its
 * schema, or the column's name in the CSV.
 */
export const FIELD_LABELS = {
  nameEn: { en: 'English name', zh: '英文名稱' },
  nameZh: { en: 'Chinese name', zh: '中文名稱' },
  addressEn: { en: 'English address', zh: '英文地址' },
  addressZh: { en: 'Chinese address', zh: '中文地址' },
  district: { en: 'District', zh: '地區' },
  type: { en: 'Venue type', zh: '場所類別' },
  contactPhone: { en: 'Contact phone', zh: '聯絡電話' },
  contactEmail: { en: 'Contact email', zh: '電郵地址' },
  operatorName: { en: 'Operator name', zh: '營運者名稱' },
  schemeName: { en: 'Scheme name', zh: '計劃名稱' },
  fleet: { en: 'The fleet column', zh: '車隊（fleet）欄' },
  company_en: { en: 'The company_en column', zh: '公司英文名稱（company_en）欄' },
  company_zh: { en: 'The company_zh column', zh: '公司中文名稱（company_zh）欄' },
  notes: { en: 'The notes column', zh: '備註（notes）欄' },
  query: { en: 'The search', zh: '搜尋字詞' },
} as const satisfies Readonly<Record<string, Bi>>;

const LABELS: Readonly<Record<string, Bi>> = FIELD_LABELS;

/** A field's label; a field without one is named as it is spelt. */
export function fieldLabel(field: string): Bi {
  return Object.prototype.hasOwnProperty.call(LABELS, field) ? (LABELS[field] as Bi) : { en: field, zh: field };
}
