/**
 * The visit diary as pure functions over an immutable list of visits: check in, leave, auto-leave and
 * retention. `VisitDiary` wraps these with a clock; a phone can also call them directly from a state store.
 */
import { DEFAULT_AUTO_LEAVE_MS, applyAutoLeave, autoLeaveAt, closeVisit } from './auto-leave';
import { isRetained } from './retention';
import { placeKey, type Place, type Visit } from './visit';

/** Settings of a diary. */
export interface DiarySettings {
  /** How long an open visit lasts after its latest scan before it ends by itself (still capped at HK midnight). */
  autoLeaveMs: number;
}

/** The default settings: auto-leave after 4 hours. */
export const DEFAULT_DIARY_SETTINGS: DiarySettings = { autoLeaveMs: DEFAULT_AUTO_LEAVE_MS };

/** The outcome of a check-in: the new visit list, the open visit, and whether it was a re-scan of the open visit. */
export interface CheckInResult {
  visits: readonly Visit[];
  visit: Visit;
  rescan: boolean;
}

/** The outcome of leaving: the new visit list and the visit that was closed (null when none was open). */
export interface LeaveResult {
  visits: readonly Visit[];
  visit: Visit | null;
}

/** The latest instant the diary has recorded (any check-in, check-out or re-scan); -Infinity when empty. */
export function latestRecorded(visits: readonly Visit[]): number {
  let latest = -Infinity;
  for (const v of visits) latest = Math.max(latest, v.checkIn, v.checkOut ?? -Infinity, v.rescannedAt ?? -Infinity);
  return latest;
}

/**
 * The time the diary acts at: the clock, or the latest recorded instant if the clock is behind it (a phone's
 * clock was set back), so new entries never land before or inside existing ones.
 */
export function diaryNow(visits: readonly Visit[], clockNow: number): number {
  return Math.max(clockNow, latestRecorded(visits));
}

/**
 * The visits as they stand at `now`: older than 31 days erased, open visits past their auto-leave time closed,
 * sorted by check-in, and (for state loaded from elsewhere) any overlap cut at the next check-in so that at most
 * the last visit is open and no two overlap.
 */
export function settleVisits(visits: readonly Visit[], now: number, settings: DiarySettings = DEFAULT_DIARY_SETTINGS): Visit[] {
  const kept = visits.filter((v) => isRetained(v, now)).sort((a, b) => a.checkIn - b.checkIn);
  const out: Visit[] = [];
  for (let i = 0; i < kept.length; i++) {
    let visit = applyAutoLeave(kept[i] as Visit, now, settings.autoLeaveMs);
    const next = kept[i + 1];
    if (next) {
      const end = visit.checkOut ?? autoLeaveAt(visit, settings.autoLeaveMs);
      if (visit.checkOut === null || end > next.checkIn) visit = closeVisit(visit, Math.min(end, next.checkIn));
    }
    out.push(visit);
  }
  return out;
}

/** The open visit at `now` (the person has not left and auto-leave has not ended it), or null. */
export function openVisit(visits: readonly Visit[], now: number, settings: DiarySettings = DEFAULT_DIARY_SETTINGS): Visit | null {
  const last = settleVisits(visits, now, settings).at(-1);
  return last && last.checkOut === null ? last : null;
}

/**
 * Checks in to a place at `clockNow`. Scanning the place of the open visit keeps that one visit (and restarts
 * its auto-leave period); checking in elsewhere closes the open visit at the new check-in time.
 */
export function checkInAt(
  visits: readonly Visit[],
  place: Place,
  clockNow: number,
  settings: DiarySettings = DEFAULT_DIARY_SETTINGS,
): CheckInResult {
  const now = diaryNow(visits, clockNow);
  const settled = settleVisits(visits, now, settings);
  const last = settled.at(-1);
  if (last && last.checkOut === null) {
    if (placeKey(last) === placeKey(place)) {
      const visit: Visit = now > last.checkIn ? { ...last, rescannedAt: now } : last;
      return { visits: [...settled.slice(0, -1), visit], visit, rescan: true };
    }
    settled[settled.length - 1] = closeVisit(last, now);
  }
  const visit: Visit = { ...place, checkIn: now, checkOut: null };
  return { visits: [...settled, visit], visit, rescan: false };
}

/** Leaves the open visit at `clockNow`; nothing changes (but retention and auto-leave) when no visit is open. */
export function leaveAt(visits: readonly Visit[], clockNow: number, settings: DiarySettings = DEFAULT_DIARY_SETTINGS): LeaveResult {
  const now = diaryNow(visits, clockNow);
  const settled = settleVisits(visits, now, settings);
  const last = settled.at(-1);
  if (!last || last.checkOut !== null) return { visits: settled, visit: null };
  const visit = closeVisit(last, now);
  settled[settled.length - 1] = visit;
  return { visits: settled, visit };
}
