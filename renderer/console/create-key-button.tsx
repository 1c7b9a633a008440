/**
 * "Create signing key 建立簽署密鑰": the one answer wherever the console reports that no signing key exists (the
 * setup page, the overview's notice, the venue page's code panel, the taxi batch page). It calls the
 * `createSigningKey` channel; the app never tells the operator to use the command line (issue 10).
 * A console module rather than a feature's, so that every feature may use it (features do not import each other).
 */
import { useState } from 'react';
import type { AppError } from '../../shared/errors';
import type { Response } from '../../shared/ipc/console-contract';
import { BiText } from '../common/components/bi-text';
import { ErrorBanner } from '../common/components/error-banner';
import { T } from '../common/i18n';
import { call } from './bridge';

/** A button that creates the signing key, then calls `onCreated` with the key. */
export function CreateKeyButton({
  onCreated,
  before,
  primary = true,
}: {
  onCreated: (result: Response<'createSigningKey'>) => void;
  /** Runs first (the setup page saves the names); a false answer stops the creation. */
  before?: () => Promise<boolean>;
  primary?: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      if (before && !(await before())) return;
      const result = await call('createSigningKey', {});
      if (result.ok) onCreated(result.value);
      else setError(result.error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="create-key">
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      <button type="button" className={primary ? 'btn btn-primary' : 'btn'} disabled={busy} aria-busy={busy} onClick={() => void create()}>
        <BiText t={busy ? T.creatingKey : T.createKey} />
      </button>
    </div>
  );
}
