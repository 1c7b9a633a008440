/** IPC handlers for the authority's notices: the list, a notice, acknowledging it, the feed's source and status. */
import { readFileSync, statSync } from 'node:fs';
import { fail } from '../../../shared/errors';
import type { Handlers } from '../ipc/dispatch';
import type { Platform } from '../../../services/platform/platform';
import type { IngestResult, NoticeCenter } from '../../../services/notices/notice-center';

/** Largest notices file the console reads (a feed of many thousand notices is far smaller). */
export const NOTICES_FILE_MAX_BYTES = 50_000_000;

/** What the notice handlers use. */
export interface NoticeHandlerDeps {
  notices: NoticeCenter;
  platform: Pick<Platform, 'chooseOpenPath'>;
}

/** What an ingest did, in the counts the page shows. */
const counts = (r: IngestResult) => ({ outcome: r.change === 'new' ? ('updated' as const) : ('unchanged' as const), added: r.added.length, withdrawn: r.withdrawn.length });

/** Handlers for the notices page, its feed-source panel and the navigation badge. */
export function noticeHandlers(
  s: NoticeHandlerDeps,
): Pick<Handlers, 'listNotices' | 'getNotice' | 'acknowledgeNotice' | 'getNoticeStatus' | 'setNoticeFeed' | 'fetchNoticesNow' | 'importNoticesFile'> {
  return {
    listNotices: (filter) => s.notices.list(filter),
    getNotice: ({ id }) => s.notices.detail(id),
    acknowledgeNotice: ({ id, revision }) => s.notices.acknowledge(id, revision),
    getNoticeStatus: () => s.notices.status(),
    setNoticeFeed: ({ url, pollMinutes }) => s.notices.setFeed({ url: url === '' ? null : url, pollMinutes }),
    fetchNoticesNow: async () => {
      const result = await s.notices.fetchNow();
      const status = s.notices.status();
      if (result.http === 304) return { outcome: 'not-modified' as const, added: 0, withdrawn: 0, status };
      return { ...counts(result), status };
    },
    importNoticesFile: async () => {
      const path = await s.platform.chooseOpenPath({ title: 'Import a notices feed file', filters: [{ name: 'Notices feed (JSON)', extensions: ['json'] }] });
      if (!path) return null;
      // Before reading a file that may be huge: a feed is a few megabytes at most.
      if (statSync(path).size > NOTICES_FILE_MAX_BYTES) fail('validation', 'The file is too large to be a notices feed.', '檔案太大，不可能是通告資料。');
      const result = s.notices.ingest(readFileSync(path, 'utf8'), 'file');
      return { ...counts(result), status: s.notices.status() };
    },
  };
}
