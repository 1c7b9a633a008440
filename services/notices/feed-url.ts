/**
 * The rules for the notices feed's address and polling period: https, or plain http only on this computer
 * (127.0.0.0/8, ::1, localhost — a local mirror or a test server); 1 to 1,440 minutes between polls.
 */
import { fail } from '../../shared/errors';

/** Minutes between polls when none is set. */
export const DEFAULT_POLL_MINUTES = 10;

/** Whether a URL host names this computer. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host === '::1') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** The feed URL, normalised, or a bilingual `validation` refusal naming the rule it breaks. */
export function checkFeedUrl(text: string): string {
  const refuse = (en: string, zh: string): never => fail('validation', en, zh, [{ field: 'url', en, zh }]);
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return refuse(`"${text}" is not a web address (e.g. https://notices.example.hk/feed.json).`, `「${text}」不是網址（例如 https://notices.example.hk/feed.json）。`);
  }
  if (url.username !== '' || url.password !== '') {
    return refuse('The feed address must not contain a user name or password.', '通告資料網址不可包含用戶名稱或密碼。');
  }
  if (url.protocol === 'https:') return url.href;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return url.href;
  if (url.protocol === 'http:') {
    return refuse(
      'The feed address must use https (plain http is allowed only for this computer: 127.0.0.1, ::1 or localhost).',
      '通告資料網址必須使用 https（只有本機地址 127.0.0.1、::1 或 localhost 可使用 http）。',
    );
  }
  return refuse(`The feed address must start with https:// (not ${url.protocol}).`, `通告資料網址必須以 https:// 開首（而非 ${url.protocol}）。`);
}

/** The polling period in whole minutes, 1–1,440, or a bilingual `validation` refusal. */
export function checkPollMinutes(value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > 1440) {
    const en = `The polling period must be a whole number of minutes from 1 to 1440 (got ${String(value)}).`;
    const zh = `檢查間隔必須是 1 至 1440 之間的整數分鐘（現為 ${String(value)}）。`;
    fail('validation', en, zh, [{ field: 'pollMinutes', en, zh }]);
  }
  return value;
}
