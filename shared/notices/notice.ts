/**
 * A notice of the authority (docs/notices-feed.md): an exposure at a venue, compulsory testing for a
 * building, a rule change, a closure or information — whom it targets, its time windows and its words in
 * English and Chinese. A higher `revision` of the same `id` replaces the lower one and is a correction.
 */
import { z } from 'zod';
import { DISTRICT_NAMES, type District } from '../venue/catalogue';
import { instantSchema } from '../trust/signed-document';

/** What a notice is about. */
export const NOTICE_KINDS = ['exposure', 'compulsory-testing', 'rule-change', 'closure', 'info'] as const;
/** How urgent it is, most urgent first. */
export const NOTICE_SEVERITIES = ['action-required', 'advisory', 'info'] as const;

/** One of {@link NOTICE_KINDS}. */
export type NoticeKind = (typeof NOTICE_KINDS)[number];
/** One of {@link NOTICE_SEVERITIES}. */
export type NoticeSeverity = (typeof NOTICE_SEVERITIES)[number];

const district = z.enum(DISTRICT_NAMES as [District, ...District[]]);
const words = (max: number) => z.object({ en: z.string().trim().min(1).max(max), zh: z.string().trim().min(1).max(max) });

/** Whom a notice concerns: a venue by id, a taxi by plate, a building in a district, or a whole district. */
export const noticeTargetSchema = z.union([
  z.strictObject({ venueId: z.string().min(1).max(40) }),
  z.strictObject({ plate: z.string().min(1).max(16) }),
  z.strictObject({ building: z.string().trim().min(1).max(200), district }),
  z.strictObject({ district }),
]);

/** A half-open time window `[from, until)`, ISO 8601 with offsets. */
export const noticeWindowSchema = z
  .object({ from: instantSchema, until: instantSchema })
  .refine((w) => Date.parse(w.until) > Date.parse(w.from), { message: 'until must be after from', path: ['until'] });

/** A notice. */
export const noticeSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/, 'an id is 1–64 letters, digits, ".", "_", ":" or "-"'),
  revision: z.int().min(1).max(1_000_000),
  kind: z.enum(NOTICE_KINDS),
  severity: z.enum(NOTICE_SEVERITIES),
  targets: z.array(noticeTargetSchema).min(1).max(10_000),
  windows: z.array(noticeWindowSchema).max(100),
  effectiveFrom: instantSchema.optional(),
  title: words(200),
  body: words(5_000),
  actions: z.array(words(500)).max(20).optional(),
  issuedAt: instantSchema,
});

/**
 * What a receiver checks of every notice in a feed: what matching needs. The rest of a notice is read (with
 * {@link readNotice}) only when it concerns the receiver; the feed's signature already covers all of it.
 */
export const noticeHeadSchema = z.object({ id: noticeSchema.shape.id, revision: noticeSchema.shape.revision, targets: noticeSchema.shape.targets });

/** A notice as a verified feed carries it: its head checked, the rest not yet read. */
export type FeedNotice = z.output<typeof noticeHeadSchema> & Record<string, unknown>;

/**
 * A feed's `notices` as a receiver reads them: each checked with {@link noticeHeadSchema} and kept as received
 * (a loose schema would copy every notice: twice the time).
 */
export const receivedNoticesSchema = z
  .array(z.unknown())
  .max(50_000)
  .superRefine((list, ctx) => {
    list.forEach((raw, i) => {
      const head = noticeHeadSchema.safeParse(raw);
      const first = head.success ? undefined : head.error.issues[0];
      if (first) ctx.addIssue({ code: 'custom', path: [i, ...first.path], message: first.message });
    });
  })
  .transform((list) => list as FeedNotice[]);

/** A notice of a feed read in full, or where it is not a notice (the path from the feed's `signed`). */
export function readNotice(raw: FeedNotice, position: number): { ok: true; notice: Notice } | { ok: false; detail: string } {
  const parsed = noticeSchema.safeParse(raw);
  if (parsed.success) return { ok: true, notice: parsed.data };
  const first = parsed.error.issues[0];
  return { ok: false, detail: `signed.${['notices', position, ...(first?.path ?? [])].join('.')}: ${first?.message ?? 'invalid'}` };
}

/** A withdrawal: removal is explicit, never by omission. */
export const withdrawalSchema = z.object({
  id: noticeSchema.shape.id,
  revision: z.int().min(1),
  reason: words(500),
});

/** A notice. */
export type Notice = z.output<typeof noticeSchema>;
/** A notice's target. */
export type NoticeTarget = z.output<typeof noticeTargetSchema>;
/** A withdrawal. */
export type Withdrawal = z.output<typeof withdrawalSchema>;

/** Epoch ms of the end of a notice's last window, or null when it has none. */
export function lastWindowEnd(notice: Pick<Notice, 'windows'>): number | null {
  let end: number | null = null;
  for (const w of notice.windows) end = Math.max(end ?? -Infinity, Date.parse(w.until));
  return end;
}
