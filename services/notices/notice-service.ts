/**
 * The notices service (implements {@link NoticeCenter}): feeds checked against the pinned root and stored,
 * matched against this operator's venues, listed, acknowledged, alerted once per id and revision, erased
 * after 31 days; the feed's address, polling period and freshness.
 */
import { AppFailure, fail, type AppError } from '../../shared/errors';
import { checkFeed } from '../../shared/notices/feed';
import type { FeedStatus, NoticeDetail, NoticeFilter, NoticeSummary } from '../../shared/notices/notice-view';
import type { VerifyEd25519 } from '../../shared/trust/ed25519';
import type { SignedRoot } from '../../shared/trust/root';
import { signedBytesOf } from '../../shared/trust/signed-document';
import type { Clock } from '../../shared/time/hk';
import { nodeSha256, nodeVerify } from '../crypto/node-verify';
import type { Db } from '../db/open-database';
import { fetchFeed, type FetchFn } from './feed-fetch';
import { feedRefusal, NO_ROOT } from './feed-refusal';
import { FeedSettings } from './feed-settings';
import { checkFeedUrl } from './feed-url';
import { alertOnce } from './notice-alert';
import { NoticeCache, type CurrentNotice, type Venues } from './notice-cache';
import type { FetchResult, IngestResult, NoticeCenter, Notifier } from './notice-center';
import { heldFeedNotices, noticesToStore, storeFeed, type NoticeToStore } from './notice-ingest';
import { eraseDue } from './notice-retention';
import { noticeStatements, type AckRow, type NoticeStatements, type WithdrawalRow } from './notice-store';
import { detailOf, feedStatusOf, sortSummaries, stateOf, summaryOf } from './notice-views';

/** What the notices service needs. */
export interface NoticeServiceDeps {
  db: Db;
  clock: Clock;
  /** Who acknowledges: the operator name in Settings. */
  operatorName: () => string;
  /** The pinned (chain-checked) authority root, or null: services/authority-trust holds it. */
  pinnedRoot: () => SignedRoot | null;
  verify?: VerifyEd25519;
  fetch?: FetchFn;
  /** Shows desktop alerts; none when absent (the command line). */
  notifier?: Notifier;
  /** Called with the unread count whenever notices or their states changed. */
  onChange?: (unread: number) => void;
  /** Called with a notice id when its desktop alert is clicked. */
  onAlertClick?: (id: string) => void;
  fetchTimeoutMs?: number;
  maxFeedBytes?: number;
}

/** The notices service over one database. */
export class NoticeService implements NoticeCenter {
  private readonly stmt: NoticeStatements;
  private readonly cache: NoticeCache;
  private readonly verify: VerifyEd25519;
  private readonly settings: FeedSettings;
  /** The venue table's key the held feed was last matched against (undefined: not read yet; null: no feed). */
  private matchedVenueKey: string | null | undefined;

  constructor(private readonly deps: NoticeServiceDeps) {
    this.stmt = noticeStatements(deps.db);
    this.cache = new NoticeCache(this.stmt);
    this.settings = new FeedSettings(deps.db, this.stmt);
    this.verify = deps.verify ?? nodeVerify;
  }

  /** The pinned root (the highest version stored), or null. */
  pinnedRoot(): SignedRoot | null {
    return this.deps.pinnedRoot();
  }

  /** When the last verified feed was issued (the authority's clock), or null: a cheap read for the front desk. */
  feedIssuedAt(): number | null {
    return this.stmt.feed.get()?.issued_at ?? null;
  }

  private recordAttempt(error: AppError | null): void {
    this.stmt.putStatus.run(this.deps.clock(), error?.code ?? null, error?.message ?? null, error?.messageZh ?? null);
  }

  private refuse(error: AppError): never {
    this.recordAttempt(error);
    throw new AppFailure(error);
  }

  ingest(text: string, source: string, etag: string | null = null): IngestResult {
    const now = this.deps.clock();
    const root = this.pinnedRoot();
    if (!root) return this.refuse(NO_ROOT);
    const row = this.stmt.feed.get();
    const held = row ? { feedVersion: row.feed_version, contentHash: row.content_hash } : null;
    const check = checkFeed(text, { root: root.signed, now, held, verify: this.verify, sha256: nodeSha256 });
    if (!check.ok) return this.refuse(feedRefusal(check.reason, check.detail));
    const signed = check.feed.signed;
    if (check.change === 'unchanged') {
      this.stmt.touchFeed.run(now, source, etag ?? row?.etag ?? null);
      this.recordAttempt(null);
      this.venues(); // venues registered since the feed arrived get its notices now
      return { feedVersion: signed.feedVersion, change: 'unchanged', expired: check.expired, added: [], withdrawn: [] };
    }
    const venues = this.venues();
    const chosen = noticesToStore(signed, this.heldRevisions(), venues.index, now);
    if (!chosen.ok) return this.refuse(feedRefusal('malformed', chosen.detail));
    const feed = { signed, signedBytes: signedBytesOf(check.feed), contentHash: check.contentHash, source, etag };
    const withdrawn = storeFeed(this.deps.db, this.stmt, { feed, notices: chosen.notices, withdrawn: signed.withdrawn, venueKey: venues.key, now });
    this.matchedVenueKey = venues.key;
    return { feedVersion: signed.feedVersion, change: 'new', expired: check.expired, ...this.stored(chosen.notices, withdrawn, venues, now) };
  }

