/**
 * The Health Code pass: `HC1:` + decimal digits (QR numeric mode, like venue codes) encoding a binary record
 * ‖ an Ed25519 signature by the authority's `health-code` key over `HC1:` ‖ record. The record carries no
 * name and no ID number: a random pass id, the colour, the Hong Kong date it is valid for, the holder's
 * initials and day/month of birth (to match an ID document at the desk), the issue time and the key id.
 * Layout byte by byte in docs/health-code-pass.md.
 */
import { concatBytes, fromHex, toHex, utf8 } from '../qr/bytes';
import { bytesToDigits, digitsToBytes } from '../qr/digits';
import { KID_BYTES, SIGNATURE_BYTES } from '../qr/record';
import { dayNumberToIsoDate, isoDateToDayNumber } from '../time/hk';
import type { HealthCodeColour } from './rules';

/** The pass format version this module writes. */
export const PASS_VERSION = 1;
/** The text every v1 pass starts with. */
export const PASS_PREFIX = `HC${PASS_VERSION}:`;
/** Bytes in a pass id. */
export const PASS_ID_BYTES = 8;
/** Most letters in the holder's initials. */
export const INITIALS_MAX = 4;

const COLOURS: readonly HealthCodeColour[] = ['green', 'amber', 'red'];

/** What a pass says. */
export interface PassRecord {
  /** 16 hex characters: random, unique per pass. */
  passId: string;
  colour: HealthCodeColour;
  /** The Hong Kong date the pass is valid for, `YYYY-MM-DD` (until 23:59:59 HKT). */
  validOn: string;
  /** 1–4 letters A–Z. */
  initials: string;
  /** Day and month of birth, `DD-MM`. */
  birthDayMonth: string;
  /** Issue time, epoch seconds. */
  issuedAt: number;
  /** The signing key's id (16 hex). */
  kid: string;
}

/** Why a record cannot be laid out. */
export class PassRangeError extends RangeError {}

