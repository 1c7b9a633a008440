/** The front-desk page's words, in English and Traditional Chinese (zh-HK). */
import { pair as s } from '../common/text-pair';

/** Scanner page text. */
export const ST = {
  title: s('Front-desk scanner', '前台掃描器'),
  checking: s('Checking visitors for', '正在為以下場所檢查訪客'),
  ready: s('Ready — scan a Health Code', '準備就緒 — 請掃描健康碼'),
  readyHint: s('Hold the code to the camera, or scan it with the USB scanner.', '請把二維碼對準鏡頭，或以 USB 掃描器掃描。'),
  noRoot: s('No authority root is pinned: every pass will show CANNOT VERIFY. Pin it in the console’s Settings.', '尚未設定當局根密鑰：所有通行碼均會顯示「無法核實」。請在管理台的設定中設定。'),
  today: s('Today at this venue', '本場所今日'),
  scans: s('scans', '次掃描'),
  close: s('Close scanner', '關閉掃描器'),
  settings: s('Desk settings', '前台設定'),
  sound: s('Sound', '聲音'),
  mute: s('Mute', '靜音'),
  volume: s('Volume', '音量'),
  terminators: s('A scan ends with', '掃描結束鍵'),
  pause: s('a pause', '停頓'),
  maxGap: s('Longest pause between a scanner’s keys (ms)', '掃描器按鍵之間最長停頓（毫秒）'),
  save: s('Save', '儲存'),
  saved: s('Saved', '已儲存'),
  wedgeTest: s('Scanner test', '掃描器測試'),
  wedgeTestHint: s('Scan any code: the text received, the speed and whether the keyboard layout was remapped appear here.', '掃描任何二維碼：此處會顯示收到的文字、速度及鍵盤配置是否已重新對應。'),
  received: s('Text received', '收到的文字'),
  asTyped: s('As the system layout typed it', '系統鍵盤配置輸入的文字'),
  msPerChar: s('Milliseconds per character', '每字元毫秒'),
  remapped: s('Layout remapped to US', '已重新對應為美式鍵盤配置'),
  yes: s('Yes', '是'),
  no: s('No', '否'),
  characters: s('characters', '個字元'),
  initials: s('Initials', '姓名縮寫'),
  birth: s('Day and month of birth', '出生日及月'),
  checkId: s('Check these against the visitor’s ID document.', '請與訪客的身份證明文件核對。'),
  validUntil: s('Valid until', '有效至'),
  next: s('Next visitor', '下一位訪客'),
  liveClock: s('Live time', '即時時間'),
} as const;

/** What each verdict looks like and says. `tone` chooses colour; `shape` is a glyph that never relies on colour. */
export const VERDICT_VIEW = {
  green: { tone: 'green', shape: '✔', word: s('GREEN', '綠碼'), line: s('Green code — valid today', '綠碼 — 今日有效') },
  amber: { tone: 'amber', shape: '▲', word: s('AMBER', '黃碼'), line: s('Amber code — follow the venue’s rules for amber', '黃碼 — 請按場所的黃碼規定處理') },
  red: { tone: 'red', shape: '✖', word: s('RED', '紅碼'), line: s('Red code — do not admit', '紅碼 — 不得進入') },
  expired: { tone: 'red', shape: '⊘', word: s('EXPIRED', '已過期'), line: s('This code was for another day — ask for today’s code', '此碼並非今日的健康碼 — 請出示今日的健康碼') },
  'not-genuine': { tone: 'red', shape: '✖', word: s('NOT GENUINE', '並非真確'), line: s('This code was not issued by the health authority — do not admit', '此碼並非由衞生當局簽發 — 不得進入') },
  'cannot-read': { tone: 'grey', shape: '?', word: s('CANNOT READ', '無法讀取'), line: s('The code was not read completely — scan it again', '未能完整讀取此碼 — 請再掃描一次') },
  'cannot-verify': { tone: 'grey', shape: '…', word: s('CANNOT VERIFY', '無法核實'), line: s('This desk cannot check this code now — this does not mean it is invalid', '本前台現時無法核實此碼 — 這並不表示此碼無效') },
  'venue-code': { tone: 'grey', shape: '▦', word: s('VENUE CODE', '場所二維碼'), line: s('This is a venue’s poster code, not a Health Code', '這是場所海報上的二維碼，並非健康碼') },
} as const;

/** Why the desk cannot verify, in words (the grey verdicts). */
export const REASON_TEXT: Record<string, { en: string; zh: string }> = {
  'no-root': s('No authority root is pinned on this computer.', '本電腦尚未設定當局根密鑰。'),
  'clock-behind': s('This computer’s clock is earlier than the last verified notices feed: check the date and time.', '本電腦的時鐘早於最後核實的通告資料：請檢查日期及時間。'),
  'unknown-key': s('The code was signed by a key this desk does not know (the authority may have a newer root).', '此碼由本前台不認識的密鑰簽署（當局或已更新根密鑰）。'),
  'root-expired': s('The pinned authority root has expired: update it in the console.', '已設定的當局根密鑰已過期：請在管理台更新。'),
  'not-yet-valid': s('The code is for a later day, or this computer’s clock is behind.', '此碼屬於較後的日子，或本電腦的時鐘較慢。'),
  malformed: s('Part of the code is missing or garbled.', '此碼部分缺失或損壞。'),
  'unsupported-version': s('This code is in a newer format than this desk reads.', '此碼格式較本前台支援的版本新。'),
  empty: s('Nothing was read.', '未讀取到任何內容。'),
};
