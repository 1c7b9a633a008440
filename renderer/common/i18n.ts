/**
 * The renderer's own interface words (buttons, headings, hints, page sentences), in English and Traditional
 * Chinese (zh-HK). Messages that services and validators also produce — field labels, validation messages,
 * the words for each error code (`errorText`) — are in the shared catalogue, shared/messages/.
 */
import type { Bi } from '../../shared/messages/bi';
import { FIELD_LABELS } from '../../shared/messages/field-labels';
import { currentDisplay } from './display';
import { BATCH_TEXT } from './i18n-batch';
import { SETTINGS_TEXT } from './i18n-settings';
import { pair } from './text-pair';

export type { Bi };

const s = pair;

/** Both languages as one string in the display setting's order (or one language), for attributes such as aria-label and title. */
export const bi = (t: Bi): string => {
  const { language } = currentDisplay();
  if (language === 'en') return t.en;
  if (language === 'zh') return t.zh;
  return language === 'both-zh-first' ? `${t.zh} ${t.en}` : `${t.en} ${t.zh}`;
};

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
  // A form field is labelled as its validation messages name it.
  nameEn: FIELD_LABELS.nameEn,
  nameZh: FIELD_LABELS.nameZh,
  addressEn: FIELD_LABELS.addressEn,
  addressZh: FIELD_LABELS.addressZh,
  district: FIELD_LABELS.district,
  type: FIELD_LABELS.type,
  contactPhone: FIELD_LABELS.contactPhone,
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
  openScanner: s('Open front-desk scanner', '開啟前台掃描器'),
  scannerTitle: s('Front-desk scanner', '前台掃描器'),
  scannerVenue: s('Checking visitors for', '正在為以下場所檢查訪客'),
  scannerComingSoon: s('Health Code checking will appear here.', '健康碼檢查將在此顯示。'),
  scannerClose: s('Close scanner', '關閉掃描器'),
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
  deactivatedWarning: s(
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
  openSaved: s('Open', '開啟'),
  showInFolder: s('Show in folder', '在資料夾中顯示'),
  printing: s('Printing…', '列印中…'),
  printFailed: s('The poster was not printed.', '海報沒有列印。'),
  posterPreview: s('Poster preview, as it will be saved and printed', '海報預覽（即儲存及列印的樣子）'),
  cancelled: s('Cancelled: nothing was saved.', '已取消：沒有儲存任何檔案。'),
  scanToCheckIn: s('Scan to check in', '掃描二維碼登記'),
  // Overview
  totalVenues: s('Registered venues', '已登記場所'),
  activeVenues: s('Active venues', '使用中場所'),
  activeKey: s('Active signing key', '使用中的簽署密鑰'),
  since: s('since', '起'),
  dataFolder: s('Data folder', '資料夾'),
  schemeName: FIELD_LABELS.schemeName,
  operatorName: FIELD_LABELS.operatorName,
  noKey: s(
    'No active signing key. Venue codes and posters cannot be issued until a key exists.',
    '沒有使用中的簽署密鑰。建立密鑰前無法發出二維碼或海報。',
  ),
  createKey: s('Create signing key', '建立簽署密鑰'),
  creatingKey: s('Creating signing key…', '正在建立簽署密鑰…'),
  keyCreated: s('Signing key created.', '已建立簽署密鑰。'),
  // The scheme's mark (issue 10)
  schemeMark: s("Scheme's mark", '計劃標誌'),
  schemeMarkHint: s(
    'Printed at the left of the poster’s green band. PNG or JPEG, at most 512 KB and 2000×2000 px, at least 64×64 px.',
    '印在海報綠色橫額的左方。PNG 或 JPEG，最大 512 KB 及 2000×2000 像素，最小 64×64 像素。',
  ),
  noSchemeMark: s('No mark: the band shows the scheme name alone.', '沒有標誌：橫額只顯示計劃名稱。'),
  chooseSchemeMark: s('Choose image…', '選擇圖像…'),
  removeSchemeMark: s('Remove mark', '移除標誌'),
  schemeMarkSaved: s('Mark saved: new posters print it.', '標誌已儲存：新海報會印上。'),
  schemeMarkRemoved: s('Mark removed.', '已移除標誌。'),
  schemeMarkAlt: s("The scheme's mark", '計劃標誌'),
  // First run (issue 10)
  setup: s('Set up Venue Console', '設定場所管理台'),
  setupIntro: s(
    'Before the first poster: who operates the scheme, what the scheme is called, and a signing key for the venue codes.',
    '印製第一張海報前，請填寫營運者及計劃名稱，並建立用於場所二維碼的簽署密鑰。',
  ),
  operatorPlaceholder: s('e.g. Harbour Dining Group', '例如：海港飲食集團'),
  schemePlaceholder: s('e.g. Safe Visit 安心到訪', '例如：Safe Visit 安心到訪'),
  posterSketch: s('Sketch of a poster (not the printed layout)', '海報草圖（並非實際印刷版面）'),
  sketchVenue: s('Your venue', '你的場所'),
  setupDone: s('Save and continue', '儲存並繼續'),
  keyExists: s('A signing key already exists.', '已有簽署密鑰。'),
  ...SETTINGS_TEXT,
  ...BATCH_TEXT,
} satisfies Record<string, Bi>;

/** "since 2026-11-26" / "2026-11-26 起": each language in its own word order. */
export const sinceDate = (date: string): Bi => s(`since ${date}`, `${date} 起`);

/** "20,000 venues" / "20,000 個場所": the number inside each language's phrase (formatted by the caller). */
export const venuesCounted = (n: string, one: boolean): Bi => s(`${n} ${one ? 'venue' : 'venues'}`, `${n} 個場所`);
