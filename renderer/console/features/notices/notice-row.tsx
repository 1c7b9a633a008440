/** One notice in the list: severity, kind, title, venues concerned, "Corrected" and state; withdrawn ones struck through. */
import type { NoticeSummary } from '../../../../shared/notices/notice-view';
import { BiText } from '../../../common/components/bi-text';
import { formatNumber } from '../../../common/display';
import { moreVenues, withdrawnBecause } from '../../../common/i18n-notices';
import { routeHref } from '../../router';
import { CorrectedBadge, KindLabel, NoticeStateBadge, SeverityBadge } from './notice-badges';

/** How many venues a row names before "and N more". */
const VENUES_SHOWN = 3;

/** The venues a notice concerns, briefly. */
export function VenueNames({ notice }: { notice: Pick<NoticeSummary, 'venues' | 'venueCount'> }) {
  const shown = notice.venues.slice(0, VENUES_SHOWN);
  const more = notice.venueCount - shown.length;
  return (
    <span className="notice-venues">
      {shown.map((v) => (
        <span key={v.venueId} className="notice-venue">
          <span className="mono">{v.venueId}</span> <BiText t={{ en: v.nameEn, zh: v.nameZh }} />
        </span>
      ))}
      {more > 0 && (
        <span className="muted">
          <BiText t={moreVenues(formatNumber(more))} />
        </span>
      )}
    </span>
  );
}

/** A row linking to the notice's page. */
export function NoticeRow({ notice }: { notice: NoticeSummary }) {
  const withdrawn = notice.state === 'withdrawn';
  const title = <BiText t={notice.title} stack />;
  return (
    <li className={withdrawn ? 'notice-item notice-withdrawn' : `notice-item notice-${notice.state}`} data-testid="notice-row" data-id={notice.id}>
      <a className="notice-row" href={routeHref({ page: 'notice', id: notice.id })}>
        <span className="notice-cell-sev">
          <SeverityBadge severity={notice.severity} />
        </span>
        <span className="notice-main">
          <KindLabel kind={notice.kind} />
          <span className="notice-title" data-testid="notice-title">
            {withdrawn ? <s>{title}</s> : title}
          </span>
          {withdrawn && notice.withdrawnReason && (
            <span className="notice-withdrawn-reason" data-testid="withdrawn-reason">
              <BiText t={withdrawnBecause(notice.withdrawnReason)} />
            </span>
          )}
        </span>
        <VenueNames notice={notice} />
        <span className="notice-cell-state">
          <NoticeStateBadge state={notice.state} />
          {notice.corrected && <CorrectedBadge />}
        </span>
      </a>
    </li>
  );
}
