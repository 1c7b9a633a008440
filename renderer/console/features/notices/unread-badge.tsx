/** The navigation's unread-notices count: loaded on each route change, set by `notices-changed`, shown as a badge. */
import { useCallback, useEffect, useState } from 'react';
import { call, hasBridge, onEvent } from '../../bridge';
import { formatNumber } from '../../../common/display';
import { bi } from '../../../common/i18n';
import { unreadCount } from '../../../common/i18n-notices';

/** The unread count (null until known) and a function that asks main again. */
export function useUnreadNotices(routeKey: string): { unread: number | null; refresh: () => void } {
  const [unread, setUnread] = useState<number | null>(null);
  const refresh = useCallback(() => {
    if (hasBridge()) void call('getNoticeStatus', {}).then((r) => r.ok && setUnread(r.value.unread));
  }, []);
  useEffect(refresh, [refresh, routeKey]);
  useEffect(() => onEvent('notices-changed', ({ unread: n }) => setUnread(n)), []);
  return { unread, refresh };
}

/** A count badge with its own accessible name ("3 unread"); nothing when there is none. */
export function UnreadBadge({ unread }: { unread: number | null }) {
  if (!unread) return null;
  const n = formatNumber(unread);
  return (
    <span className="nav-badge" role="img" aria-label={bi(unreadCount(n))} data-testid="unread-badge" data-count={unread}>
      {unread > 99 ? '99+' : n}
    </span>
  );
}
