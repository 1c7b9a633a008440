/** The trust file: the operator's public keys (and revocations) that verifiers load to check codes offline. */
import { z } from 'zod';
import { sha256 } from '@noble/hashes/sha2.js';
import { toHex } from './bytes';
import { KID_BYTES } from './record';

/** Derives a key id: the first 8 bytes of SHA-256 of the raw 32-byte Ed25519 public key, as hex. */
export function kidOf(publicKey: Uint8Array): string {
  return toHex(sha256(publicKey).subarray(0, KID_BYTES));
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/**
 * One key in a trust file. `validUntil` is the last issue date the key may sign; null while it is current.
 * A revoked key may say when (`revokedAt`, ISO 8601) and why (`revocationReason`): both optional, so trust
 * files written before revocation existed still parse, and verifiers that do not know them drop them.
 */
export const trustKeySchema = z.object({
  kid: z.string().regex(/^[0-9a-f]{16}$/, 'kid must be 16 lower-case hex characters'),
  publicKey: z.string().regex(/^[0-9a-f]{64}$/, 'publicKey must be 64 lower-case hex characters'),
  status: z.enum(['active', 'retired', 'revoked']),
  validFrom: isoDate,
  validUntil: isoDate.nullable(),
  revokedAt: z.iso.datetime({ offset: true }).optional(),
  revocationReason: z.string().max(500).optional(),
});

/** A trust file, version 1. */
export const trustFileSchema = z.object({
  format: z.literal('venue-console-trust'),
  version: z.literal(1),
  operator: z.string().min(1).max(200),
  exportedAt: z.string(),
  keys: z.array(trustKeySchema).min(1),
  revokedVenues: z.array(z.string()).default([]),
});

/** A key listed in a trust file. */
export type TrustKey = z.infer<typeof trustKeySchema>;
/** A parsed trust file. */
export type TrustFile = z.infer<typeof trustFileSchema>;

/** Parses trust file JSON text; throws with a readable message when it is not one. */
export function parseTrustFile(json: string): TrustFile {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error('The trust file is not valid JSON.');
  }
  const parsed = trustFileSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`The trust file is not valid: ${first?.path.join('.') || 'file'}: ${first?.message ?? 'invalid'}`);
  }
  return parsed.data;
}
