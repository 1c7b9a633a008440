/**
 * The console window's IPC contract: every channel between the console page and the main process, with zod
 * schemas for its request and response, and the events main sends to the page. The preload exposes one
 * method per channel and one `onX` per event; the handler map is typed over it, so a missing one does not compile.
 */
import { z } from 'zod';
import { channel, defineContract } from './define-contract';
import { authorityChannels } from './console-authority-contract';
import { DISTRICT_NAMES, VENUE_TYPE_IDS, type District } from '../venue/catalogue';
import { controlCharacterProblem } from '../venue/printed-text';
// The records channels answer with (venue, key, batch) are declared once, beside the types the services use.
import { printedText, venueInputSchema, venueSchema } from '../venue/venue';
import { keyInfoSchema } from '../keys/key-info';
import { displaySchema } from '../display/display-settings';
import { batchStatusSchema, batchWarningSchema as warningSchema, csvEncodingSchema, rejectedRowSchema } from '../batch/batch-status';

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

/** What a poster offers visitors without a smartphone until the operator words it otherwise. */
export const DEFAULT_PAPER_RECORD_TEXT = 'No smartphone? Ask our staff for the visitor record form. 沒有智能手提電話？請向職員索取訪客登記表。';

/** The scheme's mark as the console shows it: its type, size in pixels and bytes, and the bytes (base64, at most 512 KB). */
const schemeMarkSchema = z.object({
  mime: z.enum(['image/png', 'image/jpeg']),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
  base64: z.string(),
});

/** Operator settings. */
export const settingsSchema = z.object({
  operatorName: printedText(120),
  schemeName: printedText(60),
  /** Printed on posters under the instructions (issue 10); optional in a request, the default then applies. */
  paperRecordText: printedText(300).default(DEFAULT_PAPER_RECORD_TEXT),
});

/**
 * Settings as stored and answered: the printed texts as plain strings. The printed-text rules apply to what is
 * saved, not to what an older version saved (a name with an emoji, before the glyph check): that must still
 * load, so that the operator can see and correct it.
 */
const storedSettingsSchema = settingsSchema.extend({ operatorName: z.string(), schemeName: z.string(), paperRecordText: z.string() });

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

/** Largest CSV file the app accepts over IPC, in bytes (about 200,000 vehicles). */
export const BATCH_CSV_MAX_BYTES = 20_000_000;


