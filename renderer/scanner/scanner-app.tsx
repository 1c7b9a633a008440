/**
 * The front-desk scanner page. For now a shell: it shows which venue this desk serves (and follows the console
 * when it sends the desk elsewhere) and can close itself. Pass checking arrives with the front-desk issue.
 */
import { useEffect, useState } from 'react';
import type { AppError } from '../../shared/errors';
import type { ScannerContext } from '../../shared/ipc/scanner-contract';
import { BiText } from '../common/components/bi-text';
import { ErrorBanner } from '../common/components/error-banner';
import { Loading } from '../common/components/loading';
import { T } from '../common/i18n';
import { call, onEvent } from './bridge';

/** The whole scanner page. */
export function ScannerApp() {
  const [context, setContext] = useState<ScannerContext | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    let live = true;
    void call('getScannerContext', {}).then((result) => {
      if (!live) return;
      if (result.ok) setContext(result.value);
      else setError(result.error);
    });
    const off = onEvent('context-changed', (next) => {
      setError(null);
      setContext(next);
    });
    return () => {
      live = false;
      off();
    };
  }, []);

  return (
    <main className="scanner-shell" aria-labelledby="scanner-title">
      <h1 id="scanner-title">
        <BiText t={T.scannerTitle} stack />
      </h1>
      {error && <ErrorBanner error={error} />}
      {!context && !error && <Loading />}
      {context && (
        <section className="card" aria-label={`${T.scannerVenue.en} ${T.scannerVenue.zh}`}>
          <p className="eyebrow mono" data-testid="scanner-venue-id">
            {context.venue.id}
          </p>
          <p className="scanner-venue">
            <span lang="en">{context.venue.nameEn}</span>{' '}
            <span lang="zh-HK">{context.venue.nameZh}</span>
          </p>
          <p>
            <BiText t={T.scannerComingSoon} stack />
          </p>
        </section>
      )}
      <div className="button-row">
        <button type="button" className="btn" onClick={() => void call('closeScanner', {})}>
          <BiText t={T.scannerClose} />
        </button>
      </div>
    </main>
  );
}
