/**
 * First run (issue 10): the operator name and the scheme name — no default names a real scheme — a sketch of
 * what a poster will carry, and "Create signing key". The shell sends a fresh install here (settings never
 * saved); the names are checked by the same rules as in Settings (settingsSchema: required, printable).
 */
import { useState, type FormEvent } from 'react';
import type { AppError, FieldIssue } from '../../../../shared/errors';
import type { Response } from '../../../../shared/ipc/console-contract';
import { call } from '../../bridge';
import { CreateKeyButton } from '../../create-key-button';
import { BiText } from '../../../common/components/bi-text';
import { ErrorBanner } from '../../../common/components/error-banner';
import { fieldIds, FormField } from '../../../common/components/form-field';
import { Loading } from '../../../common/components/loading';
import { StatusBanner } from '../../../common/components/status-banner';
import { bi, T } from '../../../common/i18n';
import { navigate } from '../../router';
import { useCall } from '../../use-call';

type Settings = Response<'getSettings'>;
type Field = 'operatorName' | 'schemeName';

/** The setup page. */
export function SetupPage() {
  const settings = useCall('getSettings', {});
  const setup = useCall('getSetup', {});
  return (
    <section className="page" aria-labelledby="setup-page-title">
      <header className="page-header">
        <h1 id="setup-page-title">
          <BiText t={T.setup} />
        </h1>
      </header>
      <p className="muted">
        <BiText t={T.setupIntro} />
      </p>
      {(settings.data.state === 'loading' || setup.data.state === 'loading') && <Loading />}
      {settings.data.state === 'error' && <ErrorBanner error={settings.data.error} onRetry={settings.reload} />}
      {setup.data.state === 'error' && <ErrorBanner error={setup.data.error} onRetry={setup.reload} />}
      {settings.data.state === 'ok' && setup.data.state === 'ok' && <SetupForm initial={settings.data.value} hasKey={setup.data.value.hasKey} />}
    </section>
  );
}

function SetupForm({ initial, hasKey }: { initial: Settings; hasKey: boolean }) {
  const [draft, setDraft] = useState<Settings>(initial);
  const [errors, setErrors] = useState<Partial<Record<Field, FieldIssue>>>({});
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  /** Saves the names; false (with the field messages shown) when they are refused. */
  const save = async (): Promise<boolean> => {
    const result = await call('updateSettings', draft);
    if (result.ok) {
      setDraft(result.value);
      setErrors({});
      setError(null);
      return true;
    }
    const byField: Partial<Record<Field, FieldIssue>> = {};
    for (const f of result.error.fields ?? []) if (f.field === 'operatorName' || f.field === 'schemeName') byField[f.field] = f;
    setErrors(byField);
    setError(result.error);
    return false;
  };
  const done = () => navigate({ page: 'overview' });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!hasKey) return; // the key button submits
    setBusy(true);
    const ok = await save();
    setBusy(false);
    if (ok) done();
  };

  const control = (name: Field) => {
    const { describedBy, invalid } = fieldIds(name, false, errors[name]);
    return {
      id: name,
      name,
      value: draft[name],
      required: true,
      onChange: (e: { target: { value: string } }) => {
        setDraft((d) => ({ ...d, [name]: e.target.value }));
        setErrors((all) => ({ ...all, [name]: undefined })); // the message goes once the field is edited
      },
      'aria-invalid': invalid,
      'aria-describedby': describedBy,
    };
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      <div className="form-grid">
        <FormField name="operatorName" label={T.operatorName} error={errors.operatorName} count={{ value: draft.operatorName, max: 120 }}>
          <input {...control('operatorName')} type="text" autoComplete="organization" placeholder={bi(T.operatorPlaceholder)} />
        </FormField>
        <FormField name="schemeName" label={T.schemeName} error={errors.schemeName} count={{ value: draft.schemeName, max: 60 }}>
          <input {...control('schemeName')} type="text" autoComplete="off" placeholder={bi(T.schemePlaceholder)} />
        </FormField>
      </div>
      <PosterSketch operatorName={draft.operatorName} schemeName={draft.schemeName} />
      <div className="form-actions">
        {hasKey ? (
          <>
            <StatusBanner kind="info">
              <BiText t={T.keyExists} />
            </StatusBanner>
            <button type="submit" className="btn btn-primary" disabled={busy}>
              <BiText t={busy ? T.saving : T.setupDone} />
            </button>
          </>
        ) : (
          <CreateKeyButton before={save} onCreated={done} />
        )}
      </div>
    </form>
  );
}

/** A static sketch of a poster with the entered names: where they go, not the printed layout. */
function PosterSketch({ operatorName, schemeName }: { operatorName: string; schemeName: string }) {
  return (
    <figure className="poster-sketch" data-testid="poster-sketch" aria-labelledby="poster-sketch-caption">
      <div className="poster-sketch-sheet" aria-hidden="true">
        <div className="poster-sketch-band">{schemeName.trim() || '—'}</div>
        <div className="poster-sketch-venue">
          <BiText t={T.sketchVenue} />
        </div>
        <div className="poster-sketch-qr">QR</div>
        <div className="poster-sketch-contact">{operatorName.trim() || '—'}</div>
      </div>
      <figcaption id="poster-sketch-caption" className="muted">
        <BiText t={T.posterSketch} />
      </figcaption>
    </figure>
  );
}
