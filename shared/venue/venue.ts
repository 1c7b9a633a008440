/**
 * The venue record and the validation of venue input. Field-level messages in English and Chinese come from
 * the catalogue in shared/messages/ (validation.ts words the keys these schemas report).
 */
import { z } from 'zod';
import type { FieldIssue } from '../errors';
import { fieldIssues } from '../messages/validation';
import { DISTRICT_NAMES, VENUE_TYPE_IDS, type District, type VenueType } from './catalogue';
import { rightToLeft, unprintableCharacter } from '../printing/printable';
import { hasVisibleCharacter, hiddenCharacterProblem } from './printed-text';
import { lookAlikeFold } from './skeleton';

/** Longest English name, in characters. A 40-character name still fits QR version 10-M. */
export const NAME_EN_MAX = 80;
/** Longest Chinese name, in characters (code points). */
export const NAME_ZH_MAX = 40;
/** Longest address in either language, in characters. */
export const ADDRESS_MAX = 200;

/** A registered venue as stored, shown and sent over IPC. Times are epoch milliseconds. */
export const venueSchema = z.object({
  id: z.string(),
  nameEn: z.string(),
  nameZh: z.string(),
  addressEn: z.string(),
  addressZh: z.string(),
  /** Null only for taxis, which have no fixed district. */
  district: z.enum(DISTRICT_NAMES as [District, ...District[]]).nullable(),
  type: z.enum(VENUE_TYPE_IDS),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  status: z.enum(['active', 'deactivated']),
  createdAt: z.number(),
  updatedAt: z.number(),
});

/** A registered venue as stored and shown (the output of {@link venueSchema}). */
export type Venue = z.output<typeof venueSchema>;

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

/** A character's code point as `U+` digits (at least four, upper case) without the `U+`. */
const hex = (ch: string) => (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');

/**
 * Why a printed text is refused (empty, too long, no visible character, a control or invisible character —
 * see printed-text.ts for the Unicode rules — markup, right-to-left text as `rtl:XXXX`, or a character the
 * poster font has no glyph for as `unprintable:XXXX`: see shared/printing/printable.ts), as a message key;
 * null when fine. `printed: false` skips the last two, for text that is shown and stored but never printed.
 */
export function textProblem(s: string, max: number, options: { printed?: boolean } = {}): string | null {
  if (s.length === 0) return 'required';
  if (codePoints(s) > max) return `too-long:${max}`;
  if (!hasVisibleCharacter(s)) return 'no-visible';
  const hidden = hiddenCharacterProblem(s);
  if (hidden) return hidden;
  if (MARKUP.test(s)) return 'markup';
  if (options.printed === false) return null;
  // Before the glyph check: Arabic and Hebrew letters are not in the font either, but the reason is the shaping.
  const rtl = rightToLeft(s);
  if (rtl) return `rtl:${hex(rtl)}`;
  const unprintable = unprintableCharacter(s);
  if (unprintable) return `unprintable:${hex(unprintable)}`;
  return null;
}

/**
 * A text that is printed or shown: trimmed, NFC, single spaces, at most `max` characters, no controls or markup,
 * and nothing the poster cannot print (a character its font lacks, right-to-left text).
 */
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
    type: z.enum(VENUE_TYPE_IDS, { message: 'venue-type' }),
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

/** Validates raw venue input; returns the cleaned input or one issue per bad field. */
export function validateVenueInput(raw: unknown): { ok: true; value: VenueInput } | { ok: false; issues: FieldIssue[] } {
  const parsed = venueInputSchema.safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: fieldIssues(parsed.error, raw) };
}

/**
 * The key two venues share when their names and address look the same: case, spacing, width, invisible
 * characters and look-alike letters (Unicode TR39 confusables) folded — see skeleton.ts. Stored in `dup_key`;
 * changing it needs a migration that recomputes the stored keys with a frozen copy.
 */
export function venueDuplicateKey(v: Pick<VenueInput, 'nameEn' | 'nameZh' | 'addressEn'>): string {
  return `${lookAlikeFold(v.nameEn)}|${lookAlikeFold(v.nameZh)}|${lookAlikeFold(v.addressEn)}`;
}
