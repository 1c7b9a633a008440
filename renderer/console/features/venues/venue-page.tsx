/** A venue's page: details, status with (de)activation, QR preview, poster PDF and print. */
import { useState } from 'react';
import type { AppError } from '../../../../shared/errors';
import { DISTRICTS, venueTypeLabel } from '../../../../shared/venue/catalogue';
import type { Venue } from '../../../../shared/venue/venue';
import { call } from '../../bridge';
import { BiText } from '../../../common/components/bi-text';
import { ConfirmDialog } from '../../../common/components/confirm-dialog';
import { ErrorBanner } from '../../../common/components/error-banner';
import { CreateKeyButton } from '../../create-key-button';
import { StatusBanner } from '../../../common/components/status-banner';
import { Fact } from '../../../common/components/fact';
import { Loading } from '../../../common/components/loading';
import { StatusBadge } from '../../../common/components/status-badge';
import { formatDateTime } from '../../../common/display';
import { T } from '../../../common/i18n';
import { routeHref } from '../../router';
import { useCall } from '../../use-call';
import { VenueCodePanel } from './venue-code-panel';
import { DeskToday } from './desk-today';

/** Loads and shows one venue. */
export function VenuePage({ id }: { id: string }) {
  const { data, reload, set } = useCall('getVenue', { id });
  return (
    <section className="page" aria-labelledby="venue-title">
      <a className="back-link" href={routeHref({ page: 'venues' })}>
        ← <BiText t={T.back} />
      </a>
      {data.state === 'loading' && <Loading />}
      {data.state === 'error' && <ErrorBanner error={data.error} onRetry={reload} />}
      {data.state === 'ok' && <VenueDetails venue={data.value} onChange={set} />}
    </section>
  );
}

function VenueDetails({ venue, onChange }: { venue: Venue; onChange: (v: Venue) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const active = venue.status === 'active';
  const type = venueTypeLabel(venue.type);

  const toggle = async () => {
    setBusy(true);
    const result = await call('setVenueStatus', { id: venue.id, status: active ? 'deactivated' : 'active' });
    setBusy(false);
    setConfirming(false);
    if (result.ok) {
      setError(null);
      onChange(result.value);
    } else setError(result.error);
  };

  return (
    <>
      <header className="page-header">
        <div>
          <p className="eyebrow mono" data-testid="venue-id">
            {venue.id}
          </p>
          <h1 id="venue-title" className="venue-title">
            <span lang="en">{venue.nameEn}</span>
            <span lang="zh-HK" className="venue-title-zh">
              {venue.nameZh}
            </span>
          </h1>
        </div>
        <div className="button-row">
          <StatusBadge status={venue.status} />
          <a className="btn" href={routeHref({ page: 'venue-edit', id: venue.id })}>
            <BiText t={T.edit} />
          </a>
          {active && (
            <button
              type="button"
              className="btn"
              onClick={() => void call('openScanner', { id: venue.id }).then((result) => setError(result.ok ? null : result.error))}
            >
              <BiText t={T.openScanner} />
            </button>
          )}
          <button type="button" className={active ? 'btn btn-danger-outline' : 'btn btn-primary'} onClick={() => setConfirming(true)}>
            <BiText t={active ? T.deactivate : T.reactivate} />
          </button>
        </div>
      </header>

      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}

      {venue.type !== 'taxi' && <DeskToday venueId={venue.id} />}

      <div className="venue-layout">
        <section className="card" aria-labelledby="qr-title">
          <h2 id="qr-title">
            <BiText t={T.qrCode} />
          </h2>
          {active ? (
            <CodeSection key={`${venue.id}:${venue.updatedAt}`} venue={venue} />
          ) : (
            <StatusBanner kind="warning">
              <span data-testid="deactivated-notice">
                <BiText t={T.deactivatedWarning} stack />
              </span>
            </StatusBanner>
          )}
        </section>
        <section className="card" aria-labelledby="details-title">
          <h2 id="details-title">
            <BiText t={T.details} />
          </h2>
          <dl className="facts">
            <Fact label={T.addressEn}>
              <span lang="en">{venue.addressEn}</span>
            </Fact>
            <Fact label={T.addressZh}>
              <span lang="zh-HK">{venue.addressZh}</span>
            </Fact>
            <Fact label={T.district}>
              <BiText t={venue.district ? { en: venue.district, zh: DISTRICTS[venue.district] } : T.noDistrict} />
            </Fact>
            <Fact label={T.type}>
              <BiText t={type} />
            </Fact>
            <Fact label={T.contactPhone}>{venue.contactPhone ?? '—'}</Fact>
            <Fact label={T.contactEmail} className="break">
              {venue.contactEmail ?? '—'}
            </Fact>
            <Fact label={T.created}>{formatDateTime(venue.createdAt)} HKT</Fact>
            <Fact label={T.updated}>{formatDateTime(venue.updatedAt)} HKT</Fact>
          </dl>
        </section>
      </div>

      <ConfirmDialog
        open={confirming}
        title={active ? T.deactivateTitle : T.reactivateTitle}
        body={active ? T.deactivateBody : T.reactivateBody}
        confirmLabel={active ? T.deactivate : T.reactivate}
        danger={active}
        busy={busy}
        onConfirm={toggle}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}

function CodeSection({ venue }: { venue: Venue }) {
  const code = useCall('getVenueCode', { id: venue.id });
  if (code.data.state === 'loading') return <Loading />;
  if (code.data.state === 'error') {
    // No signing key: the same "Create signing key" button as everywhere a missing key is reported (issue 10).
    if (code.data.error.code === 'key-missing')
      return (
        <div data-testid="venue-key-missing">
          <ErrorBanner error={code.data.error} />
          <CreateKeyButton onCreated={code.reload} />
        </div>
      );
    return <ErrorBanner error={code.data.error} onRetry={code.reload} />;
  }
  return <VenueCodePanel venue={venue} code={code.data.value} />;
}
