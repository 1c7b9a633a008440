/** The venue record and the validation of venue input, with field-level messages in English and Chinese. */
import { z } from 'zod';
import type { FieldIssue } from '../errors';
import { DISTRICT_NAMES, VENUE_TYPE_IDS, type District, type VenueType } from './catalogue';
import { hasVisibleCharacter, hiddenCharacterProblem } from './printed-text';
import { lookAlikeFold } from './skeleton';

/** Longest English name, in characters. A 40-character name still fits QR version 10-M. */
export const NAME_EN_MAX = 80;
/** Longest Chinese name, in characters (code points). */
export const NAME_ZH_MAX = 40;
/** Longest address in either language, in characters. */
export const ADDRESS_MAX = 200;

/** A registered venue as stored and shown. Times are epoch milliseconds. */
export interface Venue {
  id: string;
  nameEn: string;
  nameZh: string;
  addressEn: string;
  addressZh: string;
  /** Null only for taxis, which have no fixed district. */
  district: District | null;
  type: VenueType;
  contactPhone: string | null;
  contactEmail: string | null;
  status: 'active' | 'deactivated';
  createdAt: number;
  updatedAt: number;
}

/** What a person types to create or edit a venue. */
export interface VenueInput {
  nameEn: string;
  nameZh: string;
  addressEn: string;
  addressZh: string;
  /** Required for every type but taxi. */
  district: District | null;
  type: VenueType;
  contactPhone: string | null;
  contactEmail: string | null;
}

const MARKUP = /[<>]/;

const codePoints = (s: string) => [...s].length;

/**
 * Why a printed text is refused (empty, too long, no visible character, a control or invisible character —
 * see printed-text.ts for the Unicode rules — or markup), as a message key; null when fine.
 */
export function textProblem(s: string, max: number): string | null {
  if (s.length === 0) return 'required';
  if (codePoints(s) > max) return `too-long:${max}`;
  if (!hasVisibleCharacter(s)) return 'no-visible';
  const hidden = hiddenCharacterProblem(s);
  if (hidden) return hidden;
  if (MARKUP.test(s)) return 'markup';
  return null;
}

