/** The overview's notices card: how many notices are unread and the most urgent of them. */
import { BiText } from '../../../common/components/bi-text';
import { ErrorBanner } from '../../../common/components/error-banner';
import { formatNumber } from '../../../common/display';
import { NOTICES_TEXT as N } from '../../../common/i18n-notices';
import { routeHref } from '../../router';
import { KindLabel, SeverityBadge } from './notice-badges';
import { useNoticeList } from './use-notices';

/** A card linking to the notices page and to the most urgent unread notice (the service orders them). */
export function NoticesCard() {
  const unread = useNoticeList({ state: 'new' });
  if (unread.data.state === 'error') return <ErrorBanner error={unread.data.error} onRetry={unread.reload} />;
  const list = unread.data.state === 'ok' ? unread.data.value : null;
  const urgent = list?.[0];
  return (
    <section className="card notices-card" aria-labelledby="notices-card-title" data-testid="notices-card">
      <h2 id="notices-card-title">
        <BiText t={N.notices} />
      </h2>
      <div className="notices-card-body">
        <a className="stat notices-card-count" href={routeHref({ page: 'notices' })}>
          <span className="stat-value" data-testid="notices-card-unread">
            {list ? formatNumber(list.length) : '…'}
          </span>
          <span className="stat-label">
            <BiText t={N.unreadNotices} stack />
          </span>
        </a>
        <div className="notices-card-urgent">
          {list && !urgent && (
            <p className="muted">
              <BiText t={N.noUnread} />
            </p>
          )}
          {urgent && (
            <>
              <p className="eyebrow">
                <BiText t={N.mostUrgent} />
              </p>
              <div className="notice-badges">
                <SeverityBadge severity={urgent.severity} />
                <KindLabel kind={urgent.kind} />
              </div>
              <a className="notices-card-title" href={routeHref({ page: 'notice', id: urgent.id })} data-testid="most-urgent">
                <BiText t={urgent.title} stack />
              </a>
            </>
          )}
        </div>
      </div>
    </section>
  );
}
