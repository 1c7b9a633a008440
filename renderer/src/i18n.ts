/** Every user-facing string of the renderer, in English and Traditional Chinese (zh-HK). */
import type { AppError, ErrorCode } from '../../shared/errors';

/** A string in both languages. */
export interface Bi {
  en: string;
  zh: string;
}

const s = (en: string, zh: string): Bi => ({ en, zh });

/** Joins both languages into one string, for attributes such as aria-label and title. */
export const bi = (t: Bi): string => `${t.en} ${t.zh}`;

/** The renderer's labels and messages. */
export const T = {
  appName: s('Venue Console', '場所管理台'),
  nav: s('Main', '主選單'),
  skip: s('Skip to content', '跳到內容'),
  overview: s('Overview', '概覽'),
  venues: s('Venues', '場所'),
  settings: s('Settings & keys', '設定及密鑰'),
  loading: s('Loading…', '載入中…'),
  retry: s('Try again', '再試一次'),
  dismiss: s('Dismiss', '關閉'),
  cancel: s('Cancel', '取消'),
  save: s('Save', '儲存'),
  saving: s('Saving…', '儲存中…'),
  back: s('Back to venues', '返回場所列表'),
  notFoundPage: s('This page does not exist.', '找不到此頁。'),
  // Venue list
  newVenue: s('New venue', '新增場所'),
  search: s('Search', '搜尋'),
  searchPlaceholder: s('Name, ID, address…', '名稱、編號、地址…'),
  searchHint: s('Name in either language, venue ID, address, district or type', '中英文名稱、場所編號、地址、地區或類別'),
  status: s('Status', '狀態'),
  statusAll: s('All', '全部'),
  statusActive: s('Active', '使用中'),
  statusDeactivated: s('Deactivated', '已停用'),
  anyType: s('Any type', '所有類別'),
  anyDistrict: s('Any district', '所有地區'),
  noDistrict: s('Territory-wide (taxi)', '全港（的士）'),
  venueList: s('Venues found', '搜尋結果'),
  venueCount: s('venues', '個場所'),
  venueCountOne: s('venue', '個場所'),
  searching: s('Searching…', '搜尋中…'),
  noVenues: s('No venues yet.', '尚未登記任何場所。'),
  noVenuesHint: s('Register your first venue to print its check-in poster.', '登記第一個場所，即可列印登記海報。'),
  noMatches: s('No venues match this search.', '沒有符合搜尋條件的場所。'),
  clearSearch: s('Clear search and filters', '清除搜尋及篩選'),
  colId: s('Venue ID', '場所編號'),
  colName: s('Name', '名稱'),
  colDistrict: s('District', '地區'),
  colType: s('Type', '類別'),
  // Form
  editVenue: s('Edit venue', '編輯場所'),
  nameEn: s('English name', '英文名稱'),
  nameZh: s('Chinese name', '中文名稱'),
  addressEn: s('English address', '英文地址'),
  addressZh: s('Chinese address', '中文地址'),
  district: s('District', '地區'),
  type: s('Venue type', '場所類別'),
  contactPhone: s('Contact phone', '聯絡電話'),
  contactEmail: s('Contact email (optional)', '電郵地址（選填）'),
  choose: s('Choose…', '請選擇…'),
  optionalHint: s('Optional', '選填'),
  phoneHint: s('8-digit Hong Kong number, e.g. 2345 6789', '八位數字香港電話，例如 2345 6789'),
  createVenue: s('Register venue', '登記場所'),
  saveChanges: s('Save changes', '儲存變更'),
  duplicateWarning: s('A venue with the same names and address already exists:', '已有相同名稱及地址的場所：'),
  open: s('open', '開啟'),
  fixFields: s('Some fields need attention.', '部分欄位需要修正。'),
  characters: s('characters', '字元'),
  // Venue page
  details: s('Details', '資料'),
  created: s('Registered', '登記日期'),
  updated: s('Last changed', '最後更改'),
  edit: s('Edit', '編輯'),
  deactivate: s('Deactivate', '停用'),
  reactivate: s('Reactivate', '重新啟用'),
  deactivateTitle: s('Deactivate this venue?', '停用此場所？'),
  deactivateBody: s(
    'Visitors can no longer be issued this venue’s code. Once you re-export the trust file, scanners will report the code on its poster as revoked. You can reactivate it later.',
    '停用後不會再為此場所發出二維碼。重新匯出信任檔後，掃描器會把海報上的二維碼顯示為已撤銷。您可稍後重新啟用。',
  ),
  reactivateTitle: s('Reactivate this venue?', '重新啟用此場所？'),
  reactivateBody: s(
    'Its code will verify again once you re-export the trust file. Print a fresh poster if the old one was removed.',
    '重新匯出信任檔後，其二維碼將再次有效。如舊海報已移除，請列印新海報。',
  ),
  deactivatedNotice: s(
    'This venue is deactivated. No QR code is shown and no poster can be printed until it is reactivated.',
    '此場所已停用。重新啟用前不會顯示二維碼，亦不能列印海報。',
  ),
  qrCode: s('Check-in QR code', '登記二維碼'),
  issuedOn: s('Issued on', '發出日期'),
  qrVersion: s('QR version', '二維碼版本'),
  signingKey: s('Signing key', '簽署密鑰'),
  codeText: s('Code text', '二維碼內容'),
  copy: s('Copy', '複製'),
  copied: s('Copied', '已複製'),
  copyFailed: s('Copy is not available here; select the text and copy it.', '無法自動複製，請選取文字後複製。'),
  noRenewal: s('A venue code does not need renewing daily: this poster stays valid.', '場所二維碼毋須每日更新：此海報會持續有效。'),
  poster: s('Poster', '海報'),
  paperSize: s('Paper size', '紙張大小'),
  savePdf: s('Save poster as PDF', '儲存海報 (PDF)'),
  print: s('Print', '列印'),
  savedTo: s('Saved to', '已儲存至'),
  cancelled: s('Cancelled: nothing was saved.', '已取消：沒有儲存任何檔案。'),
  scanToCheckIn: s('Scan to check in', '掃描二維碼登記'),
  // Overview
  totalVenues: s('Registered venues', '已登記場所'),
  activeVenues: s('Active venues', '使用中場所'),
  activeKey: s('Active signing key', '使用中的簽署密鑰'),
  since: s('since', '起'),
  dataFolder: s('Data folder', '資料夾'),
  schemeName: s('Scheme name', '計劃名稱'),
  operatorName: s('Operator name', '營運者名稱'),
  noKey: s(
    'No active signing key. Venue codes and posters cannot be issued until a key exists: rotate (create) one under Settings & keys.',
    '沒有使用中的簽署密鑰。建立密鑰前無法發出二維碼或海報：請在「設定及密鑰」建立。',
  ),
  // Settings
  settingsTitle: s('Operator settings', '營運者設定'),
  settingsSaved: s('Settings saved.', '設定已儲存。'),
  keys: s('Signing keys', '簽署密鑰'),
  kid: s('Key ID', '密鑰編號'),
  validFrom: s('Valid from', '生效日期'),
  validUntil: s('Valid until', '失效日期'),
  protection: s('Protection', '保護方式'),
  keyActive: s('Active', '使用中'),
  keyRetired: s('Retired', '已退役'),
  keyRevoked: s('Revoked', '已撤銷'),
  noEnd: s('—', '—'),
  noKeys: s('No signing keys yet.', '尚未有簽署密鑰。'),
  rotateKey: s('Rotate key', '更換密鑰'),
  rotateTitle: s('Rotate the signing key?', '更換簽署密鑰？'),
  rotateBody: s(
    'A new key signs every code from now on. The current key is retired but stays in the trust file, so posters already printed keep verifying. Export the trust file afterwards so scanners learn the new key.',
    '新密鑰會用於之後發出的所有二維碼。現有密鑰會退役但仍保留在信任檔內，已列印的海報會繼續有效。更換後請匯出信任檔，讓掃描器取得新密鑰。',
  ),
  rotated: s('New key created:', '已建立新密鑰：'),
  exportTrust: s('Export trust file', '匯出信任檔'),
  exportTrustHint: s(
    'Scanners use the trust file to verify codes and to know which venues are deactivated.',
    '掃描器以信任檔核實二維碼，並得知哪些場所已停用。',
  ),
  exported: s('Trust file saved to', '信任檔已儲存至'),
  keysInFile: s('keys', '條密鑰'),
  confirm: s('Confirm', '確定'),
} satisfies Record<string, Bi>;

/** Chinese wording for each error code, used when an error carries no Chinese message of its own. */
const ERROR_ZH: Record<ErrorCode, string> = {
  validation: '部分欄位需要修正。',
  'not-found': '找不到所需的紀錄。',
  duplicate: '已有相同的紀錄。',
  conflict: '此操作與現有資料衝突。',
  'db-newer-version': '資料庫由較新版本的程式建立。',
  'db-locked': '資料庫正由另一個程式使用。',
  'db-corrupt': '資料庫已損壞。',
  'key-missing': '尚未建立簽署密鑰。',
  'key-locked': '無法解鎖簽署密鑰。',
  io: '讀寫檔案時發生錯誤。',
  cancelled: '已取消。',
  internal: '發生錯誤，請再試一次。',
};

/** An error's message in both languages. */
export function errorText(error: AppError): Bi {
  return { en: error.message, zh: error.messageZh ?? ERROR_ZH[error.code] ?? ERROR_ZH.internal };
}
