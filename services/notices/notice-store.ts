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
      `INSERT INTO notice_feed (id, feed_version, content_hash, issued_at, expires, verified_at, source, etag)
       VALUES (1, @feedVersion, @contentHash, @issuedAt, @expires, @verifiedAt, @source, @etag)
       ON CONFLICT (id) DO UPDATE SET feed_version = excluded.feed_version, content_hash = excluded.content_hash, issued_at = excluded.issued_at,
         expires = excluded.expires, verified_at = excluded.verified_at, source = excluded.source, etag = excluded.etag`,
    ),
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
    venueVersion: db.prepare<[], { n: number; u: number | null; s: number | null }>('SELECT COUNT(*) AS n, MAX(updated_at) AS u, MAX(seq) AS s FROM venues'),
    venues: db.prepare<[], { id: string; type: string; name_en: string; name_zh: string; address_en: string; address_zh: string; district: string | null }>(
      'SELECT id, type, name_en, name_zh, address_en, address_zh, district FROM venues',
    ),
  };
}

/** The statements' type. */
export type NoticeStatements = ReturnType<typeof noticeStatements>;
