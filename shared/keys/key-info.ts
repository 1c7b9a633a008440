/** A signing key as people and programs see it: public facts only, never private material. */
import { z } from 'zod';

/** A key's state: signing now, retired by a rotation (still trusted for its dates), or revoked. */
export const keyStatusSchema = z.enum(['active', 'retired', 'revoked']);

/** A signing key as listed (IPC, CLI): its id, public key, status, dates and how its private half is sealed. */
export const keyInfoSchema = z.object({
  kid: z.string(),
  /** The Ed25519 public key in hex. */
  publicKey: z.string(),
  status: keyStatusSchema,
  /** The Hong Kong date from which it signs (YYYY-MM-DD). */
  validFrom: z.string(),
  /** The Hong Kong date of its last code; null while active. */
  validUntil: z.string().nullable(),
  createdAt: z.number(),
  /** How the private key is sealed at rest. */
  protection: z.string(),
  /** When the key was revoked (epoch ms); null unless revoked. */
  revokedAt: z.number().nullable(),
  /** Why the key was revoked, as the operator wrote it; null unless revoked. */
  revocationReason: z.string().nullable(),
});

/** A key's state. */
export type KeyStatus = z.output<typeof keyStatusSchema>;
/** A signing key as listed (the output of {@link keyInfoSchema}). */
export type KeyInfo = z.output<typeof keyInfoSchema>;
