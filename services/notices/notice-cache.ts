/**
 * What listing needs in memory: this operator's venues indexed for matching (a new index when the venue table
 * changes, each part read from the database when first needed), and the current revision of every notice
 * held, parsed once, with the venues it concerns (matched lazily, again after the venues change).
 */
import { matchNotice, VenueMatchIndex, type NoticeVenueMatch } from '../../shared/notices/match-notices';
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

/** Venue names for the views, by id. */
export interface VenueNames {
  get(id: string): { nameEn: string; nameZh: string } | undefined;
}

/** This operator's venues for matching, their names, and the key of the venue table they were read from. */
export interface Venues {
  index: VenueMatchIndex;
  names: VenueNames;
  key: string;
}

/** The in-memory index of venues and current notices. */
export class NoticeCache {
  private venueKey = '';
  private index: VenueMatchIndex | null = null;
  private readonly names: VenueNames;
  private notices: Map<string, CurrentNotice> | null = null;

  constructor(private readonly stmt: NoticeStatements) {
    this.names = {
      get: (id) => {
        const row = stmt.venueName.get(id);
        return row ? { nameEn: row.name_en, nameZh: row.name_zh } : undefined;
      },
    };
  }

  /** The venues indexed for matching; a new index (and every held notice matched again) when the venue table changed. */
  venues(): Venues {
    const key = this.stmt.venueKey.get() as string;
    if (!this.index || key !== this.venueKey) {
      const stmt = this.stmt;
      this.index = new VenueMatchIndex({
        ids: () => stmt.venueIds.all(),
        taxis: () => stmt.taxis.all(),
        places: () => stmt.places.all().map((p) => ({ district: p.district as District, ids: p.ids.split(' '), text: p.text })),
      });
      this.venueKey = key;
      if (this.notices) for (const c of this.notices.values()) c.matches = null;
    }
    return { index: this.index, names: this.names, key };
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
