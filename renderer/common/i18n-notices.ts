/** The notices page's words (issue 11 §5), in English and Chinese: severities, kinds, states, the feed's status. */
import type { Bi } from '../../shared/messages/bi';
import type { NoticeKind, NoticeSeverity } from '../../shared/notices/notice';
import type { NoticeState } from '../../shared/notices/notice-view';
import { pair as s } from './text-pair';

/** The notices page's fixed words. */
export const NOTICES_TEXT = {
  notices: s('Notices', '通告'),
  noticesTitle: s("Authority's notices", '當局通告'),
  noticesSub: s(
    'Notices from the authority that concern your venues: exposures, compulsory testing, rule changes and closures.',
    '當局發出而涉及貴場所的通告：確診者到訪、強制檢測、規例更改及關閉。',
  ),
  noticeList: s('Notices', '通告列表'),
  filterVenue: s('Venue', '場所'),
  anyVenue: s('Any of my venues', '我的所有場所'),
  filterKind: s('Kind', '類別'),
  anyKind: s('Any kind', '所有類別'),
  filterState: s('State', '狀態'),
  stateCurrent: s('Current (new and acknowledged)', '現行（未確認及已確認）'),
  stateAll: s('All, withdrawn included', '全部（包括已撤回）'),
  colSeverity: s('Severity', '嚴重程度'),
  colKind: s('Kind', '類別'),
  colNotice: s('Notice', '通告'),
  colVenues: s('Venues concerned', '涉及場所'),
  colState: s('State', '狀態'),
  corrected: s('Corrected', '已更正'),
  noNotices: s('No notice concerns your venues.', '沒有涉及貴場所的通告。'),
  noMatches: s('No notice matches these filters.', '沒有符合篩選條件的通告。'),
  clearFilters: s('Clear filters', '清除篩選'),
  backToNotices: s('Back to notices', '返回通告列表'),
  when: s('When', '時段'),
  whenHint: s(
    'In Hong Kong time. Each period starts at its first time and ends just before its second.',
    '以香港時間顯示。每個時段由開始時間起，至結束時間前為止。',
  ),
  noWindows: s('No particular time.', '沒有指定時段。'),
  effectiveFrom: s('In effect from', '生效時間'),
  venuesConcerned: s('Your venues concerned, and why', '涉及的場所及原因'),
  whatToDo: s('What to do', '須採取的行動'),
  details: s('Details', '詳情'),
  history: s('Revisions', '修訂紀錄'),
  revision: s('Revision', '修訂版本'),
  issued: s('Issued', '發出時間'),
  received: s('Received', '收到時間'),
  acknowledgement: s('Acknowledgement', '確認'),
  notAcknowledged: s('Not acknowledged', '未確認'),
  acknowledge: s('Acknowledge', '確認收悉'),
  acknowledging: s('Acknowledging…', '正在確認…'),
  acknowledgeHint: s(
    'Records that you have read this revision, with your name from Settings and the time.',
    '記錄您已閱讀此修訂版本，連同「設定」中的營運者名稱及時間。',
  ),
  acknowledgeNewRevision: s('This notice was corrected: acknowledge the new revision.', '此通告已更正：請確認新的修訂版本。'),
  byVenue: s('Named by its venue ID', '以場所編號指明'),
  colWhy: s('Why', '原因'),
  // Feed status
  feedStatus: s('Feed status', '通告資料狀態'),
  noRoot: s(
    'No authority root pinned: notices cannot be verified, so none are received.',
    '未固定機構根憑證：無法核實通告，因此不會接收任何通告。',
  ),
  neverReceived: s('Never received: no verified notices feed yet.', '從未收到：尚未收到經核實的通告資料。'),
  lastAttemptFailed: s('The last update failed:', '上次更新失敗：'),
  // Feed source panel
  feedSource: s('Feed source', '通告來源'),
  feedUrl: s('Feed URL', '通告資料網址'),
  feedUrlHint: s('The https address the authority gives. Leave it empty to stop checking.', '當局提供的 https 網址。留空即停止檢查。'),
  pollMinutes: s('Check every (minutes)', '檢查間隔（分鐘）'),
  saveFeed: s('Save', '儲存'),
  feedSaved: s('Feed source saved.', '已儲存通告來源。'),
  fetchNow: s('Fetch now', '立即更新'),
  fetching: s('Fetching…', '更新中…'),
  importFile: s('Import from file…', '從檔案匯入…'),
  importing: s('Importing…', '匯入中…'),
  importCancelled: s('Cancelled: nothing was imported.', '已取消：沒有匯入任何資料。'),
  unchanged: s('No change: the feed is the one already received.', '沒有變更：與已收到的通告資料相同。'),
  notModified: s('No change since the last fetch.', '自上次更新以來沒有變更。'),
  // Navigation and overview
  mostUrgent: s('Most urgent', '最緊急'),
  unreadNotices: s('Unread notices', '未確認通告'),
  noUnread: s('No unread notices.', '沒有未確認的通告。'),
  viewNotices: s('View notices', '查看通告'),
} satisfies Record<string, Bi>;

