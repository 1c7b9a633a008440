/** Venue storage: create, edit, deactivate, look up and search venues. Returns plain objects. */
import { randomBytes as nodeRandomBytes } from 'node:crypto';
import { fail } from '../../../../shared/errors';
import { DISTRICTS, venueTypeLabel, type District, type VenueType } from '../../../../shared/venue/catalogue';
import { venueDuplicateKey, validateVenueInput, type Venue, type VenueInput } from '../../../../shared/venue/venue';
import { newVenueId } from '../../../../shared/venue/venue-id';
import type { Clock } from '../../../../shared/time/hk';
import type { Db } from '../db/open-database';

interface VenueRow {
  id: string;
  name_en: string;
  name_zh: string;
  address_en: string;
  address_zh: string;
  district: string;
  type: string;
  contact_phone: string | null;
  contact_email: string | null;
  status: string;
  created_at: number;
  updated_at: number;
}

const COLUMNS =
  'v.id, v.name_en, v.name_zh, v.address_en, v.address_zh, v.district, v.type, v.contact_phone, v.contact_email, v.status, v.created_at, v.updated_at';

/** Converts a database row to a {@link Venue}. */
function toVenue(r: VenueRow): Venue {
  return {
    id: r.id,
    nameEn: r.name_en,
    nameZh: r.name_zh,
    addressEn: r.address_en,
    addressZh: r.address_zh,
    district: r.district as District,
    type: r.type as VenueType,
    contactPhone: r.contact_phone,
    contactEmail: r.contact_email,
    status: r.status === 'deactivated' ? 'deactivated' : 'active',
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The text the search index holds for a venue: id, both names, both addresses, district and type in both languages. */
export function venueSearchText(v: Pick<Venue, 'id' | 'district' | 'type'> & VenueInput): string {
  const type = venueTypeLabel(v.type);
  return [v.id, v.nameEn, v.nameZh, v.addressEn, v.addressZh, v.district, DISTRICTS[v.district], v.type, type.en, type.zh].join(' \u0001 ');
}

/** Search parameters for {@link searchVenues}. */
export interface VenueQuery {
  query: string;
  status: 'all' | 'active' | 'deactivated';
  type?: VenueType | undefined;
  district?: District | undefined;
  offset: number;
  limit: number;
}

/** A page of search results with the total number of matches. */
export interface VenuePage {
  total: number;
  items: Venue[];
}

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
    this.randomBytes = deps.randomBytes ?? ((n) => new Uint8Array(nodeRandomBytes(n)));
    const db = this.db;
    this.stmt = {
      get: db.prepare<[string], VenueRow>(`SELECT ${COLUMNS} FROM venues v WHERE v.id = ?`),
      rowid: db.prepare<[string], { rowid: number }>('SELECT rowid FROM venues WHERE id = ?'),
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
      idExists: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM venues WHERE id = ?'),
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
  findDuplicate(input: VenueInput, exceptId?: string): string | null {
    const row = this.stmt.byDupKey.get(venueDuplicateKey(input));
    return row && row.id !== exceptId ? row.id : null;
  }

  /** Validates and inserts a venue; refuses invalid fields and duplicates. */
  create(raw: unknown): Venue {
    const input = this.validate(raw);
    return this.db.transaction(() => this.insertValid(input)).immediate();
  }

  /**
   * Inserts already-validated input without the duplicate check, for callers that hold their own
   * transaction (batch import). Returns the new venue.
   */
  insertValid(input: VenueInput): Venue {
    const duplicate = this.findDuplicate(input);
    if (duplicate) this.duplicateFailure(duplicate);
    const now = this.clock();
    let id = newVenueId(this.randomBytes);
    while (this.stmt.idExists.get(id)) id = newVenueId(this.randomBytes);
    const info = this.stmt.insert.run({ ...input, id, dupKey: venueDuplicateKey(input), now });
    this.stmt.ftsInsert.run(info.lastInsertRowid, venueSearchText({ ...input, id }));
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
        this.stmt.update.run({ ...input, id, dupKey: venueDuplicateKey(input), now: this.clock() });
        const rowid = this.stmt.rowid.get(id)?.rowid;
        this.stmt.ftsDelete.run(rowid);
        this.stmt.ftsInsert.run(rowid, venueSearchText({ ...input, id }));
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

  /** Ids of all deactivated venues. */
  deactivatedIds(): string[] {
    return this.stmt.deactivatedIds.all().map((r) => r.id);
  }

  /** One page of venues matching a free-text query (any language's name, id, address, district, type) and filters. */
  search(q: VenueQuery): VenuePage {
    const where: string[] = [];
    const params: (string | number)[] = [];
    const tokens = q.query.normalize('NFC').trim().split(/\s+/).filter(Boolean).slice(0, 8);
    const long = tokens.filter((t) => [...t].length >= 3);
    const short = tokens.filter((t) => [...t].length < 3);
    if (tokens.length > 0) {
      const fts: string[] = [];
      const ftsParams: string[] = [];
      if (long.length > 0) {
        fts.push('venues_fts MATCH ?');
        ftsParams.push(long.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND '));
      }
      for (const t of short) {
        fts.push("text LIKE ? ESCAPE '\\'");
        ftsParams.push(`%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      }
      where.push(`v.rowid IN (SELECT rowid FROM venues_fts WHERE ${fts.join(' AND ')})`);
      params.push(...ftsParams);
    }
    if (q.status !== 'all') {
      where.push('v.status = ?');
      params.push(q.status);
    }
    if (q.type) {
      where.push('v.type = ?');
      params.push(q.type);
    }
    if (q.district) {
      where.push('v.district = ?');
      params.push(q.district);
    }
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.db.prepare<unknown[], { n: number }>(`SELECT count(*) AS n FROM venues v ${clause}`).get(...params)?.n ?? 0;
    const items = this.db
      .prepare<unknown[], VenueRow>(`SELECT ${COLUMNS} FROM venues v ${clause} ORDER BY v.name_en COLLATE NOCASE, v.id LIMIT ? OFFSET ?`)
      .all(...params, q.limit, q.offset)
      .map(toVenue);
    return { total, items };
  }

  private validate(raw: unknown): VenueInput {
    const result = validateVenueInput(raw);
    if (!result.ok) {
      fail('validation', 'Some fields need attention.', '部分欄位需要修正。', result.issues);
    }
    return result.value;
  }

  private duplicateFailure(existingId: string): never {
    fail(
      'duplicate',
      `A venue with the same names and address is already registered as ${existingId}.`,
      `已有相同名稱及地址的場所登記，編號 ${existingId}。`,
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
