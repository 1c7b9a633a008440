/** Number, duration and warning wording for the fleet batch page, in both languages. */
import type { Response } from '../../../../shared/ipc/console-contract';
import { formatNumber } from '../../../common/display';
import type { Bi } from '../../../common/i18n';

/** A batch job as `getBatchStatus` reports it. */
export type BatchStatus = Response<'getBatchStatus'>;

/** Phases in which the job is still working (the page keeps polling). */
export const isRunning = (s: BatchStatus): boolean =>
  s.phase === 'starting' || s.phase === 'generating' || s.phase === 'saving' || (s.phase === 'done' && s.report === null);

/** A count with thousands separators, e.g. 12,000. */
export const formatCount = (n: number): string => formatNumber(Math.round(n));

/** Puts a number into a `{n}` placeholder in both languages. */
export const fillCount = (t: Bi, n: number): Bi => ({ en: t.en.replace('{n}', formatCount(n)), zh: t.zh.replace('{n}', formatCount(n)) });

/** A duration such as "about 1 min 5 s" / "約 1 分 5 秒"; under a second reads "under a second". */
export function formatDuration(seconds: number): Bi {
  if (!Number.isFinite(seconds) || seconds < 0) return { en: '—', zh: '—' };
  if (seconds < 1) return { en: 'under a second', zh: '少於一秒' };
  const total = Math.round(seconds);
  if (total < 60) return { en: `${total} s`, zh: `${total} 秒` };
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return { en: `${h} h ${m} min`, zh: `${h} 小時 ${m} 分` };
  return s === 0 ? { en: `${m} min`, zh: `${m} 分` } : { en: `${m} min ${s} s`, zh: `${m} 分 ${s} 秒` };
}

/** How long a finished batch took, with one decimal under a minute (e.g. "1.4 s"). */
export function formatElapsed(seconds: number): Bi {
  if (seconds < 60) return { en: `${seconds.toFixed(1)} s`, zh: `${seconds.toFixed(1)} 秒` };
  return formatDuration(seconds);
}