  venuesChanged(): void {
    this.venues();
  }

  private heldRevisions(): Map<string, number> {
    return new Map([...this.cache.current()].map(([id, e]) => [id, e.notice.revision]));
  }

  /** The venue index; when venues changed since the held feed was matched, its notices that now concern them are stored. */
  private venues(): Venues {
    const venues = this.cache.venues();
    if (this.matchedVenueKey === undefined) this.matchedVenueKey = this.stmt.feedVenueKey.get() ?? null;
    if (this.matchedVenueKey !== null && this.matchedVenueKey !== venues.key) {
      const now = this.deps.clock();
      const chosen = heldFeedNotices(this.stmt.feedSignedBytes.get() ?? null, this.heldRevisions(), venues.index, now);
      if (!chosen.ok) this.recordAttempt(feedRefusal('malformed', chosen.detail));
      const notices = chosen.ok ? chosen.notices : [];
      storeFeed(this.deps.db, this.stmt, { feed: null, notices, withdrawn: [], venueKey: venues.key, now });
      this.matchedVenueKey = venues.key;
      this.stored(notices, [], venues, now);
    }
    return venues;
  }

  /** Keeps stored revisions in memory, alerts, and says which concern this operator. */
  private stored(notices: NoticeToStore[], withdrawnIds: string[], venues: Venues, now: number): Pick<IngestResult, 'added' | 'withdrawn'> {
    const added: IngestResult['added'] = [];
    for (const { notice, matches, corrected } of notices) {
      this.cache.put(notice, now, matches);
      if (matches.length === 0) continue;
      added.push({ id: notice.id, revision: notice.revision, corrected });
      if (notice.severity === 'action-required') alertOnce(this.stmt, this.deps.notifier, { notice, matches, names: venues.names, corrected }, now, () => this.deps.onAlertClick?.(notice.id));
    }
    const withdrawn = withdrawnIds.filter((id) => {
      const entry = this.cache.current().get(id);
      return entry !== undefined && this.cache.matchesOf(entry, venues.index).length > 0;
    });
    if (added.length > 0 || withdrawn.length > 0) this.changed();
    return { added, withdrawn };
  }

  private changed(): void {
    this.deps.onChange?.(this.unreadCount());
  }

  /** The configured feed URL, or null. */
  feedUrl(): string | null {
    return this.settings.url();
  }

  /** The configured polling period in minutes. */
  pollMinutes(): number {
    return this.settings.pollMinutes();
  }

