/**
 * Notice times in Hong Kong time with full dates, in both languages: "Fri 20 Nov 2026 19:00 – 21:00 HKT" and
 * "2026年11月20日（星期五）19:00 至 21:00（香港時間）". Hong Kong keeps no daylight saving: UTC+8 all year.
 */
import type { Bi } from '../../../../shared/messages/bi';
import { HK_OFFSET_MS } from '../../../../shared/time/hk';

const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAYS_ZH = ['日', '一', '二', '三', '四', '五', '六'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;

interface HkParts {
  day: number;
  en: string;
  zh: string;
  time: string;
}

const two = (n: number) => String(n).padStart(2, '0');

/** The HK calendar day (a day number), its date in each language, and the time of day. */
function parts(ms: number): HkParts {
  const d = new Date(ms + HK_OFFSET_MS);
  const wd = d.getUTCDay();
  return {
    day: Math.floor((ms + HK_OFFSET_MS) / DAY_MS),
    en: `${WEEKDAYS_EN[wd]} ${d.getUTCDate()} ${MONTHS_EN[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
    zh: `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日（星期${WEEKDAYS_ZH[wd]}）`,
    time: `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`,
  };
}

/** An instant with its full date: "Fri 20 Nov 2026 19:00 HKT". */
export function hkInstant(ms: number): Bi {
  const p = parts(ms);
  return { en: `${p.en} ${p.time} HKT`, zh: `${p.zh}${p.time}（香港時間）` };
}

/**
 * A half-open window [from, until): the end's date is left out when it falls on the start's day, and an end at
 * the next midnight reads "24:00" (the window covers the evening, not a minute of the next day).
 */
export function hkWindow(from: number, until: number): Bi {
  const a = parts(from);
  const b = parts(until);
  const midnightEnd = b.time === '00:00' && b.day === a.day + 1;
  if (a.day === b.day || midnightEnd) {
    const end = midnightEnd ? '24:00' : b.time;
    return { en: `${a.en} ${a.time} – ${end} HKT`, zh: `${a.zh}${a.time} 至 ${end}（香港時間）` };
  }
  return { en: `${a.en} ${a.time} – ${b.en} ${b.time} HKT`, zh: `${a.zh}${a.time} 至 ${b.zh}${b.time}（香港時間）` };
}
