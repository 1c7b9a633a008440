/**
 * The IPC contract: every channel between the renderer and the main process, with zod schemas for its
 * request and response. The preload exposes one method per key; the main process must implement a
 * handler per key (the handler map is typed over this object, so a missing one does not compile).
 */
import { z } from 'zod';
import { DISTRICT_NAMES, VENUE_TYPE_IDS, type District } from '../venue/catalogue';
import { controlCharacterProblem } from '../venue/printed-text';
import { printedText, venueInputSchema } from '../venue/venue';

const venueId = z.string().min(1).max(16);
/** A search as typed: no control characters (a NUL broke the full-text query) and no lone surrogates. */
const searchQuery = z
  .string()
  .max(200)
  .superRefine((s, ctx) => {
    const problem = controlCharacterProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
const district = z.enum(DISTRICT_NAMES as [District, ...District[]]);
const venueType = z.enum(VENUE_TYPE_IDS);
const paperSize = z.enum(['a4', 'a3']);

/** A venue as it crosses IPC. */
export const venueSchema = z.object({
  id: z.string(),
  nameEn: z.string(),
  nameZh: z.string(),
  addressEn: z.string(),
  addressZh: z.string(),
  district: district.nullable(),
  type: venueType,
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  status: z.enum(['active', 'deactivated']),
  createdAt: z.number(),
  updatedAt: z.number(),
});

/** A signing key as it crosses IPC: public facts only. */
export const keyInfoSchema = z.object({
  kid: z.string(),
  publicKey: z.string(),
  status: z.enum(['active', 'retired', 'revoked']),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  createdAt: z.number(),
  protection: z.string(),
  revokedAt: z.number().nullable(),
  revocationReason: z.string().nullable(),
});

/** The venues a key signed codes for (at most {@link KEY_VENUES_MAX}, those still to re-issue first), with counts. */
export const keyVenuesSchema = z.object({
  venues: z.array(
    z.object({
      id: z.string(),
      nameEn: z.string(),
      nameZh: z.string(),
      type: venueType,
      status: z.enum(['active', 'deactivated']),
      lastIssuedOn: z.string(),
      reissuedOn: z.string().nullable(),
    }),
  ),
  /** Every venue the key signed a code for. */
  total: z.number(),
  /** Active venues not re-issued since (their posters carry the revoked key's code). */
  pending: z.number(),
  /** False when the key signed codes before the console recorded them. */
  complete: z.boolean(),
});

/** Most venues one answer lists; the counts cover all of them. */
export const KEY_VENUES_MAX = 500;

const kidSchema = z.string().max(64);

/** Operator settings. */
export const settingsSchema = z.object({
  operatorName: printedText(120),
  schemeName: printedText(60),
});

const verdictSchema = z.union([
  z.object({
    ok: z.literal(true),
    venue: z.object({
      kid: z.string(),
      issuedOn: z.string(),
      venueId: z.string(),
      type: venueType,
      nameEn: z.string(),
      nameZh: z.string(),
    }),
  }),
  z.object({
    ok: z.literal(false),
    reason: z.enum(['malformed', 'unsupported-version', 'unknown-key', 'bad-signature', 'revoked-key', 'revoked']),
    detail: z.string(),
  }),
]);

const rejectedRowSchema = z.object({ row: z.number(), plate: z.string().max(1000), reason: z.string().max(500), reasonZh: z.string().max(500) });

const warningSchema = z.object({ en: z.string(), zh: z.string() });

const batchReportSchema = z.object({
  created: z.number(),
  reused: z.number(),
  rejected: z.array(z.object({ row: z.number(), plate: z.string(), reason: z.string() })),
  /** Rejected rows beyond the first 1,000 listed in `rejected`. */
  rejectedNotShown: z.number(),
  warnings: z.array(warningSchema),
  pages: z.number(),
  pdf: z.string(),
  manifest: z.string().nullable(),
  seconds: z.number(),
});

/** A batch job as the page polls it. */
export const batchStatusSchema = z.object({
  jobId: z.string(),
  phase: z.enum(['starting', 'generating', 'saving', 'done', 'cancelled', 'failed']),
  done: z.number(),
  total: z.number(),
  rate: z.number(),
  secondsLeft: z.number(),
  pdfPath: z.string(),
  manifestPath: z.string().nullable(),
  report: batchReportSchema.nullable(),
  error: z.object({ code: z.string(), message: z.string(), messageZh: z.string().optional() }).nullable(),
});

/** Largest CSV the app accepts over IPC (about 200,000 vehicles). */
export const BATCH_CSV_MAX_CHARS = 20_000_000;

const channel = <Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res) => ({ request, response });

/** The contract: channel name → request and response schemas. */
export const contract = {
  getOverview: channel(
    z.object({}),
    z.object({
      venueCount: z.number(),
      activeVenueCount: z.number(),
      activeKey: keyInfoSchema.nullable(),
      dataDir: z.string(),
      settings: settingsSchema,
    }),
  ),
  searchVenues: channel(
    z.object({
      query: searchQuery,
      status: z.enum(['all', 'active', 'deactivated']).default('all'),
      type: venueType.optional(),
      district: district.optional(),
      offset: z.number().int().min(0),
      limit: z.number().int().min(1).max(500),
    }),
    z.object({ total: z.number(), items: z.array(venueSchema) }),
  ),
  getVenue: channel(z.object({ id: venueId }), venueSchema),
  findDuplicate: channel(
    z.object({ nameEn: z.string().max(400), nameZh: z.string().max(400), addressEn: z.string().max(800), exceptId: venueId.optional() }),
    z.object({ existingId: z.string().nullable() }),
  ),
  createVenue: channel(venueInputSchema, venueSchema),
  updateVenue: channel(z.object({ id: venueId, venue: venueInputSchema }), venueSchema),
  setVenueStatus: channel(z.object({ id: venueId, status: z.enum(['active', 'deactivated']) }), venueSchema),
  getVenueCode: channel(
    z.object({ id: venueId }),
    z.object({ text: z.string(), qrVersion: z.number(), modules: z.number(), svgPath: z.string(), issuedOn: z.string(), kid: z.string() }),
  ),
  savePosterPdf: channel(
    z.object({ id: venueId, size: paperSize }),
    z.object({ path: z.string().nullable(), bytes: z.number() }),
  ),
  getSettings: channel(z.object({}), settingsSchema),
  updateSettings: channel(settingsSchema, settingsSchema),
  listKeys: channel(z.object({}), z.array(keyInfoSchema)),
  rotateKey: channel(z.object({}), keyInfoSchema),
  revokeKey: channel(
    z.object({ kid: kidSchema, reason: z.string().max(2000) }),
    keyVenuesSchema.extend({ revoked: keyInfoSchema, replacement: keyInfoSchema.nullable() }),
  ),
  listKeyVenues: channel(z.object({ kid: kidSchema }), keyVenuesSchema),
  exportTrust: channel(z.object({}), z.object({ path: z.string().nullable(), keys: z.number() })),
  /** A copy of the database (online backup through the app's own connection) to a file chosen in a save dialog. */
  backupNow: channel(z.object({}), z.object({ path: z.string().nullable(), bytes: z.number() })),
  verifyCode: channel(z.object({ text: z.string().max(4000) }), verdictSchema),
  previewBatch: channel(
    z.object({ csv: z.string().max(BATCH_CSV_MAX_CHARS) }),
    z.object({
      valid: z.number(),
      alreadyRegistered: z.number(),
      rejected: z.array(rejectedRowSchema),
      /** Rejected rows beyond the first 1,000 listed in `rejected`. */
      rejectedNotShown: z.number(),
      warnings: z.array(warningSchema),
      pages: z.object({ sheet: z.number(), card: z.number() }),
    }),
  ),
  startBatch: channel(
    z.object({ csv: z.string().max(BATCH_CSV_MAX_CHARS), template: z.enum(['sheet', 'card']), manifest: z.boolean() }),
    batchStatusSchema.nullable(),
  ),
  getBatchStatus: channel(z.object({ jobId: z.string().max(64) }), batchStatusSchema),
  cancelBatch: channel(z.object({ jobId: z.string().max(64) }), batchStatusSchema),
  saveRejectedRows: channel(z.object({ rejected: z.array(rejectedRowSchema).max(200_000) }), z.object({ path: z.string().nullable() })),
  openBatchOutput: channel(z.object({ jobId: z.string().max(64), which: z.enum(['pdf', 'manifest']) }), z.object({ opened: z.boolean() })),
} as const;

/** The contract's type. */
export type Contract = typeof contract;
/** A channel name. */
export type Channel = keyof Contract;
/** What a renderer sends on a channel (before parsing: defaults may be left out). */
export type RequestIn<C extends Channel> = z.input<Contract[C]['request']>;
/** What a handler receives on a channel (after parsing). */
export type Request<C extends Channel> = z.output<Contract[C]['request']>;
/** What a channel answers with. */
export type Response<C extends Channel> = z.output<Contract[C]['response']>;

/** All channel names, for the preload and test harnesses. */
export const CHANNELS = Object.keys(contract) as Channel[];

export { ipcChannelName } from './console-channels';
import type { ChannelName } from './console-channels';

/** Compile-time check: the preload's channel list and the contract name the same channels. */
type SameChannels = [Exclude<Channel, ChannelName>, Exclude<ChannelName, Channel>] extends [never, never] ? true : false;
export const CHANNEL_LIST_MATCHES: SameChannels = true;