/** `DD-MM` → [day, month], or null when it is not a day that exists in some year (29-02 is allowed). */
export function parseBirthDayMonth(text: string): [number, number] | null {
  const m = /^(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days ? [day, month] : null;
}

/** The signed bytes of a record (without the signature). Throws {@link PassRangeError} on out-of-range fields. */
export function encodePassRecord(r: PassRecord): Uint8Array {
  const passId = fromHex(r.passId);
  if (!passId || passId.length !== PASS_ID_BYTES) throw new PassRangeError('passId must be 16 hex characters');
  const colour = COLOURS.indexOf(r.colour);
  if (colour < 0) throw new PassRangeError('unknown colour');
  const day = isoDateToDayNumber(r.validOn);
  if (day === null || day < 0 || day > 0xffff) throw new PassRangeError('validOn must be a date from 1970 to 2149');
  if (!/^[A-Z]{1,4}$/.test(r.initials)) throw new PassRangeError(`initials must be 1–${INITIALS_MAX} letters A–Z`);
  const birth = parseBirthDayMonth(r.birthDayMonth);
  if (!birth) throw new PassRangeError('birthDayMonth must be DD-MM');
  if (!Number.isInteger(r.issuedAt) || r.issuedAt < 0 || r.issuedAt > 0xffffffff) throw new PassRangeError('issuedAt must be epoch seconds');
  const kid = fromHex(r.kid);
  if (!kid || kid.length !== KID_BYTES) throw new PassRangeError('kid must be 16 hex characters');
  const t = r.issuedAt;
  return concatBytes(
    Uint8Array.of(PASS_VERSION),
    passId,
    Uint8Array.of(colour, day >> 8, day & 0xff, r.initials.length),
    utf8(r.initials),
    Uint8Array.of(birth[0], birth[1], (t >>> 24) & 0xff, (t >>> 16) & 0xff, (t >>> 8) & 0xff, t & 0xff),
    kid,
  );
}

/** Reads record bytes; null when they are not a well-formed v1 record. */
export function decodePassRecord(bytes: Uint8Array): PassRecord | null {
  if (bytes.length < 1 + PASS_ID_BYTES + 4) return null;
  const n = bytes[1 + PASS_ID_BYTES + 3] as number;
  const expected = 1 + PASS_ID_BYTES + 4 + n + 6 + KID_BYTES;
  if (bytes[0] !== PASS_VERSION || n < 1 || n > INITIALS_MAX || bytes.length !== expected) return null;
  let at = 1 + PASS_ID_BYTES;
  const colour = COLOURS[bytes[at] as number];
  const day = ((bytes[at + 1] as number) << 8) | (bytes[at + 2] as number);
  at += 4;
  const initials = String.fromCharCode(...bytes.subarray(at, at + n));
  at += n;
  const birth = `${String(bytes[at]).padStart(2, '0')}-${String(bytes[at + 1]).padStart(2, '0')}`;
  const issuedAt = (((bytes[at + 2] as number) << 24) >>> 0) + ((bytes[at + 3] as number) << 16) + ((bytes[at + 4] as number) << 8) + (bytes[at + 5] as number);
  at += 6;
  if (!colour || !/^[A-Z]{1,4}$/.test(initials) || !parseBirthDayMonth(birth)) return null;
  return {
    passId: toHex(bytes.subarray(1, 1 + PASS_ID_BYTES)),
    colour,
    validOn: dayNumberToIsoDate(day),
    initials,
    birthDayMonth: birth,
    issuedAt,
    kid: toHex(bytes.subarray(at, at + KID_BYTES)),
  };
}

/** The bytes a v1 pass signature covers. */
export function passSignedMessage(recordBytes: Uint8Array): Uint8Array {
  return concatBytes(utf8(PASS_PREFIX), recordBytes);
}

/** Builds pass text, signing with `sign` (the authority's health-code key; it never leaves its process). */
export function buildPassText(record: PassRecord, sign: (message: Uint8Array) => Uint8Array): string {
  const recordBytes = encodePassRecord(record);
  const signature = sign(passSignedMessage(recordBytes));
  if (signature.length !== SIGNATURE_BYTES) throw new PassRangeError('signature must be 64 bytes');
  return PASS_PREFIX + bytesToDigits(concatBytes(recordBytes, signature));
}

/** A pass taken apart, before any trust decision. */
export type PassParse =
  | { ok: true; record: PassRecord; recordBytes: Uint8Array; signature: Uint8Array }
  | { ok: false; reason: 'malformed' | 'unsupported-version'; detail: string };

/** Takes pass text apart; surrounding white space (a wedge scanner's Enter) is ignored. */
export function parsePassText(input: string): PassParse {
  const text = input.trim();
  const head = /^HC(\d+):/.exec(text);
  if (!head) return { ok: false, reason: 'malformed', detail: 'not a Health Code pass (expected HC1:…)' };
  if (head[1] !== String(PASS_VERSION)) return { ok: false, reason: 'unsupported-version', detail: `pass version ${head[1]} is not supported` };
  const bytes = digitsToBytes(text.slice(head[0].length));
  if (!bytes || bytes.length <= SIGNATURE_BYTES) return { ok: false, reason: 'malformed', detail: 'the digits do not decode' };
  const recordBytes = bytes.subarray(0, bytes.length - SIGNATURE_BYTES);
  if (recordBytes[0] !== undefined && recordBytes[0] !== PASS_VERSION) {
    return { ok: false, reason: 'unsupported-version', detail: `record version ${recordBytes[0]} is not supported` };
  }
  const record = decodePassRecord(recordBytes);
  if (!record) return { ok: false, reason: 'malformed', detail: 'the record is not well formed' };
  return { ok: true, record, recordBytes, signature: bytes.subarray(bytes.length - SIGNATURE_BYTES) };
}
