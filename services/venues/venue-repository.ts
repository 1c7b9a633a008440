/** Venue storage: create, edit, deactivate, look up and search venues. Returns plain objects. */
import { AppFailure, fail } from '../../shared/errors';
import { fieldsError } from '../../shared/messages/errors';
import { venueDuplicateKey, validateVenueInput, type Venue, type VenueInput } from '../../shared/venue/venue';
import { newVenueId } from '../../shared/venue/venue-id';
import { normalisePlate, plateProblem, PLATE_PROBLEM_TEXT } from '../../shared/checkin/plate';
import type { Clock } from '../../shared/time/hk';
import type { Db } from '../db/open-database';
import { pooledRandomBytes } from './pooled-random-bytes';
import { shortTokenText, venueSearchText } from './search-text';
import { COLUMNS, toVenue, type VenueRow } from './venue-rows';
import { searchVenues, type VenuePage, type VenueQuery } from './venue-search';

export type { VenuePage, VenueQuery };

/** Dependencies of the venue repository. */
export interface VenueRepositoryDeps {
  db: Db;
  clock: Clock;
  randomBytes?: (n: number) => Uint8Array;
}

/** Venue storage over one database. Create it once per database; statements are prepared once. */
export class VenueRepository {
  private readonly db: Db;
  private readonly clock: Clock;
  private readonly randomBytes: (n: number) => Uint8Array;
  private readonly stmt;

  constructor(deps: VenueRepositoryDeps) {
    this.db = deps.db;
    this.clock = deps.clock;
    this.randomBytes = deps.randomBytes ?? pooledRandomBytes();
    const db = this.db;
    this.stmt = {
      get: db.prepare<[string], VenueRow>(`SELECT ${COLUMNS} FROM venues v WHERE v.id = ?`),
      rowid: db.prepare<[string], { rowid: number }>('SELECT seq AS rowid FROM venues WHERE id = ?'),
      byDupKey: db.prepare<[string], { id: string }>('SELECT id FROM venues WHERE dup_key = ? LIMIT 1'),
      insert: db.prepare(
        `INSERT INTO venues (id, name_en, name_zh, address_en, address_zh, district, type, contact_phone, contact_email, status, dup_key, created_at, updated_at)
         VALUES (@id, @nameEn, @nameZh, @addressEn, @addressZh, @district, @type, @contactPhone, @contactEmail, 'active', @dupKey, @now, @now)`,
      ),
      update: db.prepare(
        `UPDATE venues SET name_en = @nameEn, name_zh = @nameZh, address_en = @addressEn, address_zh = @addressZh,
           district = @district, type = @type, contact_phone = @contactPhone, contact_email = @contactEmail,
           dup_key = @dupKey, updated_at = @now WHERE id = @id`,
      ),
      setStatus: db.prepare('UPDATE venues SET status = ?, updated_at = ? WHERE id = ?'),
      ftsInsert: db.prepare('INSERT INTO venues_fts (rowid, text) VALUES (?, ?)'),
      ftsDelete: db.prepare('DELETE FROM venues_fts WHERE rowid = ?'),
      shortInsert: db.prepare('INSERT INTO venues_fts_short (rowid, text) VALUES (?, ?)'),
      shortDelete: db.prepare('DELETE FROM venues_fts_short WHERE rowid = ?'),
      idExists: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM venues WHERE id = ?'),
      taxiByPlate: db.prepare<[string], { id: string; status: string }>("SELECT id, status FROM venues WHERE type = 'taxi' AND name_en = ?"),
      insertTaxi: db.prepare(
        `INSERT INTO venues (id, name_en, name_zh, address_en, address_zh, district, type, status, dup_key, created_at, updated_at)
         VALUES (@id, @plate, @plate, @addressEn, @addressZh, NULL, 'taxi', 'active', @dupKey, @now, @now)`,
      ),
      deactivatedIds: db.prepare<[], { id: string }>("SELECT id FROM venues WHERE status = 'deactivated' ORDER BY id"),
    };
  }

  /** The venue with this id, or null. */
  get(id: string): Venue | null {
    const row = this.stmt.get.get(id);
    return row ? toVenue(row) : null;
  }

  /** The venue with this id, or a not-found failure. */
  require(id: string): Venue {
    const venue = this.get(id);
    if (!venue) fail('not-found', `No venue has the id ${id}.`, `找不到編號為 ${id} 的場所。`);
    return venue;
  }

  /** The id of a venue with the same names and address, if there is one (other than `exceptId`). */
  findDuplicate(input: Pick<VenueInput, 'nameEn' | 'nameZh' | 'addressEn'>, exceptId?: string): string | null {
    const row = this.stmt.byDupKey.get(venueDuplicateKey(input));
    return row && row.id !== exceptId ? row.id : null;
  }

  /** Validates and inserts a venue; refuses invalid fields and duplicates. */
  create(raw: unknown): Venue {
    const input = this.validate(raw);
    return this.db.transaction(() => this.insertValid(input)).immediate();
  }

  /** Inserts validated input inside the caller's transaction, refusing duplicates. Returns the new venue. */
  insertValid(input: VenueInput): Venue {
    const duplicate = this.findDuplicate(input);
    if (duplicate) this.duplicateFailure(duplicate);
    this.checkTaxi(input);
    const now = this.clock();
    const id = this.newId();
    const info = this.stmt.insert.run({ ...input, id, dupKey: venueDuplicateKey(input), now });
    this.index(Number(info.lastInsertRowid), venueSearchText({ ...input, id }));
    return this.require(id);
  }

