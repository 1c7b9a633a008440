/** The binary venue record inside a v1 venue code: what is signed, laid out byte by byte (see docs/qr-format.md). */
import { venueTypeCode, venueTypeFromCode, type VenueType } from '../venue/catalogue';
import { isValidVenueId } from '../venue/venue-id';
import { dayNumberToIsoDate, isoDateToDayNumber } from '../time/hk';
import { concatBytes, fromHex, fromUtf8, toHex, utf8 } from './bytes';

/** Bytes in a key id. */
export const KID_BYTES = 8;
/** Bytes in an Ed25519 signature. */
export const SIGNATURE_BYTES = 64;

/** The fields a venue code carries. */
export interface VenueCodeRecord {
  /** 16 hex characters: the first 8 bytes of SHA-256 of the signer's public key. */
  kid: string;
  /** Hong Kong date the code was issued, `YYYY-MM-DD`. */
  issuedOn: string;
  venueId: string;
  type: VenueType;
  nameEn: string;
  nameZh: string;
}

/** Why a record could not be laid out (the fields are out of range). */
export class RecordRangeError extends RangeError {}

function field(bytes: Uint8Array, name: string): Uint8Array {
  if (bytes.length > 255) throw new RecordRangeError(`${name} is longer than 255 bytes`);
  return concatBytes(Uint8Array.of(bytes.length), bytes);
}

/** Lays out a record as bytes (without the signature). Throws {@link RecordRangeError} on out-of-range fields. */
export function encodeRecord(r: VenueCodeRecord): Uint8Array {
  const kid = fromHex(r.kid);
  if (!kid || kid.length !== KID_BYTES) throw new RecordRangeError('kid must be 16 hex characters');
  const day = isoDateToDayNumber(r.issuedOn);
  if (day === null || day < 0 || day > 0xffff) throw new RecordRangeError('issuedOn must be a date from 1970 to 2149');
  if (!isValidVenueId(r.venueId)) throw new RecordRangeError('venueId is not a valid venue id');
  const type = venueTypeCode(r.type);
  if (type < 0) throw new RecordRangeError('unknown venue type');
  return concatBytes(
    kid,
    Uint8Array.of(day >> 8, day & 0xff, type),
    field(utf8(r.venueId), 'venueId'),
    field(utf8(r.nameEn), 'nameEn'),
    field(utf8(r.nameZh), 'nameZh'),
  );
}

/** Splits record bytes back into fields; null when the bytes are not a well-formed v1 record. */
export function decodeRecord(bytes: Uint8Array): VenueCodeRecord | null {
  let at = 0;
  const take = (n: number): Uint8Array | null => {
    if (at + n > bytes.length) return null;
    const out = bytes.subarray(at, at + n);
    at += n;
    return out;
  };
  const takeField = (): string | null => {
    const len = take(1);
    if (!len) return null;
    const raw = take(len[0] as number);
    return raw ? fromUtf8(raw) : null;
  };
  const kid = take(KID_BYTES);
  const fixed = take(3);
  if (!kid || !fixed) return null;
  const type = venueTypeFromCode(fixed[2] as number);
  const venueId = takeField();
  const nameEn = takeField();
  const nameZh = takeField();
  if (type === null || venueId === null || nameEn === null || nameZh === null) return null;
  if (at !== bytes.length || !isValidVenueId(venueId) || nameEn === '' || nameZh === '') return null;
  return {
    kid: toHex(kid),
    issuedOn: dayNumberToIsoDate(((fixed[0] as number) << 8) | (fixed[1] as number)),
    venueId,
    type,
    nameEn,
    nameZh,
  };
}
