/**
 * On an exposure notice: how many front-desk scans fell inside its windows at the venues it concerns, and the
 * signed export of those (hashed) scans with the desk key, for the health authority to find the people.
 */
import { useState } from 'react';
import type { AppError } from '../../../../shared/errors';
import { BiText } from '../../../common/components/bi-text';
import { ErrorBanner } from '../../../common/components/error-banner';
import { pair as s } from '../../../common/text-pair';
import { call } from '../../bridge';
import { useCall } from '../../use-call';

const WORDS = {
  title: s('Front-desk scans in these windows', '此段時間的前台掃描'),
  count: (n: number) => s(`${n} scan${n === 1 ? '' : 's'} at the venues concerned.`, `涉及場所共 ${n} 次掃描。`),
  how: s('The log holds no names: only a keyed hash of each pass. The export adds the desk key and your signature, so only the health authority, which issued the passes, can find the people.', '記錄不含姓名，只有每張通行碼的加密雜湊值。匯出檔附上前台密鑰及閣下的簽署，只有簽發通行碼的衞生當局才能找出相關人士。'),
  export: s('Export for the health authority…', '匯出給衞生當局…'),
  saved: (path: string, n: number) => s(`Saved ${n} entries to ${path}`, `已把 ${n} 項記錄儲存至 ${path}`),
};

/** The panel; rendered for exposure notices that concern this operator. */
export function DeskScansPanel({ id }: { id: string }) {
  const { data } = useCall('getNoticeDeskScans', { id });
  const [saved, setSaved] = useState<{ path: string; entries: number } | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  if (data.state !== 'ok') return null;
  const save = async () => {
    setError(null);
    const r = await call('exportDeskLog', { id });
    if (!r.ok) setError(r.error);
    else if (r.value.path) setSaved({ path: r.value.path, entries: r.value.entries });
  };
  return (
    <section className="card" aria-labelledby="desk-scans-title" data-testid="desk-scans">
      <h2 id="desk-scans-title">
        <BiText t={WORDS.title} />
      </h2>
      <p data-testid="desk-scans-count">
        <BiText t={WORDS.count(data.value.scans)} />
      </p>
      <p className="muted small">
        <BiText t={WORDS.how} />
      </p>
      <div className="button-row">
        <button type="button" className="btn" onClick={() => void save()}>
          <BiText t={WORDS.export} />
        </button>
      </div>
      {saved && (
        <p role="status" data-testid="desk-export-saved">
          <BiText t={WORDS.saved(saved.path, saved.entries)} />
        </p>
      )}
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
    </section>
  );
}