  /** Validates and saves new values for an existing venue. */
  update(id: string, raw: unknown): Venue {
    const input = this.validate(raw);
    return this.db
      .transaction(() => {
        this.require(id);
        const duplicate = this.findDuplicate(input, id);
        if (duplicate) this.duplicateFailure(duplicate);
        this.checkTaxi(input, id);
        this.stmt.update.run({ ...input, id, dupKey: venueDuplicateKey(input), now: this.clock() });
        const rowid = this.stmt.rowid.get(id)?.rowid;
        this.stmt.ftsDelete.run(rowid);
        this.stmt.shortDelete.run(rowid);
        this.index(Number(rowid), venueSearchText({ ...input, id }));
        return this.require(id);
      })
      .immediate();
  }

  /** Deactivates or reactivates a venue. A deactivated venue's code is listed as revoked in the trust file. */
  setStatus(id: string, status: Venue['status']): Venue {
    return this.db
      .transaction(() => {
        this.require(id);
        this.stmt.setStatus.run(status, this.clock(), id);
        return this.require(id);
      })
      .immediate();
  }

  /** The taxi venue registered for a normalised plate, if any. */
  findTaxi(plate: string): { id: string; status: Venue['status'] } | null {
    const row = this.stmt.taxiByPlate.get(plate);
    return row ? { id: row.id, status: row.status === 'deactivated' ? 'deactivated' : 'active' } : null;
  }

  /** Every registered taxi by normalised plate (one query, for planning a batch). */
  taxisByPlate(): Map<string, { id: string; status: Venue['status'] }> {
    const out = new Map<string, { id: string; status: Venue['status'] }>();
    const rows = this.db.prepare<[], { plate: string; id: string; status: string }>("SELECT name_en AS plate, id, status FROM venues WHERE type = 'taxi'").raw().all() as unknown as [string, string, string][];
    for (const [plate, id, status] of rows) out.set(plate, { id, status: status === 'deactivated' ? 'deactivated' : 'active' });
    return out;
  }

  /** Whether an id is taken. */
  idTaken(id: string): boolean {
    return this.stmt.idExists.get(id) !== undefined;
  }

  /** A fresh venue id not yet in the database. */
  newId(): string {
    let id = newVenueId(this.randomBytes);
    while (this.idTaken(id)) id = newVenueId(this.randomBytes);
    return id;
  }

  /**
   * Inserts a taxi venue (name = normalised plate, no district) with a given id. The caller holds the
   * transaction (batch import writes all its taxis in one).
   */
  insertTaxi(t: { id: string; plate: string; companyEn: string; companyZh: string }): void {
    const now = this.clock();
    const addressEn = t.companyEn ? `Taxi · ${t.companyEn}` : 'Taxi';
    const addressZh = t.companyZh ? `的士 · ${t.companyZh}` : '的士';
    const info = this.stmt.insertTaxi.run({ id: t.id, plate: t.plate, addressEn, addressZh, dupKey: `taxi|${t.plate}`, now });
    const taxi: VenueInput = { nameEn: t.plate, nameZh: t.plate, addressEn, addressZh, district: null, type: 'taxi', contactPhone: null, contactEmail: null };
    this.index(Number(info.lastInsertRowid), venueSearchText({ ...taxi, id: t.id }));
  }

  /** Ids of all deactivated venues. */
  deactivatedIds(): string[] {
    return this.stmt.deactivatedIds.all().map((r) => r.id);
  }

  /** One page of venues matching a query and filters (see {@link searchVenues}). */
  search(q: VenueQuery): VenuePage {
    return searchVenues(this.db, q);
  }

  private index(rowid: number, text: string): void {
    this.stmt.ftsInsert.run(rowid, text);
    this.stmt.shortInsert.run(rowid, shortTokenText(text));
  }

  private validate(raw: unknown): VenueInput {
    const result = validateVenueInput(raw);
    if (!result.ok) {
      throw new AppFailure(fieldsError(result.issues));
    }
    if (result.value.type !== 'taxi') return result.value;
    // A taxi's English name is its registration mark, stored as the batch import stores it (AB1234).
    const problem = plateProblem(result.value.nameEn);
    if (problem) {
      const text = PLATE_PROBLEM_TEXT[problem];
      throw new AppFailure(
        fieldsError([{ field: 'nameEn', en: `For a taxi, the English name is the registration mark. ${text.en}`, zh: `的士的英文名稱為車牌號碼。${text.zh}` }]),
      );
    }
    return { ...result.value, nameEn: normalisePlate(result.value.nameEn) };
  }

  /** Refuses a second venue for a taxi plate. */
  private checkTaxi(input: VenueInput, exceptId?: string): void {
    if (input.type !== 'taxi') return;
    const existing = this.findTaxi(input.nameEn);
    if (existing && existing.id !== exceptId) this.duplicateFailure(existing.id);
  }

  private duplicateFailure(existingId: string): never {
    fail(
      'duplicate',
      `A venue with the same (or look-alike) names and address is already registered as ${existingId}.`,
      `已有相同（或字形相似）名稱及地址的場所登記，編號 ${existingId}。`,
      [
        {
          field: 'nameEn',
          en: `Already registered as venue ${existingId}.`,
          zh: `已登記為場所 ${existingId}。`,
        },
      ],
    );
  }
}
