/** Builds the console's view models (shared/notices/notice-view.ts) from held notices, matches and records. */
import type { NoticeVenueMatch } from '../../shared/notices/match-notices';
import { lastWindowEnd } from '../../shared/notices/notice';
import type { FeedStatus, NoticeDetail, NoticeState, NoticeSummary } from '../../shared/notices/notice-view';
import { NOTICE_SEVERITIES } from '../../shared/notices/notice';
import type { CurrentNotice, VenueNames } from './notice-cache';
import type { AckRow, FeedRow, RevisionRow, StatusRow, WithdrawalRow } from './notice-store';

/** How many venues a summary names (`venueCount` counts all). */
export const SUMMARY_VENUES = 50;

/** A notice's state: withdrawn, else acknowledged when its current revision is, else new. */
export function stateOf(withdrawal: WithdrawalRow | undefined, ack: AckRow | undefined): NoticeState {
  if (withdrawal) return 'withdrawn';
  return ack ? 'acknowledged' : 'new';
}

/** The list's summary of one notice. */
export function summaryOf(entry: CurrentNotice, matches: NoticeVenueMatch[], names: VenueNames, withdrawal: WithdrawalRow | undefined, ack: AckRow | undefined): NoticeSummary {
  const n = entry.notice;
  const froms = n.windows.map((w) => Date.parse(w.from));
  return {
    id: n.id,
    revision: n.revision,
    kind: n.kind,
    severity: n.severity,
    title: { en: n.title.en, zh: n.title.zh },
    issuedAt: Date.parse(n.issuedAt),
    receivedAt: entry.receivedAt,
    corrected: n.revision > entry.firstRevision,
    state: stateOf(withdrawal, ack),
    withdrawnReason: withdrawal ? { en: withdrawal.reason_en, zh: withdrawal.reason_zh } : null,
    venues: matches.slice(0, SUMMARY_VENUES).map((m) => ({
      venueId: m.venueId,
      nameEn: names.get(m.venueId)?.nameEn ?? '',
      nameZh: names.get(m.venueId)?.nameZh ?? '',
      reason: m.reason,
    })),
    venueCount: matches.length,
    firstWindowFrom: froms.length > 0 ? Math.min(...froms) : null,
    lastWindowEnd: lastWindowEnd(n),
  };
}

/** The detail page's view: the summary plus body, actions, windows, acknowledgement and every revision. */
export function detailOf(summary: NoticeSummary, entry: CurrentNotice, revisions: RevisionRow[], acks: AckRow[]): NoticeDetail {
  const n = entry.notice;
  const ackOf = (revision: number) => {
    const a = acks.find((x) => x.revision === revision);
    return a ? { at: a.acked_at, by: a.acked_by } : null;
  };
  return {
    ...summary,
    venues: summary.venues,
    body: { en: n.body.en, zh: n.body.zh },
    actions: (n.actions ?? []).map((a) => ({ en: a.en, zh: a.zh })),
    windows: n.windows.map((w) => ({ from: Date.parse(w.from), until: Date.parse(w.until) })),
    effectiveFrom: n.effectiveFrom ? Date.parse(n.effectiveFrom) : null,
    acknowledgement: ackOf(n.revision),
    history: revisions.map((r) => {
      const doc = JSON.parse(r.document) as { title: { en: string; zh: string } };
      return { revision: r.revision, issuedAt: r.issued_at, receivedAt: r.received_at, title: { en: doc.title.en, zh: doc.title.zh }, acknowledgement: ackOf(r.revision) };
    }),
  };
}

/** Sorts summaries: action-required, advisory, info; then the most recently issued first; then by id. */
export function sortSummaries(list: NoticeSummary[]): NoticeSummary[] {
  const rank = (s: NoticeSummary['severity']) => NOTICE_SEVERITIES.indexOf(s);
  return list.sort((a, b) => rank(a.severity) - rank(b.severity) || b.issuedAt - a.issuedAt || a.id.localeCompare(b.id));
}

/** The feed's status at `now`: "up to date" only while the last verified feed has not expired. */
export function feedStatusOf(
  row: FeedRow | undefined,
  attempt: StatusRow | undefined,
  feed: { url: string | null; pollMinutes: number; hasRoot: boolean; unread: number },
  now: number,
): FeedStatus {
  const state = !feed.hasRoot ? 'no-root' : !row ? 'never' : row.expires > now ? 'up-to-date' : 'out-of-date';
  return {
    url: feed.url,
    pollMinutes: feed.pollMinutes,
    state,
    feedVersion: row?.feed_version ?? null,
    issuedAt: row?.issued_at ?? null,
    expires: row?.expires ?? null,
    verifiedAt: row?.verified_at ?? null,
    lastAttemptAt: attempt?.last_attempt_at ?? null,
    lastError: attempt?.last_error_code ? { code: attempt.last_error_code, en: attempt.last_error_en ?? '', zh: attempt.last_error_zh ?? '' } : null,
    unread: feed.unread,
  };
}