/** The contract: channel name → request and response schemas. */
export const contract = {
  getOverview: channel(
    z.object({}),
    z.object({
      venueCount: z.number(),
      activeVenueCount: z.number(),
      activeKey: keyInfoSchema.nullable(),
      dataDir: z.string(),
      settings: storedSettingsSchema,
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
    // `truncated`: the poster's fields cut short to fit (see services/posters/fit-text.ts), for the page to say so.
    z.object({ path: z.string().nullable(), bytes: z.number(), truncated: z.array(z.string()).default([]) }),
  ),
  /** Which of a venue's fields its poster at `size` would cut short, before saving. */
  checkPosterFit: channel(z.object({ id: venueId, size: paperSize }), z.object({ truncated: z.array(z.string()) })),
  /** The poster PDF as Save PDF would write it now, at `size`, for the page's preview (its code is not recorded as issued). */
  getPosterPreview: channel(z.object({ id: venueId, size: paperSize }), z.object({ pdfBase64: z.base64() })),
  /** Prints the poster Save PDF writes (the same PDF, at `size`) through the system print dialog. */
  printPoster: channel(z.object({ id: venueId, size: paperSize }), z.object({ printed: z.boolean(), truncated: z.array(z.string()) })),
  /** Opens the poster this window saved last, or shows it in its folder; the page never names a path. */
  openSavedPoster: channel(z.object({ how: z.enum(['open', 'folder']) }), z.object({ opened: z.boolean() })),
  getSettings: channel(z.object({}), storedSettingsSchema),
  updateSettings: channel(settingsSchema, storedSettingsSchema),
  /** The scheme's mark printed in the posters' band (issue 10), or null. */
  getSchemeMark: channel(z.object({}), z.object({ mark: schemeMarkSchema.nullable() })),
  /** Opens a file dialog, checks the image (PNG/JPEG, size limits) and stores it; `mark` null when cancelled. */
  chooseSchemeMark: channel(z.object({}), z.object({ mark: schemeMarkSchema.nullable() })),
  removeSchemeMark: channel(z.object({}), z.object({ mark: z.null() })),
  /** Language and theme of the console (issue 10). */
  getDisplay: channel(z.object({}), displaySchema),
  updateDisplay: channel(displaySchema, displaySchema),
  /** First run (issue 10): `configured` false until the operator and scheme names are saved; the shell then opens #/setup. */
  getSetup: channel(z.object({}), z.object({ configured: z.boolean(), hasKey: z.boolean() })),
  listKeys: channel(z.object({}), z.array(keyInfoSchema)),
  rotateKey: channel(z.object({}), keyInfoSchema),
  /** Creates the first signing key (KeyStore.ensure: the active key is kept when one exists); `created` says which. */
  createSigningKey: channel(z.object({}), z.object({ key: keyInfoSchema, created: z.boolean() })),
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
    // The file's bytes, base64: main detects the encoding (a page that decoded the text first would destroy Big5).
    z.object({ csvBase64: z.base64().max(Math.ceil(BATCH_CSV_MAX_BYTES / 3) * 4) }),
    z.object({
      valid: z.number(),
      alreadyRegistered: z.number(),
      rejected: z.array(rejectedRowSchema),
      /** Rejected rows beyond the first 1,000 listed in `rejected`. */
      rejectedNotShown: z.number(),
      warnings: z.array(warningSchema),
      /** The encoding the file was read in. */
      encoding: csvEncodingSchema,
      pages: z.object({ sheet: z.number(), card: z.number() }),
      /** What startBatch refers to: the file is not sent again. */
      draftId: z.string(),
    }),
  ),
  startBatch: channel(
    z.object({ draftId: z.string().regex(/^[0-9a-f]{32}$/, 'draft'), template: z.enum(['sheet', 'card']), manifest: z.boolean() }),
    batchStatusSchema.nullable(),
  ),
  getBatchStatus: channel(z.object({ jobId: z.string().max(64) }), batchStatusSchema),
  cancelBatch: channel(z.object({ jobId: z.string().max(64) }), batchStatusSchema),
  saveRejectedRows: channel(z.object({ rejected: z.array(rejectedRowSchema).max(200_000) }), z.object({ path: z.string().nullable() })),
  openScanner: channel(z.object({ id: venueId }), z.object({ opened: z.boolean() })),
  openBatchOutput: channel(z.object({ jobId: z.string().max(64), which: z.enum(['pdf', 'manifest']) }), z.object({ opened: z.boolean() })),
  ...authorityChannels,
} as const;

/** Events from main to the console page. */
export const consoleEvents = {
  /** Bring the page to a route (a notification was clicked, a menu item chosen). */
  navigate: z.object({ hash: z.string().max(300).regex(/^#\/[\w\-/?=&.%~]*$/, 'a route such as #/venues') }),
  /** The authority's notices changed; `unread` is the new badge count. */
  'notices-changed': z.object({ unread: z.number().int().min(0) }),
} as const;

/** The console window: its channels and events. */
export const consoleContract = defineContract({ window: 'console', channels: contract, events: consoleEvents });

/** The contract's channels' type. */
export type Contract = typeof contract;
/** The console window's contract type. */
export type ConsoleContract = typeof consoleContract;
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

import type { ChannelName, ConsoleEventName } from './console-channels';

type Same<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : false;
/** Compile-time check: the preload's channel list and the contract name the same channels. */
export const CHANNEL_LIST_MATCHES: Same<Channel, ChannelName> = true;
/** Compile-time check: the preload's event list and the contract name the same events. */
export const EVENT_LIST_MATCHES: Same<keyof typeof consoleEvents, ConsoleEventName> = true;
