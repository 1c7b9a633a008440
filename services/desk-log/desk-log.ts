/**
 * The desk log: one row per scan — HMAC of the pass id, time, verdict, venue, desk — kept 31 days. Counts
 * for the scanner and the venue page, a summary by venue, hour and verdict, and the entries inside a notice's
 * windows for an export to the health authority. Nothing personal is ever stored.
 */
import { DAY_MS } from '../../shared/checkin/iso-time';
import { DESK_VERDICTS, emptyCounts, type DeskVerdict, type VerdictCounts } from '../../shared/health-code/desk-verdict';
import { HK_OFFSET_MS, hkDayNumber, hkDayStartMs, type Clock } from '../../shared/time/hk';
import type { Db } from '../db/open-database';

/** The Hong Kong hour of day (0–23) of an instant. */
export const hkHourOf = (ms: number): number => Math.floor((ms + HK_OFFSET_MS) / 3_600_000) % 24;

/** How long a scan is kept: 31 days after it. */
export const DESK_LOG_RETENTION_MS = 31 * DAY_MS;

/** A scan to record. `passHmac` is null when the text could not be read as a pass. */
export interface DeskScan {
  at: number;
  verdict: DeskVerdict;
  venueId: string;
  deskId: string;
  passHmac: string | null;
}

/** A stored entry, as exported. */
export interface DeskLogEntry {
  scannedAt: number;
  verdict: DeskVerdict;
  venueId: string;
  deskId: string;
  passHmac: string | null;
}

/** Counts by venue, Hong Kong hour of day and verdict. */
export interface DeskLogSummary {
  total: number;
  byVerdict: VerdictCounts;
  byVenue: Record<string, { total: number; byVerdict: VerdictCounts }>;
  /** Keys `00`…`23` (Hong Kong time), only hours with scans. */
  byHour: Record<string, number>;
}

const isVerdict = (v: string): v is DeskVerdict => (DESK_VERDICTS as readonly string[]).includes(v);

/** The desk log over one database. */
export class DeskLog {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Records one scan. */
  record(scan: DeskScan): void {
    this.db
      .prepare('INSERT INTO desk_scans (scanned_at, verdict, venue_id, desk_id, pass_hmac, hk_hour) VALUES (?, ?, ?, ?, ?, ?)')
      .run(scan.at, scan.verdict, scan.venueId, scan.deskId, scan.passHmac, hkHourOf(scan.at));
  }

  /** Today's (Hong Kong day of `now`) counts by verdict, for one venue or all. */
  todayCounts(venueId: string | null, now = this.clock()): VerdictCounts {
    const from = hkDayStartMs(hkDayNumber(now));
    return this.summary({ from, until: from + DAY_MS, ...(venueId ? { venueId } : {}) }).byVerdict;
  }

  /** Counts in `[from, until)` (default: everything kept). */
  summary(range: { from?: number; until?: number; venueId?: string } = {}): DeskLogSummary {
    const from = range.from ?? 0;
    const until = range.until ?? Number.MAX_SAFE_INTEGER;
    const venue = range.venueId ?? null;
    const where = 'scanned_at >= ? AND scanned_at < ? AND (? IS NULL OR venue_id = ?)';
    type Args = [number, number, string | null, string | null];
    const args: Args = [from, until, venue, venue];
    const out: DeskLogSummary = { total: 0, byVerdict: emptyCounts(), byVenue: {}, byHour: {} };
    // Counts by venue, verdict and Hong Kong hour together, folded here. Without a time range the covering index
    // (migration 9) is walked in order: no sort, ≈ 100,000 scans in a few ms; a range uses the time index.
    type Row = { venue_id: string; verdict: string; hour: number; n: number };
    const whole = range.from === undefined && range.until === undefined;
    const rows = whole
      ? this.db
          .prepare<[string | null, string | null], Row>('SELECT venue_id, verdict, hk_hour AS hour, count(*) AS n FROM desk_scans WHERE (? IS NULL OR venue_id = ?) GROUP BY venue_id, verdict, hk_hour')
          .all(venue, venue)
      : this.db.prepare<Args, Row>(`SELECT venue_id, verdict, hk_hour AS hour, count(*) AS n FROM desk_scans WHERE ${where} GROUP BY venue_id, verdict, hk_hour`).all(...args);
    for (const r of rows) {
      if (!isVerdict(r.verdict)) continue;
      out.total += r.n;
      out.byVerdict[r.verdict] += r.n;
      const v = (out.byVenue[r.venue_id] ??= { total: 0, byVerdict: emptyCounts() });
      v.total += r.n;
      v.byVerdict[r.verdict] += r.n;
      const hour = String(r.hour).padStart(2, '0');
      out.byHour[hour] = (out.byHour[hour] ?? 0) + r.n;
    }
    return out;
  }

  /** The entries of `venueIds` inside any of `windows` (half-open, epoch ms), oldest first. */
  entriesIn(venueIds: readonly string[], windows: readonly { from: number; until: number }[]): DeskLogEntry[] {
    if (venueIds.length === 0 || windows.length === 0) return [];
    const venues = new Set(venueIds);
    const stmt = this.db.prepare<[number, number], { id: number; scanned_at: number; verdict: string; venue_id: string; desk_id: string; pass_hmac: string | null }>(
      'SELECT id, scanned_at, verdict, venue_id, desk_id, pass_hmac FROM desk_scans WHERE scanned_at >= ? AND scanned_at < ? ORDER BY scanned_at, id',
    );
    const seen = new Set<number>(); // overlapping windows list a scan once
    const out: DeskLogEntry[] = [];
    for (const w of windows) {
      for (const r of stmt.all(w.from, w.until)) {
        if (!venues.has(r.venue_id) || !isVerdict(r.verdict) || seen.has(r.id)) continue;
        seen.add(r.id);
        out.push({ scannedAt: r.scanned_at, verdict: r.verdict, venueId: r.venue_id, deskId: r.desk_id, passHmac: r.pass_hmac });
      }
    }
    return out.sort((a, b) => a.scannedAt - b.scannedAt);
  }

  /** Erases scans older than 31 days before `now`; returns how many. */
  erase(now = this.clock()): number {
    return this.db.prepare('DELETE FROM desk_scans WHERE scanned_at < ?').run(now - DESK_LOG_RETENTION_MS).changes;
  }

  /** Whether any scan was ever logged for a venue (a venue "has a desk"). */
  hasDesk(venueId: string): boolean {
    return this.db.prepare('SELECT 1 FROM desk_scans WHERE venue_id = ? LIMIT 1').get(venueId) !== undefined;
  }
}
