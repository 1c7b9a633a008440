/**
 * Canonical JSON bytes (RFC 8785, JSON Canonicalization Scheme): the exact bytes a signature covers, the
 * same on a phone, in a browser and in Node whatever order the keys were written in.
 */
import canonicalize from 'canonicalize';
import { utf8 } from '../qr/bytes';

/** UTF-8 bytes of the RFC 8785 form of a JSON value; throws on values JSON cannot hold (NaN, Infinity, undefined at the top). */
export function canonicalBytes(value: unknown): Uint8Array {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('the value has no JSON form');
  return utf8(text);
}
