/**
 * From a verified feed to the database: which notices to store — the revisions that concern this operator's
 * venues, read in full, and new revisions of notices already held (a correction may move a notice off them) —
 * and one transaction that stores them with the feed itself (kept whole, to be matched again when venues are
 * registered), explicit withdrawals of notices held, and the attempt. A notice missing from a feed is not
 * removed; one already past its erasure time is not stored again; other operators' notices are not stored.
 */
import { receivedFeedSchema, type ReceivedFeed } from '../../shared/notices/feed';
import { matchNotice, type NoticeVenueMatch, type VenueMatchIndex } from '../../shared/notices/match-notices';
import { lastWindowEnd, readNotice, type Notice } from '../../shared/notices/notice';
import type { Db } from '../db/open-database';
import { eraseAt } from './notice-retention';
import type { NoticeStatements } from './notice-store';

/** A notice revision to store, the venues it concerns, and whether an earlier revision is held. */
export interface NoticeToStore {
  notice: Notice;
  matches: NoticeVenueMatch[];
  corrected: boolean;
}

/**
 * The revisions of `feed` to store, given the revision held of each id: every one not yet held that concerns a
 * venue of `index` or corrects a held notice, read in full — or where one of them is not a valid notice.
 */
export function noticesToStore(
  feed: ReceivedFeed,
  held: ReadonlyMap<string, number>,
  index: VenueMatchIndex,
  now: number,
): { ok: true; notices: NoticeToStore[] } | { ok: false; detail: string } {
  const out: NoticeToStore[] = [];
  for (const [i, raw] of feed.notices.entries()) {
    const prev = held.get(raw.id);
    if (prev !== undefined && raw.revision <= prev) continue;
    const matches = matchNotice(raw, index);
    if (matches.length === 0 && prev === undefined) continue;
    const read = readNotice(raw, i);
    if (!read.ok) return read;
    if (eraseAt(read.notice, null) <= now) continue;
    out.push({ notice: read.notice, matches, corrected: prev !== undefined });
  }
  return { ok: true, notices: out };
}

/**
 * The notices of the held feed (its signed part as stored, verified when it arrived) to store after venues
 * changed: those that now concern one. Nothing when no feed's bytes are held.
 */
export function heldFeedNotices(signedBytes: Uint8Array | null, held: ReadonlyMap<string, number>, index: VenueMatchIndex, now: number): ReturnType<typeof noticesToStore> {
  if (signedBytes === null) return { ok: true, notices: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(signedBytes));
  } catch {
    return { ok: false, detail: 'the held feed is not JSON' };
  }
  const parsed = receivedFeedSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, detail: `signed.${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  return noticesToStore(parsed.data, held, index, now);
}

/** The feed row of a new verified feed (absent when the held feed is matched again after venues changed). */
export interface FeedRecord {
  signed: ReceivedFeed;
  /** The bytes its signature was verified over. */
  signedBytes: Uint8Array;
  contentHash: string;
  source: string;
  etag: string | null;
}

/**
 * Stores, in one transaction, the feed (when given), the chosen revisions and the withdrawals of held notices,
 * and records which venue table the feed was matched against; returns the ids withdrawn now.
 */
export function storeFeed(db: Db, stmt: NoticeStatements, meta: { feed: FeedRecord | null; notices: NoticeToStore[]; withdrawn: ReceivedFeed['withdrawn']; venueKey: string; now: number }): string[] {
  const { now, feed } = meta;
  const withdrawnNow: string[] = [];
  db.transaction(() => {
    const held = new Set(stmt.maxRevisions.all().map((r) => r.id));
    const withdrawals = new Map(stmt.withdrawals.all().map((w) => [w.id, w]));
    if (feed) {
      stmt.putFeed.run({
        feedVersion: feed.signed.feedVersion,
        contentHash: feed.contentHash,
        issuedAt: Date.parse(feed.signed.issuedAt),
        expires: Date.parse(feed.signed.expires),
        verifiedAt: now,
        source: feed.source,
        etag: feed.etag,
        signedBytes: Buffer.from(feed.signedBytes.buffer, feed.signedBytes.byteOffset, feed.signedBytes.byteLength),
        venueKey: meta.venueKey,
      });
    } else stmt.putFeedVenueKey.run(meta.venueKey);
    for (const { notice: n } of meta.notices) {
      stmt.putRevision.run({
        id: n.id,
        revision: n.revision,
        document: JSON.stringify(n),
        kind: n.kind,
        severity: n.severity,
        issuedAt: Date.parse(n.issuedAt),
        receivedAt: now,
        lastWindowEnd: lastWindowEnd(n),
      });
      // A new revision after a withdrawal of an earlier one reinstates the notice.
      const w = withdrawals.get(n.id);
      if (w && w.revision < n.revision) {
        stmt.dropWithdrawal.run(n.id);
        withdrawals.delete(n.id);
      }
      held.add(n.id);
    }
    for (const w of meta.withdrawn) {
      if (!held.has(w.id) || withdrawals.has(w.id)) continue;
      stmt.putWithdrawal.run({ id: w.id, revision: w.revision, reasonEn: w.reason.en, reasonZh: w.reason.zh, at: now });
      withdrawnNow.push(w.id);
    }
    if (feed) stmt.putStatus.run(now, null, null, null);
  })();
  return withdrawnNow;
}
