/** The notices' data for a page: the feed's status and a list, both reloaded when main says the notices changed. */
import { useEffect } from 'react';
import { onEvent } from '../../bridge';
import { useCall } from '../../use-call';
import type { NoticeFilter } from '../../../../shared/notices/notice-view';

/** The feed's status, reloaded on `notices-changed`. */
export function useNoticeStatus() {
  const status = useCall('getNoticeStatus', {});
  const { reload } = status;
  useEffect(() => onEvent('notices-changed', reload), [reload]);
  return status;
}

/** The notices for `filter`, reloaded on `notices-changed`. */
export function useNoticeList(filter: NoticeFilter) {
  const list = useCall('listNotices', filter);
  const { reload } = list;
  useEffect(() => onEvent('notices-changed', reload), [reload]);
  return list;
}
