/** Where notices come from: the feed URL and polling period (Save), "Fetch now" and "Import from file". */
import { useState } from 'react';
import type { AppError } from '../../../../shared/errors';
import type { Bi } from '../../../../shared/messages/bi';
import type { FeedStatus } from '../../../../shared/notices/notice-view';
import { call } from '../../bridge';
import { BiText } from '../../../common/components/bi-text';
import { ErrorBanner } from '../../../common/components/error-banner';
import { FormField } from '../../../common/components/form-field';
import { StatusBanner } from '../../../common/components/status-banner';
import { NOTICES_TEXT as N, updatedCounts } from '../../../common/i18n-notices';

type Busy = 'save' | 'fetch' | 'import' | null;
type Outcome = { kind: 'done'; words: Bi; tone: 'success' | 'info' } | { kind: 'error'; error: AppError } | null;

/** What a fetch or an import answered, in words. */
const outcomeWords = (r: { outcome: 'updated' | 'unchanged' | 'not-modified'; added: number; withdrawn: number }): Bi =>
  r.outcome === 'updated' ? updatedCounts(r.added, r.withdrawn) : r.outcome === 'unchanged' ? N.unchanged : N.notModified;

/** The feed-source panel; `onChanged` receives the new status after anything that may change the notices. */
export function FeedSourcePanel({ status, onChanged }: { status: FeedStatus; onChanged: (status: FeedStatus) => void }) {
  const [url, setUrl] = useState(status.url ?? '');
  const [minutes, setMinutes] = useState(String(status.pollMinutes));
  const [busy, setBusy] = useState<Busy>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const run = async (which: Exclude<Busy, null>) => {
    setBusy(which);
    setOutcome(null);
    if (which === 'save') {
      const result = await call('setNoticeFeed', { url: url.trim() === '' ? null : url.trim(), pollMinutes: Number.parseInt(minutes, 10) || 0 });
      setOutcome(result.ok ? { kind: 'done', words: N.feedSaved, tone: 'success' } : { kind: 'error', error: result.error });
      if (result.ok) onChanged(result.value);
    } else {
      const result = which === 'fetch' ? await call('fetchNoticesNow', {}) : await call('importNoticesFile', {});
      if (!result.ok) setOutcome({ kind: 'error', error: result.error });
      else if (result.value === null) setOutcome({ kind: 'done', words: N.importCancelled, tone: 'info' });
      else {
        setOutcome({ kind: 'done', words: outcomeWords(result.value), tone: 'success' });
        onChanged(result.value.status);
      }
      // A refusal is recorded as the feed's last error: show it in the status line too.
      if (!result.ok) {
        const now = await call('getNoticeStatus', {});
        if (now.ok) onChanged(now.value);
      }
    }
    setBusy(null);
  };

  return (
    <form
      className="feed-source"
      onSubmit={(e) => {
        e.preventDefault();
        void run('save');
      }}
    >
      <div className="feed-source-fields">
        <FormField name="notice-feed-url" label={N.feedUrl} hint={N.feedUrlHint}>
          <input id="notice-feed-url" type="text" inputMode="url" autoComplete="off" spellCheck={false} value={url} aria-describedby="notice-feed-url-hint" onChange={(e) => setUrl(e.target.value)} />
        </FormField>
        <FormField name="notice-poll-minutes" label={N.pollMinutes}>
          <input id="notice-poll-minutes" type="text" inputMode="numeric" pattern="[0-9]*" value={minutes} onChange={(e) => setMinutes(e.target.value)} />
        </FormField>
      </div>
      <div className="button-row">
        <button type="submit" className="btn btn-primary" disabled={busy !== null}>
          <BiText t={N.saveFeed} />
        </button>
        <button type="button" className="btn" disabled={busy !== null} onClick={() => void run('fetch')}>
          <BiText t={busy === 'fetch' ? N.fetching : N.fetchNow} />
        </button>
        <button type="button" className="btn" disabled={busy !== null} onClick={() => void run('import')}>
          <BiText t={busy === 'import' ? N.importing : N.importFile} />
        </button>
      </div>
      <div data-testid="feed-outcome">
        {outcome?.kind === 'done' && (
          <StatusBanner kind={outcome.tone}>
            <BiText t={outcome.words} />
          </StatusBanner>
        )}
        {outcome?.kind === 'error' && <ErrorBanner error={outcome.error} onDismiss={() => setOutcome(null)} />}
      </div>
    </form>
  );
}
