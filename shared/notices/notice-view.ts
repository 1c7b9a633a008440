/**
 * Notices as the console shows them (IPC answers, `notices list`): a summary for the list, a detail with the
 * windows, venues, actions and revision history, and the feed's status. Times are epoch ms; the page shows
 * them in Hong Kong time.
 */
import { z } from 'zod';
import { DISTRICT_NAMES, type District } from '../venue/catalogue';
import { NOTICE_KINDS, NOTICE_SEVERITIES } from './notice';

const words = z.object({ en: z.string(), zh: z.string() });
const district = z.enum(DISTRICT_NAMES as [District, ...District[]]);

/** A notice's state for this operator: not yet acknowledged (this revision), acknowledged, or withdrawn. */
export const NOTICE_STATES = ['new', 'acknowledged', 'withdrawn'] as const;
/** One of {@link NOTICE_STATES}. */
export type NoticeState = (typeof NOTICE_STATES)[number];

/** Why a venue is concerned (the target that named it). */
export const matchReasonSchema = z.discriminatedUnion('by', [
  z.object({ by: z.literal('venue') }),
  z.object({ by: z.literal('plate'), plate: z.string() }),
  z.object({ by: z.literal('building'), building: z.string(), district }),
  z.object({ by: z.literal('district'), district }),
]);

/** A venue a notice concerns, with its names and why. */
export const noticeVenueSchema = z.object({ venueId: z.string(), nameEn: z.string(), nameZh: z.string(), reason: matchReasonSchema });

/** Who acknowledged a revision, and when. */
export const acknowledgementSchema = z.object({ at: z.number(), by: z.string() });

/** A notice in the list. */
export const noticeSummarySchema = z.object({
  id: z.string(),
  revision: z.number().int(),
  kind: z.enum(NOTICE_KINDS),
  severity: z.enum(NOTICE_SEVERITIES),
  title: words,
  issuedAt: z.number(),
  receivedAt: z.number(),
  /** A later revision of a notice received before: shown as "Corrected". */
  corrected: z.boolean(),
  state: z.enum(NOTICE_STATES),
  withdrawnReason: words.nullable(),
  /** The venues concerned (at most 50 here; `venueCount` counts all). */
  venues: z.array(noticeVenueSchema),
  venueCount: z.number().int(),
  firstWindowFrom: z.number().nullable(),
  lastWindowEnd: z.number().nullable(),
});

/** A notice with everything the detail page shows. */
export const noticeDetailSchema = noticeSummarySchema.extend({
  body: words,
  actions: z.array(words),
  windows: z.array(z.object({ from: z.number(), until: z.number() })),
  effectiveFrom: z.number().nullable(),
  acknowledgement: acknowledgementSchema.nullable(),
  /** Every revision received, newest first, with its acknowledgement. */
  history: z.array(z.object({ revision: z.number().int(), issuedAt: z.number(), receivedAt: z.number(), title: words, acknowledgement: acknowledgementSchema.nullable() })),
});

/** Where the notices come from and how fresh they are. `up-to-date` only after a verified fetch or import. */
export const feedStatusSchema = z.object({
  url: z.string().nullable(),
  pollMinutes: z.number().int(),
  state: z.enum(['no-root', 'never', 'up-to-date', 'out-of-date']),
  feedVersion: z.number().int().nullable(),
  issuedAt: z.number().nullable(),
  expires: z.number().nullable(),
  /** When the last feed was verified (fetched or imported). */
  verifiedAt: z.number().nullable(),
  lastAttemptAt: z.number().nullable(),
  /** The last refusal or failure, if the last attempt failed. */
  lastError: z.object({ code: z.string(), en: z.string(), zh: z.string() }).nullable(),
  unread: z.number().int(),
});

/** A notice in the list. */
export type NoticeSummary = z.output<typeof noticeSummarySchema>;
/** A notice's detail. */
export type NoticeDetail = z.output<typeof noticeDetailSchema>;
/** The feed's status. */
export type FeedStatus = z.output<typeof feedStatusSchema>;
/** List filters. */
export interface NoticeFilter {
  venueId?: string;
  kind?: (typeof NOTICE_KINDS)[number];
  /** Default: new and acknowledged (withdrawn ones only when asked, or with `all`). */
  state?: NoticeState | 'all' | 'current';
}
