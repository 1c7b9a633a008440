/**
 * Which key signed a code for which venue (migration 4). Every code the console issues — the venue page,
 * a poster PDF, a batch sticker — is recorded here, so that revoking a key can list the venues whose
 * posters need re-issuing. One row per key and venue: the first and last issue dates.
 */
import type { Statement } from 'better-sqlite3';
import type { VenueType } from '../../shared/venue/catalogue';
import type { Db } from '../db/open-database';

/** A venue that has (or had) a code signed by a given key. */
export interface SignedVenue {
  id: string;
  nameEn: string;
  nameZh: string;
  type: VenueType;
  status: 'active' | 'deactivated';
  /** The last Hong Kong date this key signed a code for the venue. */
  lastIssuedOn: string;
  /** The last date a key that is not revoked signed a new code for it since then; null while not re-issued. */
  reissuedOn: string | null;
}

interface SignedRow {
  id: string;
  name_en: string;
  name_zh: string;
  type: VenueType;
  status: 'active' | 'deactivated';
  last_issued_on: string;
  reissued_on: string | null;
}

/** Reads and writes the issued-codes record of one database. */
export class IssuedCodes {
  private readonly upsert: Statement<[string, string, string, string]>;

  constructor(private readonly db: Db) {
    // The WHERE keeps a repeat on the same day from writing anything.
    this.upsert = db.prepare(
      `INSERT INTO issued_codes (kid, venue_id, first_issued_on, last_issued_on) VALUES (?, ?, ?, ?)
       ON CONFLICT (kid, venue_id) DO UPDATE SET last_issued_on = excluded.last_issued_on
       WHERE excluded.last_issued_on > issued_codes.last_issued_on`,
    );
  }

  /** Records that `kid` signed a code for `venueId` on `issuedOn` (a Hong Kong date). */
  record(kid: string, venueId: string, issuedOn: string): void {
    this.upsert.run(kid, venueId, issuedOn, issuedOn);
  }

  /** Venues with a code signed by `kid`, by English name, each saying whether it has been re-issued since. */
  venuesSignedBy(kid: string): SignedVenue[] {
    const rows = this.db
      .prepare<[string], SignedRow>(
        `SELECT v.id, v.name_en, v.name_zh, v.type, v.status, i.last_issued_on,
                (SELECT MAX(o.last_issued_on) FROM issued_codes o JOIN signing_keys k ON k.kid = o.kid
                  WHERE o.venue_id = i.venue_id AND o.kid <> i.kid AND k.status <> 'revoked'
                    AND o.last_issued_on >= i.last_issued_on) AS reissued_on
           FROM issued_codes i JOIN venues v ON v.id = i.venue_id
          WHERE i.kid = ?
          ORDER BY v.name_en COLLATE NOCASE, v.id`,
      )
      .all(kid);
    return rows.map((r) => ({
      id: r.id,
      nameEn: r.name_en,
      nameZh: r.name_zh,
      type: r.type,
      status: r.status,
      lastIssuedOn: r.last_issued_on,
      reissuedOn: r.reissued_on,
    }));
  }
}
