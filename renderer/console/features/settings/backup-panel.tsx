/** Backups on the Settings page: where the daily backups are kept, "Back up now", and how to restore one. */
import { useState } from 'react';
import { call } from '../../bridge';
import { BiText } from '../../../common/components/bi-text';
import { SaveOutcome, type SaveState } from '../../../common/components/save-outcome';
import { T } from '../../../common/i18n';

/** The backups panel; `dataDir` is the data folder (its `backups` folder holds the daily backups). */
export function BackupPanel({ dataDir }: { dataDir: string | null }) {
  const [save, setSave] = useState<SaveState>({ state: 'idle' });

  const backUp = async () => {
    setSave({ state: 'saving' });
    const result = await call('backupNow', {});
    if (!result.ok) return setSave({ state: 'error', error: result.error });
    setSave(result.value.path ? { state: 'saved', path: result.value.path } : { state: 'cancelled' });
  };

  // The data folder's own separator, so the path shown is one that can be pasted.
  const separator = dataDir?.includes('\\') && !dataDir.includes('/') ? '\\' : '/';
  return (
    <>
      {dataDir && (
        <>
          <p>
            <BiText t={T.backupDaily} stack />
          </p>
          <p className="mono break" data-testid="backups-folder">{`${dataDir}${separator}backups`}</p>
        </>
      )}
      <p className="muted small">
        <BiText t={T.backupNowHint} stack />
      </p>
      <div className="button-row">
        <button type="button" className="btn btn-primary" onClick={backUp} disabled={save.state === 'saving'}>
          <BiText t={save.state === 'saving' ? T.backingUp : T.backupNow} />
        </button>
      </div>
      <SaveOutcome save={save} savedLabel={T.backupSaved} testId="backup-path" onDismiss={() => setSave({ state: 'idle' })} />
      <p className="muted small">
        <BiText t={T.backupRestoreHint} stack />
      </p>
    </>
  );
}
