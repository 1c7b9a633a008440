/**
 * Venue code text: `VC1:` followed by decimal digits that encode record ‖ signature. The signature is
 * Ed25519 over the ASCII prefix `VC1:` followed by the record bytes, so a signature cannot be moved
 * to another format version.
 */
import { concatBytes, utf8 } from './bytes';
import { bytesToDigits, digitsToBytes } from './digits';
import { SIGNATURE_BYTES, decodeRecord, encodeRecord, type VenueCodeRecord } from './record';

/** The format version this module writes. */
export const CODE_VERSION = 1;
/** The text every v1 code starts with. */
export const CODE_PREFIX = `VC${CODE_VERSION}:`;

/** Signs a message with the operator's private key (lives in the main process, never in shared/). */
export type Signer = (message: Uint8Array) => Uint8Array;

/** The bytes a v1 signature covers. */
export function signedMessage(recordBytes: Uint8Array): Uint8Array {
  return concatBytes(utf8(CODE_PREFIX), recordBytes);
}

/** Builds the code text for a record, signing it with `sign`. */
export function buildCodeText(record: VenueCodeRecord, sign: Signer): string {
  const recordBytes = encodeRecord(record);
  const signature = sign(signedMessage(recordBytes));
  if (signature.length !== SIGNATURE_BYTES) throw new RangeError('signature must be 64 bytes');
  return CODE_PREFIX + bytesToDigits(concatBytes(recordBytes, signature));
}

/** A code taken apart, before any trust decision. */
export interface ParsedCode {
  record: VenueCodeRecord;
  recordBytes: Uint8Array;
  signature: Uint8Array;
}

/** Parsing outcome: the parts, or why the text is not a code this version reads. */
export type ParseOutcome =
  | { ok: true; code: ParsedCode }
  | { ok: false; reason: 'malformed' | 'unsupported-version'; detail: string };

/**
 * Takes code text apart. Surrounding white space (a wedge scanner's Enter) is ignored; anything else
 * that is not exactly what {@link buildCodeText} writes is refused.
 */
export function parseCodeText(input: string): ParseOutcome {
  const text = input.trim();
  // Any decimal version is recognised as a version (VC1000: is unsupported, not malformed), as qr-format.md says.
  const head = /^VC(\d+):/.exec(text);
  if (!head) return { ok: false, reason: 'malformed', detail: 'not a venue code (expected VC1:…)' };
  if (Number(head[1]) !== CODE_VERSION || head[1] !== String(CODE_VERSION)) {
    return { ok: false, reason: 'unsupported-version', detail: `format version ${head[1]} is not supported` };
  }
  const bytes = digitsToBytes(text.slice(head[0].length));
  if (!bytes || bytes.length <= SIGNATURE_BYTES) return { ok: false, reason: 'malformed', detail: 'the digits do not decode' };
  const recordBytes = bytes.subarray(0, bytes.length - SIGNATURE_BYTES);
  const record = decodeRecord(recordBytes);
  if (!record) return { ok: false, reason: 'malformed', detail: 'the record is not well formed' };
  return { ok: true, code: { record, recordBytes, signature: bytes.subarray(bytes.length - SIGNATURE_BYTES) } };
}
