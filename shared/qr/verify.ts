/** Offline verification of venue code text against a trust file. Pure TypeScript: runs on phones, in the renderer and in Node. */
import { ed25519 } from '@noble/curves/ed25519.js';
import { fromHex } from './bytes';
import { parseCodeText, signedMessage } from './code';
import type { VenueCodeRecord } from './record';
import type { TrustFile, TrustKey } from './trust';

/**
 * Why a code was refused. `revoked-key`: the key that signed it is revoked, whatever the issue date.
 * `revoked`: the venue is deactivated, or the issue date is outside the key's validity.
 */
export type RejectReason = 'malformed' | 'unsupported-version' | 'unknown-key' | 'bad-signature' | 'revoked-key' | 'revoked';

/** The verdict on a code. */
export type Verdict =
  | { ok: true; venue: VenueCodeRecord }
  | { ok: false; reason: RejectReason; detail: string };

/** A trust file prepared for fast repeated checks (public keys decoded once). */
export interface TrustIndex {
  keys: Map<string, { key: TrustKey; publicKey: Uint8Array }>;
  revokedVenues: Set<string>;
}

/** Prepares a trust file for {@link verifyCodeWithTrustFile}. */
export function indexTrust(trust: TrustFile): TrustIndex {
  const keys = new Map<string, { key: TrustKey; publicKey: Uint8Array }>();
  for (const key of trust.keys) {
    const publicKey = fromHex(key.publicKey);
    if (publicKey && publicKey.length === 32) keys.set(key.kid, { key, publicKey });
  }
  return { keys, revokedVenues: new Set(trust.revokedVenues) };
}

/** Verifies code text: format, known key, signature, then a revoked key, the key's validity dates, a deactivated venue. */
export function verifyCodeWithTrustFile(text: string, trust: TrustIndex | TrustFile): Verdict {
  const index = 'keys' in trust && trust.keys instanceof Map ? (trust as TrustIndex) : indexTrust(trust as TrustFile);
  const parsed = parseCodeText(text);
  if (!parsed.ok) return parsed;
  const { record, recordBytes, signature } = parsed.code;
  const entry = index.keys.get(record.kid);
  if (!entry) return { ok: false, reason: 'unknown-key', detail: `key ${record.kid} is not in the trust file` };
  let valid = false;
  try {
    valid = ed25519.verify(signature, signedMessage(recordBytes), entry.publicKey, { zip215: false });
  } catch {
    valid = false;
  }
  if (!valid) return { ok: false, reason: 'bad-signature', detail: 'the signature does not match the code' };
  const { key } = entry;
  // Before the dates: a leaked key can back-date a code into its old validity.
  if (key.status === 'revoked') return { ok: false, reason: 'revoked-key', detail: `key ${key.kid} has been revoked${key.revokedAt ? ` (${key.revokedAt})` : ''}` };
  if (record.issuedOn < key.validFrom || (key.validUntil !== null && record.issuedOn > key.validUntil)) {
    return { ok: false, reason: 'revoked', detail: `key ${key.kid} was not valid on ${record.issuedOn}` };
  }
  if (index.revokedVenues.has(record.venueId)) {
    return { ok: false, reason: 'revoked', detail: `venue ${record.venueId} has been deactivated` };
  }
  return { ok: true, venue: record };
}