/** Each severity's words and icon (never shown by colour alone). */
export const SEVERITY: Record<NoticeSeverity, { label: Bi; icon: string }> = {
  'action-required': { label: s('Action required', '須採取行動'), icon: '⚠' },
  advisory: { label: s('Advisory', '建議'), icon: '◆' },
  info: { label: s('Information', '資訊'), icon: 'ℹ' },
};

/** Each kind's words. */
export const KIND: Record<NoticeKind, Bi> = {
  exposure: s('Exposure', '確診者到訪'),
  'compulsory-testing': s('Compulsory testing', '強制檢測'),
  'rule-change': s('Rule change', '規例更改'),
  closure: s('Closure', '關閉'),
  info: s('Information', '資訊'),
};

/** Each state's words. */
export const STATE: Record<NoticeState, Bi> = {
  new: s('New', '未確認'),
  acknowledged: s('Acknowledged', '已確認'),
  withdrawn: s('Withdrawn', '已撤回'),
};

/** "Up to date — last verified update <time>". */
export const upToDate = (time: Bi): Bi => s(`Up to date — last verified update ${time.en}`, `已是最新 — 最後核實更新：${time.zh}`);
/** "Out of date since <expiry>". */
export const outOfDateSince = (time: Bi): Bi => s(`Out of date since ${time.en}`, `自 ${time.zh} 起已過時`);
/** "Acknowledged by <who>, <time>". */
export const acknowledgedBy = (who: string, time: Bi): Bi => s(`Acknowledged by ${who}, ${time.en}`, `由 ${who} 於 ${time.zh} 確認`);
/** "Withdrawn: <reason>". */
export const withdrawnBecause = (reason: Bi): Bi => s(`Withdrawn: ${reason.en}`, `已撤回：${reason.zh}`);
/** "Revision <n>". */
export const revisionN = (n: number): Bi => s(`Revision ${n}`, `第 ${n} 版`);
/** "and <n> more" venues. */
export const moreVenues = (n: string): Bi => s(`and ${n} more`, `及另外 ${n} 個`);
/** The badge's accessible name. */
export const unreadCount = (n: string): Bi => s(`${n} unread`, `${n} 則未確認`);
/** What a fetch or an import brought. */
export const updatedCounts = (added: number, withdrawn: number): Bi =>
  s(`Updated: ${added} new or corrected, ${withdrawn} withdrawn.`, `已更新：${added} 則新增或更正，${withdrawn} 則撤回。`);
/** Why a venue is concerned: a taxi plate. */
export const byPlate = (plate: string): Bi => s(`Taxi plate ${plate}`, `的士車牌 ${plate}`);
/** Why a venue is concerned: a building in a district. */
export const byBuilding = (building: string, district: Bi): Bi => s(`Building: ${building}, ${district.en}`, `大廈：${building}（${district.zh}）`);
/** Why a venue is concerned: its whole district. */
export const byDistrict = (district: Bi): Bi => s(`The whole district: ${district.en}`, `整個地區：${district.zh}`);
