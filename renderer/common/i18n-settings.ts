/** The Settings page's words: names, display, keys, backups and key revocation, in English and Chinese. */
import type { Bi } from '../../shared/messages/bi';
import { pair as s } from './text-pair';

/** The Settings page's words: names, display, keys, backups and key revocation, in English and Chinese. */
export const SETTINGS_TEXT = {
  // Settings
  settingsTitle: s('Operator settings', '營運者設定'),
  settingsSaved: s('Settings saved.', '設定已儲存。'),
  display: s('Language and appearance', '語言及外觀'),
  language: s('Language', '語言'),
  theme: s('Theme', '主題'),
  themeSystem: s('Same as the system', '跟隨系統'),
  themeLight: s('Light', '淺色'),
  themeDark: s('Dark', '深色'),
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
  // Backups
  backups: s('Backups', '備份'),
  backupDaily: s(
    'Venue Console backs up the database by itself once a day, when it starts, and keeps the last 7 in this folder:',
    'Venue Console 每日啟動時自動備份資料庫一次，並在此資料夾保留最近 7 份：',
  ),
  backupNowHint: s(
    'Back up now saves another copy — the venues and the sealed signing key — where you choose. Keep it somewhere safe, such as another disk.',
    '「立即備份」會把另一份副本（場所及已加密的簽署密鑰）儲存到你選擇的位置。請妥善保存，例如放在另一個磁碟。',
  ),
  backupRestoreHint: s(
    'To restore one: quit Venue Console, copy the backup over venue-console.sqlite3 in the data folder, and delete venue-console.sqlite3-wal and -shm if they are there.',
    '如要還原：先關閉 Venue Console，把備份複製覆蓋資料夾內的 venue-console.sqlite3，並刪除 venue-console.sqlite3-wal 及 -shm（如有）。',
  ),
  backupNow: s('Back up now', '立即備份'),
  backingUp: s('Backing up…', '備份中…'),
  backupSaved: s('Backup saved to', '備份已儲存至'),
  // Key revocation
  keyActions: s('Actions', '操作'),
  revoke: s('Revoke', '撤銷'),
  revokeKey: s('Revoke key', '撤銷密鑰'),
  revokeTitle: s('Revoke this signing key?', '撤銷此簽署密鑰？'),
  revokeBody: s(
    'Every code this key signed will be refused (revoked-key) by verifiers that load the next trust file, whatever issue date the code carries. Revoke a key that may have leaked; posters it signed must be re-issued. This cannot be undone.',
    '驗證程式載入下一個信任檔後，此密鑰簽署的所有二維碼都會被拒絕（revoked-key），不論二維碼上的簽發日期。密鑰可能外洩時請撤銷；由它簽署的海報須重新發出。此操作無法復原。',
  ),
  revokeActiveBody: s(
    'This is the active key: a new key is created first and signs every new code from now on; then this key is revoked.',
    '這是使用中的密鑰：系統會先建立新密鑰，之後所有新二維碼都由新密鑰簽署，然後撤銷此密鑰。',
  ),
  revokeAndRotate: s('Rotate and revoke', '更換並撤銷'),
  revokeReason: s('Reason', '原因'),
  revokeReasonHint: s('Written into the trust file, e.g. “laptop stolen”.', '會寫入信任檔，例如「手提電腦被盜」。'),
  revokeReasonRequired: s('Give a reason for revoking the key.', '請註明撤銷密鑰的原因。'),
  revokedKeyLabel: s('Key revoked:', '已撤銷密鑰：'),
  revokeExportHint: s('Export the trust file now so scanners and phones refuse its codes.', '請立即匯出信任檔，讓掃描器及手機拒絕其二維碼。'),
  reissueShow: s('Venues to re-issue', '須重發的場所'),
  reissueCount: s('{n} venue has posters signed by this key — re-issue them', '{n} 個場所的海報由此密鑰簽署——請重新發出'),
  reissueCountMany: s('{n} venues have posters signed by this key — re-issue them', '{n} 個場所的海報由此密鑰簽署——請重新發出'),
  reissueNone: s('No poster signed by this key is recorded.', '沒有由此密鑰簽署的海報紀錄。'),
  reissueHow: s(
    'Open each venue and save or print its poster again: the new poster is signed by the active key. For taxis, run the fleet CSV again on the Taxi batch page: it reuses the same venues and prints new stickers.',
    '逐一開啟場所，再次儲存或列印海報：新海報由使用中的密鑰簽署。的士可在「的士批次」頁再次匯入車隊 CSV：會沿用相同場所並列印新貼紙。',
  ),
  reissuePending: s('{n} still to re-issue', '尚有 {n} 個待重發'),
  reissueDone: s('re-issued', '已重發'),
  reissueMore: s('…and {n} more', '……另有 {n} 個'),
  reissueIncomplete: s(
    'This key signed codes before the console recorded them: posters printed then are not listed.',
    '此密鑰在本程式開始記錄前已簽署二維碼：當時列印的海報不在清單內。',
  ),
  confirm: s('Confirm', '確定'),
  leaveTitle: s('Leave without saving?', '不儲存就離開？'),
  leaveBody: s('What you typed on this page has not been saved and will be lost.', '你在此頁輸入的內容尚未儲存，離開後會遺失。'),
  leave: s('Leave without saving', '不儲存並離開'),
  stay: s('Stay on this page', '留在此頁'),
} satisfies Record<string, Bi>;
