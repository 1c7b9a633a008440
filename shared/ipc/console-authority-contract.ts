/**
 * The console channels of the authority's side of the scheme (issues 11–12): the pinned root and this operator's
 * certificates, the notices, and the front desk's counts and export. Spread into the console contract
 * (console-contract.ts), which stays the one list of the console window's channels.
 */
import { z } from 'zod';
import { channel } from './define-contract';
import { VENUE_TYPE_IDS } from '../venue/catalogue';
import { NOTICE_KINDS } from '../notices/notice';
import { feedStatusSchema, noticeDetailSchema, noticeSummarySchema, NOTICE_STATES } from '../notices/notice-view';
import { verdictCountsSchema } from '../health-code/scan-result';

const venueId = z.string().min(1).max(16);
const venueType = z.enum(VENUE_TYPE_IDS);
const noticeId = z.string().min(1).max(64);

/** The authority trust chain as this console holds it (issue 11): the pinned root and each key's certificate. */
export const authorityStatusSchema = z.object({
  root: z
    .object({
      authority: z.string(),
      version: z.number().int(),
      issuedAt: z.string(),
      expires: z.string(),
      expired: z.boolean(),
      rootKids: z.array(z.string()),
      roleKids: z.object({ operators: z.array(z.string()), notices: z.array(z.string()), 'health-code': z.array(z.string()) }),
    })
    .nullable(),
  keys: z.array(
    z.object({
      kid: z.string(),
      status: z.enum(['active', 'retired', 'revoked']),
      certificate: z
        .object({
          certifiedBy: z.string(),
          operator: z.string(),
          serial: z.number().int(),
          validFrom: z.string(),
          validUntil: z.string(),
          venueTypes: z.array(venueType),
          /** Whole days left, today (HK) included; 0 or less once expired. */
          daysLeft: z.number().int(),
          expiresSoon: z.boolean(),
          expired: z.boolean(),
        })
        .nullable(),
    }),
  ),
});

/** The authority, notices and desk channels of the console. */
export const authorityChannels = {
  /** The pinned authority root and each key's certificate (issue 11). */
  getAuthorityTrust: channel(z.object({}), authorityStatusSchema),
  /** Opens a root file (one signed root or a chain) and pins it, or advances the pinned one; `changed` false when cancelled or already held. */
  pinAuthorityRoot: channel(z.object({}), z.object({ changed: z.boolean(), status: authorityStatusSchema })),
  /** Opens a certificate file and stores it when it is for one of this console's keys and the pinned root's operators key signed it. */
  importCertificate: channel(z.object({}), z.object({ changed: z.boolean(), status: authorityStatusSchema })),
  /** Writes the active key's signed certificate request to a file chosen in a save dialog; `path` null when cancelled. */
  saveCertificateRequest: channel(z.object({ contact: z.string().max(300) }), z.object({ path: z.string().nullable(), kid: z.string() })),
  /** Today's front-desk scans at a venue by verdict (no personal data). */
  getDeskCounts: channel(z.object({ id: venueId }), verdictCountsSchema),
  /** How many desk scans fell inside an exposure notice's windows at the venues it concerns. */
  getNoticeDeskScans: channel(z.object({ id: noticeId }), z.object({ scans: z.number().int().min(0) })),
  /** Saves the signed desk-log export for the health authority (save dialog; null when cancelled). */
  exportDeskLog: channel(z.object({ id: noticeId }), z.object({ path: z.string().nullable(), entries: z.number().int().min(0) })),
  /** The authority's notices that concern this operator, most severe and newest first (issue 11 §5). */
  listNotices: channel(
    z.object({ venueId: venueId.optional(), kind: z.enum(NOTICE_KINDS).optional(), state: z.enum([...NOTICE_STATES, 'all', 'current']).optional() }),
    z.array(noticeSummarySchema),
  ),
  getNotice: channel(z.object({ id: noticeId }), noticeDetailSchema),
  /** Acknowledges one revision as the operator named in Settings; a later revision needs its own acknowledgement. */
  acknowledgeNotice: channel(z.object({ id: noticeId, revision: z.number().int().min(1) }), noticeDetailSchema),
  getNoticeStatus: channel(z.object({}), feedStatusSchema),
  /** The feed's URL (null: no polling) and polling period. */
  setNoticeFeed: channel(z.object({ url: z.string().trim().max(2000).nullable(), pollMinutes: z.number().int().min(1).max(1440) }), feedStatusSchema),
  /** Fetches the feed now; `outcome` says whether it brought anything. */
  fetchNoticesNow: channel(z.object({}), z.object({ outcome: z.enum(['updated', 'unchanged', 'not-modified']), added: z.number().int(), withdrawn: z.number().int(), status: feedStatusSchema })),
  /** Opens a file dialog and ingests the chosen feed file; null when cancelled. A refused file changes nothing. */
  importNoticesFile: channel(z.object({}), z.object({ outcome: z.enum(['updated', 'unchanged']), added: z.number().int(), withdrawn: z.number().int(), status: feedStatusSchema }).nullable()),
} as const;
