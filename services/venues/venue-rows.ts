/** How a venue row reads from the database: the columns selected and the conversion to a {@link Venue}. */
import type { District, VenueType } from '../../shared/venue/catalogue';
import type { Venue } from '../../shared/venue/venue';

/** A row of `venues` as selected by {@link COLUMNS}. */
export interface VenueRow {
  id: string;
  name_en: string;
  name_zh: string;
  address_en: string;
  address_zh: string;
  district: string | null;
  type: string;
  contact_phone: string | null;
  contact_email: string | null;
  status: string;
  created_at: number;
  updated_at: number;
}

/** The columns every venue query selects (table alias `v`). */
export const COLUMNS =
  'v.id, v.name_en, v.name_zh, v.address_en, v.address_zh, v.district, v.type, v.contact_phone, v.contact_email, v.status, v.created_at, v.updated_at';

/** Converts a database row to a {@link Venue}. */
export function toVenue(r: VenueRow): Venue {
  return {
    id: r.id,
    nameEn: r.name_en,
    nameZh: r.name_zh,
    addressEn: r.address_en,
    addressZh: r.address_zh,
    district: r.district as District | null,
    type: r.type as VenueType,
    contactPhone: r.contact_phone,
    contactEmail: r.contact_email,
    status: r.status === 'deactivated' ? 'deactivated' : 'active',
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

