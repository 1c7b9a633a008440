/**
 * The scheme's mark (issue 10): an image (PNG or JPEG) printed at the left of the posters' green band. Chosen
 * through the open-file dialog in main, checked there (type by magic bytes, at most 512 KB and 2000×2000 px, at
 * least 64×64 px), shown here from a data: URL (the CSP allows img-src data:), and removable.
 */
import { useState } from 'react';
import type { AppError } from '../../../../shared/errors';
import type { Response } from '../../../../shared/ipc/console-contract';
import { call } from '../../bridge';
import { BiText } from '../../../common/components/bi-text';
import { ErrorBanner } from '../../../common/components/error-banner';
import { Loading } from '../../../common/components/loading';
import { StatusBanner } from '../../../common/components/status-banner';
import { bi, T } from '../../../common/i18n';
import { useCall } from '../../use-call';

type Mark = NonNullable<Response<'getSchemeMark'>['mark']>;

/** The mark's preview and its Choose / Remove buttons. */
export function SchemeMarkPanel() {
  const stored = useCall('getSchemeMark', {});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState<'chosen' | 'removed' | null>(null);

  const run = async (channel: 'chooseSchemeMark' | 'removeSchemeMark') => {
    setBusy(true);
    setError(null);
    setDone(null);
    const result = await call(channel, {});
    setBusy(false);
    if (!result.ok) return setError(result.error);
    if (channel === 'chooseSchemeMark' && result.value.mark === null) return; // cancelled: nothing changed
    stored.set({ mark: result.value.mark });
    setDone(channel === 'chooseSchemeMark' ? 'chosen' : 'removed');
  };

  if (stored.data.state === 'loading') return <Loading />;
  if (stored.data.state === 'error') return <ErrorBanner error={stored.data.error} onRetry={stored.reload} />;
  const mark = stored.data.value.mark;
  return (
    <div className="scheme-mark">
      <p className="muted">
        <BiText t={T.schemeMarkHint} />
      </p>
      {error && (
        <div data-testid="scheme-mark-error">
          <ErrorBanner error={error} onDismiss={() => setError(null)} />
        </div>
      )}
      {done && (
        <StatusBanner kind="success">
          <BiText t={done === 'chosen' ? T.schemeMarkSaved : T.schemeMarkRemoved} />
        </StatusBanner>
      )}
      {mark ? <MarkPreview mark={mark} /> : (
        <p data-testid="no-scheme-mark">
          <BiText t={T.noSchemeMark} />
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="btn" disabled={busy} onClick={() => void run('chooseSchemeMark')}>
          <BiText t={T.chooseSchemeMark} />
        </button>
        {mark && (
          <button type="button" className="btn btn-ghost" disabled={busy} onClick={() => void run('removeSchemeMark')}>
            <BiText t={T.removeSchemeMark} />
          </button>
        )}
      </div>
    </div>
  );
}

function MarkPreview({ mark }: { mark: Mark }) {
  return (
    <figure className="scheme-mark-preview">
      <div className="scheme-mark-band">
        <img src={`data:${mark.mime};base64,${mark.base64}`} alt={bi(T.schemeMarkAlt)} data-testid="scheme-mark-img" />
      </div>
      <figcaption className="muted" data-testid="scheme-mark-size">
        {mark.mime === 'image/png' ? 'PNG' : 'JPEG'} · {mark.width}×{mark.height} px · {Math.ceil(mark.bytes / 1024)} KB
      </figcaption>
    </figure>
  );
}
