/**
 * The notices tables (migration 7) as plain functions over one database: the held feed, revisions,
 * withdrawals, acknowledgements, alerts already shown, the last attempt, and the feed settings (in `settings`).
 */
import type { Db } from '../db/open-database';

/** The held (last verified) feed's row. */
export interface FeedRow {
  feed_version: number;
  content_hash: string;
  issued_at: number;
  expires: number;
  verified_at: number;
  source: string;
  etag: string | null;
}

/** One stored notice revision. */
export interface RevisionRow {
  id: string;
  revision: number;
  document: string;
  kind: string;
  severity: string;
  issued_at: number;
  received_at: number;
  last_window_end: number | null;
}

/** A withdrawal row. */
export interface WithdrawalRow {
  id: string;
  revision: number;
  reason_en: string;
  reason_zh: string;
  withdrawn_at: number;
}

/** An acknowledgement row. */
export interface AckRow {
  id: string;
  revision: number;
  acked_at: number;
  acked_by: string;
}

/** The last attempt row. */
export interface StatusRow {
  last_attempt_at: number | null;
  last_error_code: string | null;
  last_error_en: string | null;
  last_error_zh: string | null;
}

/** Settings keys of the feed. */
export const FEED_URL_KEY = 'noticesFeedUrl';
/** Settings key of the polling period. */
export const POLL_MINUTES_KEY = 'noticesPollMinutes';

/** Prepared statements over the notices tables. */
export function noticeStatements(db: Db) {
  return {
    feed: db.prepare<[], FeedRow>('SELECT feed_version, content_hash, issued_at, expires, verified_at, source, etag FROM notice_feed WHERE id = 1'),
    putFeed: db.prepare(
      `INSERT INTO notice_feed (id, feed_version, content_hash, issued_at, expires, verified_at, source, etag, signed_bytes, venue_key)
       VALUES (1, @feedVersion, @contentHash, @issuedAt, @expires, @verifiedAt, @source, @etag, @signedBytes, @venueKey)
       ON CONFLICT (id) DO UPDATE SET feed_version = excluded.feed_version, content_hash = excluded.content_hash, issued_at = excluded.issued_at,
         expires = excluded.expires, verified_at = excluded.verified_at, source = excluded.source, etag = excluded.etag, signed_bytes = excluded.signed_bytes,
         venue_key = excluded.venue_key`,
    ),
    /** The held feed's signed part, its bytes as verified (null for a feed held before schema step 10). */
    feedSignedBytes: db.prepare<[], Buffer | null>('SELECT signed_bytes FROM notice_feed WHERE id = 1').pluck(),
    /** The venue generation when the held feed was last matched (null: never, or before schema step 10). */
    feedVenueKey: db.prepare<[], string | null>('SELECT venue_key FROM notice_feed WHERE id = 1').pluck(),
    putFeedVenueKey: db.prepare('UPDATE notice_feed SET venue_key = ? WHERE id = 1'),
    touchFeed: db.prepare('UPDATE notice_feed SET verified_at = ?, source = ?, etag = ? WHERE id = 1'),
    maxRevisions: db.prepare<[], { id: string; revision: number }>('SELECT id, MAX(revision) AS revision FROM notice_revisions GROUP BY id'),
    currentRevisions: db.prepare<[], RevisionRow>(
      `SELECT r.id, r.revision, r.document, r.kind, r.severity, r.issued_at, r.received_at, r.last_window_end FROM notice_revisions r
       WHERE r.revision = (SELECT MAX(revision) FROM notice_revisions x WHERE x.id = r.id)`,
    ),
    revisionsOf: db.prepare<[string], RevisionRow>(
      'SELECT id, revision, document, kind, severity, issued_at, received_at, last_window_end FROM notice_revisions WHERE id = ? ORDER BY revision DESC',
    ),
    minRevisions: db.prepare<[], { id: string; revision: number }>('SELECT id, MIN(revision) AS revision FROM notice_revisions GROUP BY id'),
    putRevision: db.prepare(
      `INSERT OR IGNORE INTO notice_revisions (id, revision, document, kind, severity, issued_at, received_at, last_window_end)
       VALUES (@id, @revision, @document, @kind, @severity, @issuedAt, @receivedAt, @lastWindowEnd)`,
    ),
    withdrawals: db.prepare<[], WithdrawalRow>('SELECT id, revision, reason_en, reason_zh, withdrawn_at FROM notice_withdrawals'),
    putWithdrawal: db.prepare(
      'INSERT OR IGNORE INTO notice_withdrawals (id, revision, reason_en, reason_zh, withdrawn_at) VALUES (@id, @revision, @reasonEn, @reasonZh, @at)',
    ),
    dropWithdrawal: db.prepare('DELETE FROM notice_withdrawals WHERE id = ?'),
    acks: db.prepare<[], AckRow>('SELECT id, revision, acked_at, acked_by FROM notice_acks'),
    acksOf: db.prepare<[string], AckRow>('SELECT id, revision, acked_at, acked_by FROM notice_acks WHERE id = ?'),
    putAck: db.prepare('INSERT OR IGNORE INTO notice_acks (id, revision, acked_at, acked_by) VALUES (?, ?, ?, ?)'),
    putAlert: db.prepare('INSERT OR IGNORE INTO notice_alerts (id, revision, alerted_at) VALUES (?, ?, ?)'),
    status: db.prepare<[], StatusRow>('SELECT last_attempt_at, last_error_code, last_error_en, last_error_zh FROM notice_status WHERE id = 1'),
    putStatus: db.prepare(
      `INSERT INTO notice_status (id, last_attempt_at, last_error_code, last_error_en, last_error_zh) VALUES (1, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET last_attempt_at = excluded.last_attempt_at, last_error_code = excluded.last_error_code,
         last_error_en = excluded.last_error_en, last_error_zh = excluded.last_error_zh`,
    ),
    setting: db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
    putSetting: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    dropSetting: db.prepare('DELETE FROM settings WHERE key = ?'),
    eraseRevisions: db.prepare('DELETE FROM notice_revisions WHERE id = ?'),
    eraseWithdrawal: db.prepare('DELETE FROM notice_withdrawals WHERE id = ?'),
    eraseAcks: db.prepare('DELETE FROM notice_acks WHERE id = ?'),
    eraseAlerts: db.prepare('DELETE FROM notice_alerts WHERE id = ?'),
    /** Changes with every insert, edit and deletion of a venue (schema step 10): the edit counter and the highest row. */
    venueKey: db.prepare<[], string>("SELECT (SELECT n FROM venue_generation WHERE id = 1) || ':' || (SELECT IFNULL(MAX(seq), 0) FROM venues)").pluck(),
    venueIds: db.prepare<[], string>('SELECT id FROM venues').pluck(),
    taxis: db.prepare<[], { id: string; plate: string }>("SELECT id, name_en AS plate FROM venues WHERE type = 'taxi'"),
    /** Each district's venue ids and joined addresses (shared/notices/match-notices.ts DistrictAddresses; separators dropped from the text). */
    places: db.prepare<[], { district: string; ids: string; text: string }>(
      `SELECT district, group_concat(id, ' ') AS ids,
         group_concat(replace(replace(address_en, char(30), ''), char(31), '') || char(31) || replace(replace(address_zh, char(30), ''), char(31), '') || char(30), '') AS text
       FROM venues WHERE district IS NOT NULL GROUP BY district`,
    ),
    venueName: db.prepare<[string], { name_en: string; name_zh: string }>('SELECT name_en, name_zh FROM venues WHERE id = ?'),
  };
}

/** The statements' type. */
export type NoticeStatements = ReturnType<typeof noticeStatements>;
