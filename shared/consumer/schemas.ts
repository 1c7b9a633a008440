/**
 * Zod schemas of the consumer JSON shapes — visits, exposures / high-risk entries, and the Health Code input —
 * shared by the CLI, the app and a phone. They parse ISO times (offset required) into epoch ms and normalise ids.
 * Custom issue messages are keys that `describePathIssue` (shared/messages/validation.ts) turns into words.
 */
import { z } from 'zod';
import { parseIsoInstant } from '../checkin/iso-time';
import { displayPlate, isValidPlate } from '../checkin/plate';
import { isValidVenueId, normaliseVenueId } from '../venue/venue-id';
import { ARRIVAL_SCHEMES, CASE_STATUSES } from '../health-code/person';

/** Longest accepted free text (venue names, building names), in characters. */
export const TEXT_MAX = 300;

/** An ISO 8601 date-time with an explicit offset (`Z` or `±HH:MM`), parsed to epoch ms. */
export const isoInstantSchema = z.string().transform((text, ctx) => {
  const ms = parseIsoInstant(text);
  if (ms === null) {
    ctx.addIssue({ code: 'custom', message: 'time' });
    return z.NEVER;
  }
  return ms;
});

/** A venue id; case, spaces and dashes are forgiven, the check character is not. */
export const venueIdSchema = z
  .string()
  .transform(normaliseVenueId)
  .refine(isValidVenueId, { message: 'venue-id' });

/** A taxi registration mark, returned in display form (`AB 1234`). */
export const plateSchema = z.string().refine(isValidPlate, { message: 'plate' }).transform(displayPlate);

const text = z.string().trim().min(1, { message: 'required' }).max(TEXT_MAX, { message: 'too-long' });

const visitTimes = {
  checkIn: isoInstantSchema,
  /** Absent is read as null (an open visit). */
  checkOut: isoInstantSchema.nullable().optional().transform((v) => v ?? null),
  rescannedAt: isoInstantSchema.optional(),
};

/** A venue visit JSON entry. */
export const venueVisitSchema = z.object({
  kind: z.literal('venue'),
  venueId: venueIdSchema,
  nameEn: text.optional(),
  nameZh: text.optional(),
  ...visitTimes,
});

/** A taxi visit JSON entry. */
export const taxiVisitSchema = z.object({ kind: z.literal('taxi'), plate: plateSchema, ...visitTimes });

/** A visit JSON entry: venue or taxi; `checkOut` may not be before `checkIn`. */
export const visitSchema = z.discriminatedUnion('kind', [venueVisitSchema, taxiVisitSchema]).superRefine((v, ctx) => {
  if (v.checkOut !== null && v.checkOut < v.checkIn) ctx.addIssue({ code: 'custom', path: ['checkOut'], message: 'before:checkIn' });
  if (v.rescannedAt !== undefined && v.rescannedAt < v.checkIn) {
    ctx.addIssue({ code: 'custom', path: ['rescannedAt'], message: 'before:checkIn' });
  }
});

const window = { from: isoInstantSchema, until: isoInstantSchema };

/** An exposure or high-risk entry: a venue, a taxi or a residential building, with a window; `until` may not be before `from`. */
export const exposureSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('venue'), venueId: venueIdSchema, ...window }),
    z.object({ kind: z.literal('taxi'), plate: plateSchema, ...window }),
    z.object({ kind: z.literal('building'), building: text, ...window }),
  ])
  .superRefine((e, ctx) => {
    if (e.until < e.from) ctx.addIssue({ code: 'custom', path: ['until'], message: 'before:from' });
  });

/** A person's health facts for the Health Code. */
export const personSchema = z.object({
  status: z.enum(CASE_STATUSES, { message: 'status' }),
  dischargedAfterRecoveryAt: isoInstantSchema.optional(),
  underCompulsoryQuarantine: z.boolean().optional(),
  lastSymptomsAt: isoInstantSchema.optional(),
  arrivedAt: isoInstantSchema.optional(),
  arrivalScheme: z.enum(ARRIVAL_SCHEMES, { message: 'scheme' }).nullable().optional(),
  residenceBuilding: text.optional(),
});

/** The `health-code` input: `now` (optional; defaults to the clock), the person, their visits and the high-risk list. */
export const healthCodeInputSchema = z.object({
  now: isoInstantSchema.optional(),
  person: personSchema,
  visits: z.array(visitSchema).default([]),
  highRisk: z.array(exposureSchema).default([]),
});

/** A visit as parsed by {@link visitSchema}. */
export type ParsedVisit = z.output<typeof visitSchema>;
/** An exposure as parsed by {@link exposureSchema}. */
export type ParsedExposure = z.output<typeof exposureSchema>;
/** The Health Code input as parsed by {@link healthCodeInputSchema}. */
export type ParsedHealthCodeInput = z.output<typeof healthCodeInputSchema>;
