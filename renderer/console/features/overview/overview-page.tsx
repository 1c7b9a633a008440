/** The home page: venue counts, the active signing key, the data folder and the scheme name. */
import type { ReactNode } from 'react';
import { BiText } from '../../../common/components/bi-text';
import { ErrorBanner } from '../../../common/components/error-banner';
import { StatusBanner } from '../../../common/components/status-banner';
import { CreateKeyButton } from '../../create-key-button';
import { Fact } from '../../../common/components/fact';
import { Loading } from '../../../common/components/loading';
import { formatNumber } from '../../../common/display';
import { sinceDate, T } from '../../../common/i18n';
import { routeHref } from '../../router';
import { useCall } from '../../use-call';

/** Summarises the registry and the signing set-up; `noticesCard` is the notices feature's card, given by the shell. */
export function OverviewPage({ noticesCard }: { noticesCard?: ReactNode }) {
  const { data, reload } = useCall('getOverview', {});
  return (
    <section className="page" aria-labelledby="overview-title">
      <header className="page-header">
        <h1 id="overview-title">
          <BiText t={T.overview} />
        </h1>
        <a className="btn btn-primary" href={routeHref({ page: 'venue-new' })}>
          <span aria-hidden="true">＋</span> <BiText t={T.newVenue} />
        </a>
      </header>
      {data.state === 'loading' && <Loading />}
      {data.state === 'error' && <ErrorBanner error={data.error} onRetry={reload} />}
      {data.state === 'ok' && (
        <>
          {!data.value.activeKey && (
            <StatusBanner kind="warning">
              <span data-testid="no-key-notice">
                <BiText t={T.noKey} stack />
              </span>
              <CreateKeyButton onCreated={reload} />
            </StatusBanner>
          )}
          <div className="stats">
            <a className="stat" href={routeHref({ page: 'venues', status: 'all' })}>
              <span className="stat-value" data-testid="venue-count">
                {formatNumber(data.value.venueCount)}
              </span>
              <span className="stat-label">
                <BiText t={T.totalVenues} stack />
              </span>
            </a>
            <a className="stat" href={routeHref({ page: 'venues', status: 'active' })}>
              <span className="stat-value" data-testid="active-venue-count">
                {formatNumber(data.value.activeVenueCount)}
              </span>
              <span className="stat-label">
                <BiText t={T.activeVenues} stack />
              </span>
            </a>
          </div>
          {noticesCard}
          <section className="card" aria-labelledby="setup-title">
            <h2 id="setup-title">
              <BiText t={T.settings} />
            </h2>
            <dl className="facts">
              <Fact label={T.schemeName} testId="scheme-name">
                {data.value.settings.schemeName}
              </Fact>
              <Fact label={T.operatorName}>{data.value.settings.operatorName}</Fact>
              <Fact label={T.activeKey}>
                {data.value.activeKey ? (
                  <>
                    <span className="mono" data-testid="active-kid">
                      {data.value.activeKey.kid}
                    </span>{' '}
                    <span className="muted">
                      (<BiText t={sinceDate(data.value.activeKey.validFrom)} />)
                    </span>
                  </>
                ) : (
                  '—'
                )}
              </Fact>
              <Fact label={T.dataFolder} className="mono break">
                {data.value.dataDir}
              </Fact>
            </dl>
          </section>
        </>
      )}
    </section>
  );
}
