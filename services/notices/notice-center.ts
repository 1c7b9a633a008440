/**
 * What the console's notice handlers and the CLI use of the notices service (services/notices/notice-service.ts
 * implements it): ingesting a verified feed, fetching it, listing, acknowledging, the feed's status, erasure.
 * Refusals (bad signature, wrong key, rollback, equivocation, malformed, no pinned root) are thrown as
 * AppFailure with bilingual messages; the last verified feed is kept.
 */
import type { FeedStatus, NoticeDetail, NoticeFilter, NoticeSummary } from '../../shared/notices/notice-view';

/** What ingesting a feed did. */
export interface IngestResult {
  feedVersion: number;
  change: 'new' | 'unchanged';
  expired: boolean;
  /** Notices (id and revision) that concern this operator and are new or corrected by this feed. */
  added: { id: string; revision: number; corrected: boolean }[];
  withdrawn: string[];
}

/** What a fetch did: `not-modified` for a 304 (nothing else is done). */
export type FetchResult = ({ http: 200 } & IngestResult) | { http: 304 };

/** A desktop alert for a new or corrected `action-required` notice. */
export interface NoticeAlert {
  id: string;
  revision: number;
  corrected: boolean;
  title: { en: string; zh: string };
  venues: string[];
}

/** Shows desktop alerts (Electron's Notification in the app; recorded in tests). Clicking calls `onClick`. */
export interface Notifier {
  notify: (alert: NoticeAlert, onClick: () => void) => void;
}

/** The notices service's face. */
export interface NoticeCenter {
  /** Verifies and stores feed JSON text (from a file or a fetch); throws AppFailure on a refusal. */
  ingest: (text: string, source: string, etag?: string | null) => IngestResult;
  /** Fetches the configured (or given) URL with the stored ETag, then ingests; records the attempt. */
  fetchNow: (url?: string) => Promise<FetchResult>;
  list: (filter?: NoticeFilter) => NoticeSummary[];
  /** After venues were registered or edited: the held feed's notices that now concern them are stored and alerted. */
  venuesChanged: () => void;
  detail: (id: string) => NoticeDetail;
  /** Acknowledges revision `revision` of `id` as the operator named in Settings; answers the new detail. */
  acknowledge: (id: string, revision: number) => NoticeDetail;
  status: () => FeedStatus;
  unreadCount: () => number;
  /** Saves the feed URL (https, or http on loopback; null to stop polling) and polling period. */
  setFeed: (feed: { url: string | null; pollMinutes: number }) => FeedStatus;
  /** Erases notices and acknowledgements 31 days after their last window ended or they were withdrawn; returns how many. */
  erase: () => number;
}
