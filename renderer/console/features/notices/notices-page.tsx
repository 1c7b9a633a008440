/** The notices page (`#/notices`): the feed's status, filters, the notices that concern this operator, and the feed source. */
import { useState } from 'react';
import type { FeedStatus, NoticeFilter } from '../../../../shared/notices/notice-view';
import { BiText } from '../../../common/components/bi-text';
import { ErrorBanner } from '../../../common/components/error-banner';
import { Loading } from '../../../common/components/loading';
import { bi } from '../../../common/i18n';
import { NOTICES_TEXT as N } from '../../../common/i18n-notices';
import { FeedSourcePanel } from './feed-source-panel';
import { FeedStatusLine } from './feed-status-line';
import { NoticeFilters, venuesOf } from './notice-filters';
import { NoticeRow } from './notice-row';
import { useNoticeList, useNoticeStatus } from './use-notices';

/** The list page; `onChanged` tells the shell the unread count may have changed. */
export function NoticesPage({ onChanged }: { onChanged: () => void }) {
  const [filter, setFilter] = useState<NoticeFilter>({});
  const status = useNoticeStatus();
  const list = useNoticeList(filter);
  const all = useNoticeList({ state: 'all' }); // the venue filter offers the venues any notice concerns
  const filtered = filter.venueId !== undefined || filter.kind !== undefined || filter.state !== undefined;

  const feedChanged = (next: FeedStatus) => {
    status.set(next);
    list.reload();
    all.reload();
    onChanged();
  };

  return (
    <section className="page" aria-labelledby="notices-title">
      <header className="page-header">
        <div>
          <h1 id="notices-title">
            <BiText t={N.noticesTitle} />
          </h1>
          <p className="page-sub">
            <BiText t={N.noticesSub} stack />
          </p>
        </div>
      </header>
      {status.data.state === 'ok' && <FeedStatusLine status={status.data.value} />}
      {status.data.state === 'error' && <ErrorBanner error={status.data.error} onRetry={status.reload} />}
      <NoticeFilters filter={filter} venues={all.data.state === 'ok' ? venuesOf(all.data.value) : []} onChange={setFilter} />
      {list.data.state === 'loading' && <Loading />}
      {list.data.state === 'error' && <ErrorBanner error={list.data.error} onRetry={list.reload} />}
      {list.data.state === 'ok' && list.data.value.length === 0 && (
        <div className="empty-state" data-testid="no-notices">
          <p className="empty-title">
            <BiText t={filtered ? N.noMatches : N.noNotices} />
          </p>
          {filtered && (
            <button type="button" className="btn" onClick={() => setFilter({})}>
              <BiText t={N.clearFilters} />
            </button>
          )}
        </div>
      )}
      {list.data.state === 'ok' && list.data.value.length > 0 && (
        <div className="notice-table">
          <div className="notice-head" aria-hidden="true">
            <BiText t={N.colSeverity} />
            <BiText t={N.colNotice} />
            <BiText t={N.colVenues} />
            <BiText t={N.colState} />
          </div>
          <ul className="notice-list" aria-label={bi(N.noticeList)}>
            {list.data.value.map((n) => (
              <NoticeRow key={n.id} notice={n} />
            ))}
          </ul>
        </div>
      )}
      {status.data.state === 'ok' && (
        <section className="card" aria-labelledby="feed-source-title">
          <h2 id="feed-source-title">
            <BiText t={N.feedSource} />
          </h2>
          <FeedSourcePanel status={status.data.value} onChanged={feedChanged} />
        </section>
      )}
    </section>
  );
}
