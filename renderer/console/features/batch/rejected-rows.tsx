/** The rows a fleet CSV was refused for, shown before anything is written, with "Save error list". */
import { SaveOutcome, type SaveState } from '../../../common/components/save-outcome';
import { useState } from 'react';
import type { Response } from '../../../../shared/ipc/console-contract';
import { call } from '../../bridge';
import { BiText } from '../../../common/components/bi-text';
import { StatusBanner } from '../../../common/components/status-banner';
import { bi, T } from '../../../common/i18n';
import { formatCount } from './batch-format';

/** One rejected row. */
export type RejectedRow = Response<'previewBatch'>['rejected'][number];

/** Rows drawn in the table; the saved error list always has all of them. */
export const REJECTED_SHOWN = 500;


/** Row number, plate as written and the reason in both languages; capped at {@link REJECTED_SHOWN} rows. */
export function RejectedRows({ rejected }: { rejected: RejectedRow[] }) {
  const [save, setSave] = useState<SaveState>({ state: 'idle' });
  const shown = rejected.slice(0, REJECTED_SHOWN);
  const hidden = rejected.length - shown.length;

  const saveList = async () => {
    setSave({ state: 'saving' });
    const result = await call('saveRejectedRows', { rejected });
    if (!result.ok) setSave({ state: 'error', error: result.error });
    else if (result.value.path === null) setSave({ state: 'cancelled' });
    else setSave({ state: 'saved', path: result.value.path });
  };

  if (rejected.length === 0) {
    return (
      <StatusBanner kind="success">
        <span data-testid="no-rejected">
          <BiText t={T.noRejected} />
        </span>
      </StatusBanner>
    );
  }

  return (
    <section className="rejected" aria-labelledby="rejected-title">
      <div className="section-head">
        <div>
          <h3 id="rejected-title">
            <BiText t={T.rejectedTitle} />
          </h3>
          <p className="muted small">
            <BiText t={T.rejectedHint} stack />
          </p>
        </div>
        <button type="button" className="btn" onClick={saveList} disabled={save.state === 'saving'}>
          <BiText t={save.state === 'saving' ? T.saving : T.saveErrors} />
        </button>
      </div>
      <div className="rejected-scroll" tabIndex={0} role="region" aria-label={bi(T.rejectedRows)}>
        <table className="table rejected-table" data-testid="rejected-table">
          <thead>
            <tr>
              <th scope="col" className="col-row">
                <BiText t={T.colRow} />
              </th>
              <th scope="col" className="col-plate">
                <BiText t={T.colPlateWritten} />
              </th>
              <th scope="col">
                <BiText t={T.colReason} />
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.row} data-row={r.row}>
                <td className="col-row mono">{r.row}</td>
                <td className="col-plate">
                  {r.plate.trim() === '' ? (
                    <span className="muted">
                      <BiText t={T.emptyValue} />
                    </span>
                  ) : (
                    <span className="mono plate-written">{r.plate}</span>
                  )}
                </td>
                <td>
                  <span className="bi bi-stack">
                    <span lang="en">{r.reason}</span>{' '}
                    <span lang="zh-HK" className="zh">
                      {r.reasonZh}
                    </span>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hidden > 0 && (
        <p className="muted small" data-testid="rejected-more">
          <span lang="en">
            {T.andMore.en} {formatCount(hidden)} {T.moreRejected.en}
          </span>{' '}
          <span lang="zh-HK">
            {T.andMore.zh} {formatCount(hidden)} {T.moreRejected.zh}
          </span>
        </p>
      )}
      <SaveOutcome save={save} savedLabel={T.errorsSaved} testId="errors-path" onDismiss={() => setSave({ state: 'idle' })} />
    </section>
  );
}
