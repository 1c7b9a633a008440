/**
 * What listing needs in memory: this operator's venues indexed for matching (rebuilt when the venue table
 * changes), and the current revision of every notice held, parsed once, with the venues it concerns
 * (matched lazily, again after the venues change).
 */
import { indexVenuesForNotices, matchNotice, type NoticeVenueMatch, type VenueMatchIndex } from '../../shared/notices/match-notices';
import type { Notice } from '../../shared/notices/notice';
import type { District } from '../../shared/venue/catalogue';
import type { NoticeStatements } from './notice-store';

/** The current revision of a notice as held. */
export interface CurrentNotice {
  notice: Notice;
  receivedAt: number;
  /** The first revision received (a later current one is a correction). */
  firstRevision: number;
  matches: NoticeVenueMatch[] | null;
}

/** Venue names for the views. */
export type VenueNames = Map<string, { nameEn: string; nameZh: string }>;

/** The in-memory index of venues and current notices. */
export class NoticeCache {
  private venueKey = '';
  private index: VenueMatchIndex | null = null;
  private names: VenueNames = new Map();
  private notices: Map<string, CurrentNotice> | null = null;

  constructor(private readonly stmt: NoticeStatements) {}

  /** The venues indexed for matching, rebuilt (and every notice re-matched) when the venue table changed. */
  venues(): { index: VenueMatchIndex; names: VenueNames } {
    const v = this.stmt.venueVersion.get();
    const key = `${v?.n ?? 0}:${v?.u ?? 0}:${v?.s ?? 0}`;
    if (!this.index || key !== this.venueKey) {
      const rows = this.stmt.venues.all();
      this.names = new Map(rows.map((r) => [r.id, { nameEn: r.name_en, nameZh: r.name_zh }]));
      this.index = indexVenuesForNotices(
        rows.map((r) => ({ id: r.id, type: r.type, nameEn: r.name_en, addressEn: r.address_en, addressZh: r.address_zh, district: r.district as District | null })),
      );
      this.venueKey = key;
      if (this.notices) for (const c of this.notices.values()) c.matches = null;
    }
    return { index: this.index, names: this.names };
  }

  /** Every notice's current revision, loaded from the database the first time. */
  current(): Map<string, CurrentNotice> {
    if (!this.notices) {
      const first = new Map(this.stmt.minRevisions.all().map((r) => [r.id, r.revision]));
      this.notices = new Map();
      for (const row of this.stmt.currentRevisions.all()) {
        this.notices.set(row.id, { notice: JSON.parse(row.document) as Notice, receivedAt: row.received_at, firstRevision: first.get(row.id) ?? row.revision, matches: null });
      }
    }
    return this.notices;
  }

  /** The venues a held notice concerns (matched now if the venues changed since `index` was taken from {@link venues}). */
  matchesOf(entry: CurrentNotice, index: VenueMatchIndex): NoticeVenueMatch[] {
    entry.matches ??= matchNotice(entry.notice, index);
    return entry.matches;
  }

  /** Records a new current revision (after it is stored). */
  put(notice: Notice, receivedAt: number, matches: NoticeVenueMatch[]): void {
    const map = this.current();
    const before = map.get(notice.id);
    map.set(notice.id, { notice, receivedAt, firstRevision: before?.firstRevision ?? notice.revision, matches });
  }

  /** Forgets an erased notice. */
  drop(id: string): void {
    this.notices?.delete(id);
  }

  /** Forgets everything (reloaded on the next use). */
  reset(): void {
    this.notices = null;
  }
}
