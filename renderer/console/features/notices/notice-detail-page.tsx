/** One notice (`#/notices/<id>`): its windows in Hong Kong time, the venues concerned and why, the actions, the body, the revisions and Acknowledge. */
import { DeskScansPanel } from './desk-scans-panel';
import { useEffect, useState } from 'react';
import type { AppError } from '../../../../shared/errors';
import type { NoticeDetail } from '../../../../shared/notices/notice-view';
import { call, onEvent } from '../../bridge';
import { BiParagraphs, BiText } from '../../../common/components/bi-text';
import { ErrorBanner } from '../../../common/components/error-banner';
import { Loading } from '../../../common/components/loading';
import { StatusBanner } from '../../../common/components/status-banner';
import { acknowledgedBy, NOTICES_TEXT as N, revisionN, withdrawnBecause } from '../../../common/i18n-notices';
import { routeHref } from '../../router';
import { useCall } from '../../use-call';
import { FeedStatusLine } from './feed-status-line';
import { CorrectedBadge, KindLabel, NoticeStateBadge, SeverityBadge } from './notice-badges';
import { NoticeHistory } from './notice-history';
import { hkInstant, hkWindow } from './notice-time';
import { NoticeVenues } from './notice-venues';
import { useNoticeStatus } from './use-notices';

/** The detail page; `onChanged` tells the shell the unread count may have changed. */
export function NoticeDetailPage({ id, onChanged }: { id: string; onChanged: () => void }) {
  const detail = useCall('getNotice', { id });
  const status = useNoticeStatus();
  const { reload } = detail;
  useEffect(() => onEvent('notices-changed', reload), [reload]);
  return (
    <section className="page" aria-labelledby="notice-title">
      <a className="back-link" href={routeHref({ page: 'notices' })}>
        <span aria-hidden="true">←</span> <BiText t={N.backToNotices} />
      </a>
      {status.data.state === 'ok' && <FeedStatusLine status={status.data.value} />}
      {detail.data.state === 'loading' && <Loading />}
      {detail.data.state === 'error' && <ErrorBanner error={detail.data.error} onRetry={detail.reload} />}
      {detail.data.state === 'ok' && <NoticeBody notice={detail.data.value} onAcknowledged={(next) => { detail.set(next); onChanged(); }} />}
    </section>
  );
}

function NoticeBody({ notice, onAcknowledged }: { notice: NoticeDetail; onAcknowledged: (n: NoticeDetail) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const acknowledge = async () => {
    setBusy(true);
    setError(null);
    const result = await call('acknowledgeNotice', { id: notice.id, revision: notice.revision });
    setBusy(false);
    if (result.ok) onAcknowledged(result.value);
    else setError(result.error);
  };
  const withdrawn = notice.state === 'withdrawn';
  return (
    <>
      <header className="notice-header">
        <div className="notice-badges">
          <SeverityBadge severity={notice.severity} />
          <KindLabel kind={notice.kind} />
          <NoticeStateBadge state={notice.state} />
          {notice.corrected && <CorrectedBadge />}
          <span className="muted small">
            <BiText t={revisionN(notice.revision)} />
          </span>
        </div>
        <h1 id="notice-title" className={withdrawn ? 'notice-h1 struck' : 'notice-h1'}>
          <BiText t={notice.title} stack />
        </h1>
      </header>
      {withdrawn && notice.withdrawnReason && (
        <StatusBanner kind="warning">
          <span data-testid="withdrawn-reason">
            <BiText t={withdrawnBecause(notice.withdrawnReason)} />
          </span>
        </StatusBanner>
      )}
      <section className="card notice-ack" aria-labelledby="ack-title">
        <h2 id="ack-title" className="visually-hidden">
          <BiText t={N.acknowledgement} />
        </h2>
        {notice.state === 'new' && notice.corrected && (
          <p className="notice-corrected-hint">
            <BiText t={N.acknowledgeNewRevision} />
          </p>
        )}
        {notice.acknowledgement ? (
          <p data-testid="acknowledgement">
            <span aria-hidden="true">✓ </span>
            <BiText t={acknowledgedBy(notice.acknowledgement.by, hkInstant(notice.acknowledgement.at))} />
          </p>
        ) : (
          !withdrawn && (
            <div className="button-row">
              <button type="button" className="btn btn-primary" onClick={() => void acknowledge()} disabled={busy}>
                <BiText t={busy ? N.acknowledging : N.acknowledge} />
              </button>
              <span className="muted small">
                <BiText t={N.acknowledgeHint} />
              </span>
            </div>
          )
        )}
        {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      </section>
      {notice.kind === 'exposure' && notice.windows.length > 0 && notice.venues.length > 0 && <DeskScansPanel id={notice.id} />}
      <section className="card" aria-labelledby="when-title">
        <h2 id="when-title">
          <BiText t={N.when} />
        </h2>
        {notice.windows.length === 0 ? (
          <p className="muted"><BiText t={N.noWindows} /></p>
        ) : (
          <ul className="notice-windows" data-testid="notice-windows">
            {notice.windows.map((w) => (
              <li key={`${w.from}-${w.until}`}>
                <BiText t={hkWindow(w.from, w.until)} stack />
              </li>
            ))}
          </ul>
        )}
        {notice.effectiveFrom !== null && (
          <p data-testid="effective-from">
            <BiText t={N.effectiveFrom} />: <BiText t={hkInstant(notice.effectiveFrom)} />
          </p>
        )}
        <p className="muted small notice-when-hint">
          <BiText t={N.whenHint} />
        </p>
      </section>
      <section className="card" aria-labelledby="venues-title">
        <h2 id="venues-title">
          <BiText t={N.venuesConcerned} />
        </h2>
        <NoticeVenues notice={notice} />
      </section>
      {notice.actions.length > 0 && (
        <section className="card" aria-labelledby="actions-title">
          <h2 id="actions-title">
            <BiText t={N.whatToDo} />
          </h2>
          <ul className="notice-actions" data-testid="notice-actions">
            {notice.actions.map((a) => (
              <li key={`${a.en}|${a.zh}`}>
                <BiText t={a} stack />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="card notice-body" aria-labelledby="body-title">
        <h2 id="body-title">
          <BiText t={N.details} />
        </h2>
        <BiParagraphs t={notice.body} />
      </section>
      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title">
          <BiText t={N.history} />
        </h2>
        <NoticeHistory history={notice.history} />
      </section>
    </>
  );
}
