/**
 * Storing a verified feed in one transaction: the feed row, every notice revision not yet held (a higher
 * revision of an id is a correction), and explicit withdrawals of notices held. A notice missing from a feed
 * is not removed; a notice already past its erasure time is not stored again.
 */
import type { SignedFeed } from '../../shared/notices/feed';
import { lastWindowEnd, type Notice } from '../../shared/notices/notice';
import type { Db } from '../db/open-database';
import { eraseAt } from './notice-retention';
import type { NoticeStatements } from './notice-store';

/** What one transaction stored. */
export interface StoredFeed {
  stored: { notice: Notice; corrected: boolean }[];
  withdrawn: string[];
}

/** Stores a verified new feed (checkFeed said `new`); returns the revisions and withdrawals it added. */
export function storeFeed(db: Db, stmt: NoticeStatements, feed: SignedFeed, meta: { contentHash: string; now: number; source: string; etag: string | null }): StoredFeed {
  const { now } = meta;
  const signed = feed.signed;
  const out: StoredFeed = { stored: [], withdrawn: [] };
  db.transaction(() => {
    const held = new Map(stmt.maxRevisions.all().map((r) => [r.id, r.revision]));
    const withdrawals = new Map(stmt.withdrawals.all().map((w) => [w.id, w]));
    stmt.putFeed.run({
      feedVersion: signed.feedVersion,
      contentHash: meta.contentHash,
      issuedAt: Date.parse(signed.issuedAt),
      expires: Date.parse(signed.expires),
      verifiedAt: now,
      source: meta.source,
      etag: meta.etag,
    });
    for (const n of signed.notices) {
      const prev = held.get(n.id);
      if (prev !== undefined && n.revision <= prev) continue;
      if (eraseAt(n, null) <= now) continue;
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
      if (w && w.revision < n.revision) stmt.dropWithdrawal.run(n.id);
      held.set(n.id, n.revision);
      out.stored.push({ notice: n, corrected: prev !== undefined });
    }
    for (const w of signed.withdrawn) {
      if (!held.has(w.id) || withdrawals.has(w.id)) continue;
      stmt.putWithdrawal.run({ id: w.id, revision: w.revision, reasonEn: w.reason.en, reasonZh: w.reason.zh, at: now });
      out.withdrawn.push(w.id);
    }
    stmt.putStatus.run(now, null, null, null);
  })();
  return out;
}
