/** The "New venue" and "Edit venue" pages around {@link VenueForm}. */
import { BiText } from '../../../common/components/bi-text';
import { ErrorBanner } from '../../../common/components/error-banner';
import { Loading } from '../../../common/components/loading';
import { T } from '../../../common/i18n';
import { routeHref } from '../../router';
import { useCall } from '../../use-call';
import { VenueForm } from './venue-form';

/** Registers a new venue. */
export function NewVenuePage() {
  return (
    <section className="page" aria-labelledby="form-title">
      <a className="back-link" href={routeHref({ page: 'venues' })}>
        ← <BiText t={T.back} />
      </a>
      <header className="page-header">
        <h1 id="form-title">
          <BiText t={T.newVenue} />
        </h1>
      </header>
      <VenueForm />
    </section>
  );
}

/** Edits an existing venue. */
export function EditVenuePage({ id }: { id: string }) {
  const { data, reload } = useCall('getVenue', { id });
  return (
    <section className="page" aria-labelledby="form-title">
      <a className="back-link" href={routeHref({ page: 'venue', id })}>
        ← <span className="mono">{id}</span>
      </a>
      <header className="page-header">
        <h1 id="form-title">
          <BiText t={T.editVenue} />
        </h1>
      </header>
      {data.state === 'loading' && <Loading />}
      {data.state === 'error' && <ErrorBanner error={data.error} onRetry={reload} />}
      {data.state === 'ok' && <VenueForm key={data.value.id} venue={data.value} />}
    </section>
  );
}
