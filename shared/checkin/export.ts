/** Export of the diary (all of it, or the Hong Kong dates a person chooses) as JSON for upload to a Health Code service. */
import { err, ok, type Result } from '../errors';
import { hkDayStartMs, isoDateToDayNumber } from '../time/hk';
import { DEFAULT_DIARY_SETTINGS, settleVisits, type DiarySettings } from './diary';
import { formatHkIso } from './iso-time';
import { toVisitJson, type VisitJson } from './visit-json';
import type { Visit } from './visit';

/** The `format` tag of a diary export. */
export const DIARY_EXPORT_FORMAT = 'venue-console-visits';

/** Hong Kong calendar dates, both inclusive, `YYYY-MM-DD`. */
export interface DateRange {
  from: string;
  to: string;
}

/** A diary export document. `visits` has the same shape the `match` and `health-code` commands read. */
export interface DiaryExport {
  format: typeof DIARY_EXPORT_FORMAT;
  version: 1;
  exportedAt: string;
  range: DateRange | null;
  visits: VisitJson[];
}

/**
 * Exports the visits as they stand at `now` (retention and auto-leave applied). With a range, a visit is included
 * when any part of it falls on those Hong Kong dates (a visit that only touches the range's start is left out).
 */
export function exportVisits(
  visits: readonly Visit[],
  now: number,
  range?: DateRange,
  settings: DiarySettings = DEFAULT_DIARY_SETTINGS,
): Result<DiaryExport> {
  let chosen = settleVisits(visits, now, settings);
  if (range) {
    const fromDay = isoDateToDayNumber(range.from);
    const toDay = isoDateToDayNumber(range.to);
    if (fromDay === null || toDay === null || toDay < fromDay) {
      return err({
        code: 'validation',
        message: 'Choose a date range with a start date on or before the end date.',
        messageZh: '請選擇開始日期不遲於結束日期的日期範圍。',
        fields: [{ field: 'range', en: 'The date range is not valid.', zh: '日期範圍無效。' }],
      });
    }
    const start = hkDayStartMs(fromDay);
    const end = hkDayStartMs(toDay + 1);
    chosen = chosen.filter((v) => {
      const out = v.checkOut ?? now;
      return v.checkIn < end && (out > start || v.checkIn >= start);
    });
  }
  return ok({
    format: DIARY_EXPORT_FORMAT,
    version: 1,
    exportedAt: formatHkIso(now),
    range: range ? { from: range.from, to: range.to } : null,
    visits: chosen.map(toVisitJson),
  });
}