/** A text that is printed or shown: trimmed, NFC, single spaces, at most `max` characters, no controls or markup. */
export const printedText = (max: number) =>
  z
    .string()
    // A bound before any work: a megabyte "name" is refused without being normalised.
    .max(max * 4 + 64, `too-long:${max}`)
    .transform((s) => s.normalize('NFC').trim().replace(/ {2,}/g, ' '))
    .superRefine((s, ctx) => {
      const problem = textProblem(s, max);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

const text = printedText;

const optional = (inner: z.ZodType<string, string>) =>
  z
    .union([z.string(), z.null(), z.undefined()])
    .transform((s) => (typeof s === 'string' && s.trim() !== '' ? s.trim() : null))
    .pipe(z.union([z.null(), inner]));

/** A Hong Kong phone number: 8 digits, optionally with +852. */
const phone = z.string().regex(/^(\+852[ -]?)?[2-9]\d{3}[ -]?\d{4}$/, 'phone');

/** The zod schema of {@link VenueInput}; it trims and normalises as it parses. */
export const venueInputSchema = z
  .object({
    nameEn: text(NAME_EN_MAX),
    nameZh: text(NAME_ZH_MAX),
    addressEn: text(ADDRESS_MAX),
    addressZh: text(ADDRESS_MAX),
    district: z
      .union([z.literal(''), z.null(), z.undefined(), z.enum(DISTRICT_NAMES as [District, ...District[]], { message: 'district' })], { message: 'district' })
      .transform((d) => (d ? d : null)),
    type: z.enum(VENUE_TYPE_IDS, { message: 'type' }),
    contactPhone: optional(phone),
    contactEmail: optional(z.string().max(254, 'email').pipe(z.email({ message: 'email' }))),
  })
  // Runs even when other fields failed (`when`), so a missing district is reported together with them. It then
  // sees the raw input, which may be anything (null, a string): only an object can lack a district.
  .refine((v: unknown) => typeof v !== 'object' || v === null || Boolean((v as VenueInput).district) || (v as VenueInput).type === 'taxi', {
    path: ['district'],
    message: 'district',
    when: () => true,
  });

const FIELD_LABELS: Record<string, { en: string; zh: string }> = {
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
  // Fleet CSV columns (named as in the file, so the operator finds the cell).
  fleet: { en: 'The fleet column', zh: '車隊（fleet）欄' },
  company_en: { en: 'The company_en column', zh: '公司英文名稱（company_en）欄' },
  company_zh: { en: 'The company_zh column', zh: '公司中文名稱（company_zh）欄' },
  notes: { en: 'The notes column', zh: '備註（notes）欄' },
  query: { en: 'The search', zh: '搜尋字詞' },
};

/** Turns a validation message key into words in both languages. */
export function describeIssue(field: string, key: string): FieldIssue {
  const label = FIELD_LABELS[field] ?? { en: field, zh: field };
  const [kind, arg] = key.split(':');
  switch (kind) {
    case 'required':
      return { field, en: `${label.en} is required.`, zh: `請填寫${label.zh}。` };
    case 'too-long':
      return { field, en: `${label.en} must be at most ${arg} characters.`, zh: `${label.zh}不可超過 ${arg} 個字元。` };
    case 'control':
      return { field, en: `${label.en} contains invisible control characters.`, zh: `${label.zh}含有不可見的控制字元。` };
    case 'invisible':
      return {
        field,
        en: `${label.en} contains invisible control characters or a character that does not print (U+${arg}); delete it and type the text again.`,
        zh: `${label.zh}含有不可見的控制字元或無法列印的字元（U+${arg}）；請刪去後重新輸入。`,
      };
    case 'no-visible':
      return { field, en: `${label.en} has no visible letter, digit or symbol.`, zh: `${label.zh}沒有任何可見的字母、數字或符號。` };
    case 'markup':
      return { field, en: `${label.en} may not contain < or >.`, zh: `${label.zh}不可包含 < 或 >。` };
    case 'district':
      return { field, en: 'Choose one of the 18 districts.', zh: '請從十八區中選擇一區。' };
    case 'type':
      return { field, en: 'Choose a venue type.', zh: '請選擇場所類別。' };
    case 'phone':
      return { field, en: 'Enter an 8-digit Hong Kong phone number.', zh: '請輸入八位數字的香港電話號碼。' };
    case 'email':
      return { field, en: 'Enter a valid email address.', zh: '請輸入有效的電郵地址。' };
    default:
      return { field, en: `${label.en} is not valid.`, zh: `${label.zh}無效。` };
  }
}

/** Turns zod issues into one bilingual message per field (the field is the last part of each issue's path). */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of error.issues) {
    const field = String(issue.path[issue.path.length - 1] ?? 'input');
    if (out.some((f) => f.field === field)) continue;
    const key = issue.code === 'invalid_type' ? (issue.input === undefined ? 'required' : 'invalid') : issue.message;
    out.push(describeIssue(field, key));
  }
  return out;
}

/** Validates raw venue input; returns the cleaned input or one issue per bad field. */
export function validateVenueInput(raw: unknown): { ok: true; value: VenueInput } | { ok: false; issues: FieldIssue[] } {
  const parsed = venueInputSchema.safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: fieldIssues(parsed.error) };
}

/**
 * The key two venues share when their names and address look the same: case, spacing, width, invisible
 * characters and look-alike letters (Unicode TR39 confusables) folded — see skeleton.ts. Stored in `dup_key`;
 * changing it needs a migration that recomputes the stored keys with a frozen copy.
 */
export function venueDuplicateKey(v: Pick<VenueInput, 'nameEn' | 'nameZh' | 'addressEn'>): string {
  return `${lookAlikeFold(v.nameEn)}|${lookAlikeFold(v.nameZh)}|${lookAlikeFold(v.addressEn)}`;
}