  async fetchNow(url?: string, signal?: AbortSignal): Promise<FetchResult> {
    const target = url !== undefined ? checkFeedUrl(url) : this.feedUrl();
    if (target === null) {
      fail('validation', 'No notices feed address is set: set one in Settings or give --url.', '尚未設定通告資料網址：請在「設定」中設定，或使用 --url。');
    }
    if (!this.pinnedRoot()) return this.refuse(NO_ROOT);
    const row = this.stmt.feed.get();
    const etag = row && row.source === target ? row.etag : null;
    let got;
    try {
      got = await fetchFeed({
        url: target,
        etag,
        fetch: this.deps.fetch ?? ((u, init) => fetch(u, init)),
        ...(this.deps.fetchTimeoutMs !== undefined ? { timeoutMs: this.deps.fetchTimeoutMs } : {}),
        ...(this.deps.maxFeedBytes !== undefined ? { maxBytes: this.deps.maxFeedBytes } : {}),
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      if (error instanceof AppFailure) this.recordAttempt(error.appError);
      throw error;
    }
    if (got.status === 304) {
      this.recordAttempt(null);
      this.venues(); // venues registered since the feed arrived get its notices now
      return { http: 304 };
    }
    return { http: 200, ...this.ingest(got.text, target, got.etag) };
  }

  private records(): { withdrawals: Map<string, WithdrawalRow>; acks: Map<string, AckRow> } {
    return {
      withdrawals: new Map(this.stmt.withdrawals.all().map((w) => [w.id, w])),
      acks: new Map(this.stmt.acks.all().map((a) => [`${a.id}\u0000${a.revision}`, a])),
    };
  }

  list(filter: NoticeFilter = {}): NoticeSummary[] {
    const { index, names } = this.venues();
    const { withdrawals, acks } = this.records();
    const wanted = filter.state ?? 'current';
    const out: NoticeSummary[] = [];
    for (const entry of this.cache.current().values()) {
      const n = entry.notice;
      if (filter.kind && n.kind !== filter.kind) continue;
      const matches = this.cache.matchesOf(entry, index);
      if (matches.length === 0) continue;
      if (filter.venueId && !matches.some((m) => m.venueId === filter.venueId)) continue;
      const withdrawal = withdrawals.get(n.id);
      const ack = acks.get(`${n.id}\u0000${n.revision}`);
      const state = stateOf(withdrawal, ack);
      if (wanted === 'current' ? state === 'withdrawn' : wanted !== 'all' && state !== wanted) continue;
      out.push(summaryOf(entry, matches, names, withdrawal, ack));
    }
    return sortSummaries(out);
  }

  /** Every venue id a held notice concerns (the list's summaries name at most 50). */
  matchedVenueIds(id: string): string[] {
    const entry = this.cache.current().get(id);
    return entry ? this.cache.matchesOf(entry, this.venues().index).map((m) => m.venueId) : [];
  }

  private held(id: string): CurrentNotice {
    const entry = this.cache.current().get(id);
    if (!entry || this.cache.matchesOf(entry, this.venues().index).length === 0) fail('not-found', `No notice ${id} concerns this operator's venues.`, `沒有與本營運者場地有關的通告 ${id}。`);
    return entry;
  }

  detail(id: string): NoticeDetail {
    const entry = this.held(id);
    const { index, names } = this.venues();
    const acks = this.stmt.acksOf.all(id);
    const withdrawal = this.stmt.withdrawals.all().find((w) => w.id === id);
    const summary = summaryOf(entry, this.cache.matchesOf(entry, index), names, withdrawal, acks.find((a) => a.revision === entry.notice.revision));
    return detailOf(summary, entry, this.stmt.revisionsOf.all(id), acks);
  }

  acknowledge(id: string, revision: number): NoticeDetail {
    const entry = this.held(id);
    if (this.stmt.withdrawals.all().some((w) => w.id === id)) {
      fail('conflict', `Notice ${id} was withdrawn; there is nothing to acknowledge.`, `通告 ${id} 已撤回，無須確認。`);
    }
    const current = entry.notice.revision;
    if (revision !== current) {
      fail('conflict', `Revision ${revision} of notice ${id} is not the current one (revision ${current}): read the current revision and acknowledge it.`, `通告 ${id} 的第 ${revision} 版並非最新版本（第 ${current} 版）：請閱讀最新版本後再確認。`);
    }
    const by = this.deps.operatorName().trim();
    if (by === '') fail('validation', 'Set the operator name in Settings first: it records who acknowledged.', '請先在「設定」中填寫營運者名稱：用以記錄確認者。');
    if (this.stmt.putAck.run(id, revision, this.deps.clock(), by).changes === 1) this.changed();
    return this.detail(id);
  }

  status(): FeedStatus {
    const row = this.stmt.feed.get();
    const feed = { url: this.feedUrl(), pollMinutes: this.pollMinutes(), hasRoot: this.deps.pinnedRoot() !== null, unread: this.unreadCount() };
    return feedStatusOf(row, this.stmt.status.get(), feed, this.deps.clock());
  }

  unreadCount(): number {
    const { index } = this.venues();
    const { withdrawals, acks } = this.records();
    let unread = 0;
    for (const entry of this.cache.current().values()) {
      const n = entry.notice;
      if (!withdrawals.has(n.id) && !acks.has(`${n.id}\u0000${n.revision}`) && this.cache.matchesOf(entry, index).length > 0) unread += 1;
    }
    return unread;
  }

  setFeed(feed: { url: string | null; pollMinutes: number }): FeedStatus {
    this.settings.set(feed);
    return this.status();
  }

  /** Calls `watcher` after the feed's address or polling period changes (the poll job reschedules); returns an unsubscribe. */
  watchFeedSettings(watcher: () => void): () => void {
    return this.settings.watch(watcher);
  }

  erase(): number {
    const due = eraseDue(this.deps.db, this.stmt, this.cache.current(), this.deps.clock());
    for (const id of due) this.cache.drop(id);
    if (due.length > 0) this.changed();
    return due.length;
  }
}
