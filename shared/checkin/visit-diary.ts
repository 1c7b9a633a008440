/** The visit diary with an injected clock: check in, leave, read and export, erasing visits older than 31 days on every call. */
import { err, ok, type Result } from '../errors';
import type { VenueCodeRecord } from '../qr/record';
import type { Clock } from '../time/hk';
import { parseVisitList } from '../consumer/parse';
import { DEFAULT_DIARY_SETTINGS, checkInAt, leaveAt, settleVisits, type CheckInResult, type DiarySettings } from './diary';
import { exportVisits, type DateRange, type DiaryExport } from './export';
import { displayPlate, isValidPlate } from './plate';
import { toVisitJson, type VisitJson } from './visit-json';
import type { Place, Visit, VenuePlace } from './visit';

/** What a diary is made from. */
export interface VisitDiaryOptions {
  clock: Clock;
  /** Auto-leave period in ms; default 4 hours. Must be positive. */
  autoLeaveMs?: number;
  /** Visits to start from (e.g. loaded from the phone's storage). */
  visits?: readonly Visit[];
}

/** The outcome of a check-in through the diary. */
export type DiaryCheckIn = Omit<CheckInResult, 'visits'>;

/**
 * The place a verified code stands for: its venue (id and names); or, for a code of type `taxi` whose English
 * name is a registration mark (optionally after the word "Taxi"), that taxi by plate, so plate exposures match it.
 */
export function placeFromRecord(record: VenueCodeRecord): Place {
  if (record.type === 'taxi') {
    const plate = record.nameEn.replace(/^\s*taxi\b\s*/i, '');
    if (isValidPlate(plate)) return { kind: 'taxi', plate: displayPlate(plate) };
  }
  const venue: VenuePlace = { kind: 'venue', venueId: record.venueId, nameEn: record.nameEn, nameZh: record.nameZh };
  return venue;
}

/**
 * A visit diary. State is an immutable list of visits replaced on every change; `toJson()`/`fromJson()` move it
 * to and from storage in the JSON visit shape. Every read and write first applies auto-leave and retention.
 */
export class VisitDiary {
  readonly settings: DiarySettings;
  private readonly clock: Clock;
  private state: readonly Visit[];

  constructor(options: VisitDiaryOptions) {
    const autoLeaveMs = options.autoLeaveMs ?? DEFAULT_DIARY_SETTINGS.autoLeaveMs;
    if (!(autoLeaveMs > 0) || !Number.isFinite(autoLeaveMs)) throw new RangeError('autoLeaveMs must be a positive number of ms');
    this.settings = { autoLeaveMs };
    this.clock = options.clock;
    this.state = settleVisits(options.visits ?? [], this.clock(), this.settings);
  }

  /** A diary from stored JSON (an array of visits or a diary export); overlapping stored visits are cut apart. */
  static fromJson(raw: unknown, options: Omit<VisitDiaryOptions, 'visits'>): Result<VisitDiary> {
    const parsed = parseVisitList(raw);
    return parsed.ok ? ok(new VisitDiary({ ...options, visits: parsed.value })) : parsed;
  }

  /** The visits kept at the clock's time, oldest first; only the last may be open. */
  visits(): readonly Visit[] {
    this.state = settleVisits(this.state, this.clock(), this.settings);
    return this.state;
  }

  /** The open visit, or null. */
  current(): Visit | null {
    const last = this.visits().at(-1);
    return last && last.checkOut === null ? last : null;
  }

  /** Checks in to a place (see {@link checkInAt}: a re-scan of the open place keeps one visit). */
  checkIn(place: Place): DiaryCheckIn {
    const result = checkInAt(this.state, place, this.clock(), this.settings);
    this.state = result.visits;
    return { visit: result.visit, rescan: result.rescan };
  }

  /** Checks in to the place of a verified code (the `venue` of a successful `verifyCode`; see {@link placeFromRecord}). */
  checkInVenue(record: VenueCodeRecord): DiaryCheckIn {
    return this.checkIn(placeFromRecord(record));
  }

  /** Checks in to a taxi by its registration mark, typed or scanned; refuses text that is not a plate. */
  checkInTaxi(plate: string): Result<DiaryCheckIn> {
    if (!isValidPlate(plate)) {
      return err({
        code: 'validation',
        message: 'Enter the taxi registration mark, e.g. AB 1234.',
        messageZh: '請輸入的士車牌號碼，例如 AB 1234。',
        fields: [{ field: 'plate', en: 'Not a registration mark.', zh: '不是有效的車牌號碼。' }],
      });
    }
    return ok(this.checkIn({ kind: 'taxi', plate: displayPlate(plate) }));
  }

  /** Leaves the open visit now; returns the closed visit, or null when none was open. */
  leave(): Visit | null {
    const result = leaveAt(this.state, this.clock(), this.settings);
    this.state = result.visits;
    return result.visit;
  }

  /** The visits in the JSON visit shape, for storage. */
  toJson(): VisitJson[] {
    return this.visits().map(toVisitJson);
  }

  /** An export of the whole diary, or of the Hong Kong dates in `range`, for upload to a Health Code service. */
  exportJson(range?: DateRange): Result<DiaryExport> {
    const now = this.clock();
    this.state = settleVisits(this.state, now, this.settings);
    return exportVisits(this.state, now, range, this.settings);
  }
}
