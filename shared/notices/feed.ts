/**
 * The signed notices feed: `feedVersion` (up by one on every publish), `issuedAt`, `expires`, the current
 * notices and the explicit withdrawals, signed by the authority's `notices` key. {@link checkFeed} is the
 * one gate a feed passes before anything of it is stored: signature and key, rollback, equivocation.
 */
import { z } from 'zod';
import { sha256 } from '@noble/hashes/sha2.js';
import { toHex } from '../qr/bytes';
import { canonicalBytes } from '../trust/canonical-json';
import { parseSignedDocument } from '../trust/certificate';
import type { VerifyEd25519 } from '../trust/ed25519';
import { checkRoleSignature } from '../trust/role-signature';
import type { Root } from '../trust/root';
import { instantSchema, signedBytesOf, type SignedDocument } from '../trust/signed-document';
import { noticeSchema, receivedNoticesSchema, readNotice, withdrawalSchema, type Notice } from './notice';

const feedFields = {
  type: z.literal('venue-notices-feed'),
  authority: z.string().min(1).max(200),
  feedVersion: z.int().min(1),
  issuedAt: instantSchema,
  expires: instantSchema,
  withdrawn: z.array(withdrawalSchema).max(50_000),
};

/** Each id once: current or withdrawn, never both. */
function uniqueIds(f: { notices: readonly { id: string }[]; withdrawn: readonly { id: string }[] }, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  f.notices.forEach((n, i) => {
    if (seen.has(n.id)) ctx.addIssue({ code: 'custom', path: ['notices', i, 'id'], message: `notice ${n.id} appears twice` });
    seen.add(n.id);
  });
  f.withdrawn.forEach((w, i) => {
    if (seen.has(w.id)) ctx.addIssue({ code: 'custom', path: ['withdrawn', i, 'id'], message: `notice ${w.id} is both current and withdrawn` });
  });
}

/** The signed part of a notices feed, every notice in full: what the authority publishes. */
export const feedSchema = z.object({ ...feedFields, notices: z.array(noticeSchema).max(50_000) }).superRefine(uniqueIds);

/**
 * A feed as a receiver reads it: the same, but each notice checked only as far as matching needs (id, revision,
 * targets) until it concerns the receiver — then {@link readNotice} reads it in full. Validating 10,000 notices up
 * front, most of them about other operators' venues, costs more than the signature check.
 */
export const receivedFeedSchema = z.object({ ...feedFields, notices: receivedNoticesSchema }).superRefine(uniqueIds);

/** A feed's signed part. */
export type Feed = z.output<typeof feedSchema>;
/** A signed feed. */
export type SignedFeed = SignedDocument<Feed>;
/** A feed's signed part as received (notices not yet read in full). */
export type ReceivedFeed = z.output<typeof receivedFeedSchema>;
/** A signed feed as received. */
export type SignedReceivedFeed = SignedDocument<ReceivedFeed>;

/** Why a feed was refused. The last verified feed is kept whatever the reason. */
export type FeedProblem = 'malformed' | 'wrong-key' | 'bad-signature' | 'rollback' | 'equivocation' | 'root-expired' | 'future-dated';

/** What is already held: the last verified feed's version and the SHA-256 of its canonical signed bytes. */
export interface HeldFeed {
  feedVersion: number;
  contentHash: string;
}

/** The outcome of {@link checkFeed}: a verified feed (new, or the one already held) or a refusal. */
export type FeedCheck =
  | { ok: true; feed: SignedReceivedFeed; contentHash: string; change: 'new' | 'unchanged'; expired: boolean }
  | { ok: false; reason: FeedProblem; detail: string };

/** Every notice of a received feed read in full (a phone matching its visits reads them all), or the first that is not one. */
export function readFeedNotices(feed: ReceivedFeed): { ok: true; notices: Notice[] } | { ok: false; detail: string } {
  const notices: Notice[] = [];
  for (const [i, raw] of feed.notices.entries()) {
    const read = readNotice(raw, i);
    if (!read.ok) return read;
    notices.push(read.notice);
  }
  return { ok: true, notices };
}

/** SHA-256 (hex) of a feed's canonical signed bytes: two feeds with the same version must have the same one. */
export function feedContentHash(feed: Feed): string {
  return toHex(sha256(canonicalBytes(feed)));
}

/**
 * Checks feed JSON text against the pinned root at `now`, and against what is held: a lower version is a
 * rollback, the same version with other content is equivocation. An expired feed is still verified and
 * returned (`expired: true`): its notices are genuine, and the status says since when it is out of date.
 */
export function checkFeed(
  text: string,
  options: { root: Root; now: number; held: HeldFeed | null; verify: VerifyEd25519; /** SHA-256; default @noble/hashes (a host may pass a native one). */ sha256?: (bytes: Uint8Array) => Uint8Array },
): FeedCheck {
  const { root, now, held, verify } = options;
  const parsed = parseSignedDocument(text, receivedFeedSchema);
  if (!parsed.ok) return { ok: false, reason: 'malformed', detail: parsed.detail };
  const feed = parsed.doc;
  if (Date.parse(root.expires) <= now) return { ok: false, reason: 'root-expired', detail: `the pinned authority root expired at ${root.expires}` };
  const sig = checkRoleSignature(feed, root, 'notices', Date.parse(feed.signed.issuedAt), verify);
  if (!sig.ok) return sig;
  if (Date.parse(feed.signed.issuedAt) > now + 5 * 60_000) {
    return { ok: false, reason: 'future-dated', detail: `the feed is dated ${feed.signed.issuedAt}, later than this computer's clock` };
  }
  // The bytes the signature was valid over: the canonical bytes (as received, or recomputed when re-formatted).
  const contentHash = toHex((options.sha256 ?? sha256)(signedBytesOf(feed)));
  const expired = Date.parse(feed.signed.expires) <= now;
  if (held) {
    if (feed.signed.feedVersion < held.feedVersion) {
      return { ok: false, reason: 'rollback', detail: `feed version ${feed.signed.feedVersion} is older than the version ${held.feedVersion} already verified` };
    }
    if (feed.signed.feedVersion === held.feedVersion) {
      if (contentHash !== held.contentHash) {
        return { ok: false, reason: 'equivocation', detail: `feed version ${feed.signed.feedVersion} was already received with different content` };
      }
      return { ok: true, feed, contentHash, change: 'unchanged', expired };
    }
  }
  return { ok: true, feed, contentHash, change: 'new', expired };
}
