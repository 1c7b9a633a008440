/**
 * The Authority panel in Settings (issue 11): the pinned root of the health authority, the active key's
 * certificate (with a warning 30 days before it ends), the earlier keys' certificates, and the buttons — pin a root file, save a certificate
 * request, import the certificate the authority returns. Files are chosen in main's dialogs; main checks them.
 */
import { useState } from 'react';
import type { AppError } from '../../../../shared/errors';
import type { Response } from '../../../../shared/ipc/console-contract';
import { formatHkDateTime } from '../../../../shared/time/hk';
import { call } from '../../bridge';
import { BiText } from '../../../common/components/bi-text';
import { ErrorBanner } from '../../../common/components/error-banner';
import { Fact } from '../../../common/components/fact';
import { FormField } from '../../../common/components/form-field';
import { Loading } from '../../../common/components/loading';
import { SaveOutcome, type SaveState } from '../../../common/components/save-outcome';
import { StatusBanner } from '../../../common/components/status-banner';
import { T, type Bi } from '../../../common/i18n';
import { useCall } from '../../use-call';
import { AuthorityCertificate } from './authority-certificate';
import { AuthorityEarlierKeys } from './authority-earlier-keys';

type Status = Response<'getAuthorityTrust'>;

/** The Authority panel. */
export function AuthorityPanel() {
  const status = useCall('getAuthorityTrust', {});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState<Bi | null>(null);
  const [contact, setContact] = useState('');
  const [save, setSave] = useState<SaveState>({ state: 'idle' });

  const load = async (channel: 'pinAuthorityRoot' | 'importCertificate') => {
    setBusy(true);
    setError(null);
    setDone(null);
    const result = await call(channel, {});
    setBusy(false);
    if (!result.ok) return setError(result.error);
    status.set(result.value.status);
    if (channel === 'pinAuthorityRoot') setDone(result.value.changed ? T.authRootPinned : null);
    else setDone(result.value.changed ? T.authCertificateImported : null);
  };

  const saveRequest = async () => {
    setSave({ state: 'saving' });
    const result = await call('saveCertificateRequest', { contact });
    if (!result.ok) return setSave({ state: 'error', error: result.error });
    setSave(result.value.path ? { state: 'saved', path: result.value.path } : { state: 'cancelled' });
  };

  if (status.data.state === 'loading') return <Loading />;
  if (status.data.state === 'error') return <ErrorBanner error={status.data.error} onRetry={status.reload} />;
  const { root, keys } = status.data.value;
  const active = keys.find((k) => k.status === 'active') ?? null;
  return (
    <div className="form authority-panel" data-testid="authority-panel">
      <p className="muted small">
        <BiText t={T.authHint} stack />
      </p>
      {error && (
        <div data-testid="authority-error">
          <ErrorBanner error={error} onDismiss={() => setError(null)} />
        </div>
      )}
      {done && (
        <StatusBanner kind="success">
          <BiText t={done} />
        </StatusBanner>
      )}
      <div className="code-facts">
        <RootFacts root={root} />
      </div>
      <div className="code-facts">
        <h3>
          <BiText t={T.authCertificate} />
        </h3>
        {active?.certificate ? (
          <AuthorityCertificate certificate={active.certificate} />
        ) : (
          <p data-testid="no-certificate">
            <BiText t={T.authNoCertificate} />
          </p>
        )}
      </div>
      <AuthorityEarlierKeys keys={keys} />
      <div className="button-row">
        <button type="button" className="btn" disabled={busy} onClick={() => void load('pinAuthorityRoot')}>
          <BiText t={T.authPinRoot} />
        </button>
        <button type="button" className="btn" disabled={busy || root === null} onClick={() => void load('importCertificate')}>
          <BiText t={T.authImportCertificate} />
        </button>
      </div>
      <FormField name="authority-contact" label={T.authRequestContact} hint={T.authRequestContactHint} count={{ value: contact, max: 300 }}>
        <input id="authority-contact" type="text" value={contact} maxLength={300} autoComplete="email" onChange={(e) => setContact(e.target.value)} />
      </FormField>
      <div className="button-row">
        <button type="button" className="btn btn-primary" disabled={save.state === 'saving' || active === null} onClick={() => void saveRequest()}>
          <BiText t={T.authSaveRequest} />
        </button>
      </div>
      <SaveOutcome save={save} savedLabel={T.authRequestSaved} testId="request-path" onDismiss={() => setSave({ state: 'idle' })} />
    </div>
  );
}

function RootFacts({ root }: { root: Status['root'] }) {
  if (!root) {
    return (
      <p data-testid="no-root">
        <BiText t={T.authNoRoot} />
      </p>
    );
  }
  return (
    <>
      {root.expired && (
        <StatusBanner kind="warning">
          <BiText t={T.authRootExpired} />
        </StatusBanner>
      )}
      <dl className="facts" data-testid="root-facts">
        <Fact label={T.authRootAuthority} testId="root-authority">
          {root.authority}
        </Fact>
        <Fact label={T.authRootVersion} testId="root-version">
          {root.version}
        </Fact>
        <Fact label={T.authRootExpires}>{formatHkDateTime(Date.parse(root.expires))}</Fact>
      </dl>
    </>
  );
}
