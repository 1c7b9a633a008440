/** The feed's freshness, honestly: "Up to date" only when the service says so, with the last error in both languages. */
import type { FeedStatus } from '../../../../shared/notices/notice-view';
import { BiText } from '../../../common/components/bi-text';
import { NOTICES_TEXT as N, outOfDateSince, upToDate } from '../../../common/i18n-notices';
import { hkInstant } from './notice-time';

/** The status words for a feed state. */
function statusWords(status: FeedStatus) {
  switch (status.state) {
    case 'no-root':
      return N.noRoot;
    case 'never':
      return N.neverReceived;
    case 'up-to-date':
      return upToDate(hkInstant(status.verifiedAt ?? status.issuedAt ?? 0));
    case 'out-of-date':
      return outOfDateSince(hkInstant(status.expires ?? status.verifiedAt ?? 0));
  }
}

/** One line (two with an error) saying how fresh the notices are; a polite live region. */
export function FeedStatusLine({ status }: { status: FeedStatus }) {
  const good = status.state === 'up-to-date';
  return (
    <div className={`feed-status ${good ? 'feed-status-ok' : 'feed-status-stale'}`} role="status" data-testid="feed-status" data-state={status.state}>
      <span className="feed-status-icon" aria-hidden="true">
        {good ? '✓' : '!'}
      </span>
      <div className="feed-status-text">
        <BiText t={statusWords(status)} stack />
        {status.lastError && (
          <p className="feed-status-error" data-testid="feed-error">
            <BiText t={N.lastAttemptFailed} /> <BiText t={{ en: status.lastError.en, zh: status.lastError.zh }} />
          </p>
        )}
      </div>
    </div>
  );
}
