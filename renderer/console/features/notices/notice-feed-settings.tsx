/** The feed-source panel as Settings shows it: the feed's status, then the source and its buttons. */
import { BiText } from '../../../common/components/bi-text';
import { ErrorBanner } from '../../../common/components/error-banner';
import { Loading } from '../../../common/components/loading';
import { NOTICES_TEXT as N } from '../../../common/i18n-notices';
import { FeedSourcePanel } from './feed-source-panel';
import { FeedStatusLine } from './feed-status-line';
import { useNoticeStatus } from './use-notices';

/** A Settings card for the notices feed; `onChanged` tells the shell the unread count may have changed. */
export function NoticeFeedSettings({ onChanged }: { onChanged: () => void }) {
  const status = useNoticeStatus();
  return (
    <section className="card" aria-labelledby="notice-feed-title">
      <h2 id="notice-feed-title">
        <BiText t={N.feedSource} />
      </h2>
      {status.data.state === 'loading' && <Loading />}
      {status.data.state === 'error' && <ErrorBanner error={status.data.error} onRetry={status.reload} />}
      {status.data.state === 'ok' && (
        <div className="feed-settings">
          <FeedStatusLine status={status.data.value} />
          <FeedSourcePanel
            status={status.data.value}
            onChanged={(next) => {
              status.set(next);
              onChanged();
            }}
          />
        </div>
      )}
    </section>
  );
}
