/**
 * The trust bundle: every operator certificate the authority stands behind, the revoked operator keys and
 * the revoked venues, in one document signed by the `operators` key. Its version only goes up and it
 * expires (48 hours by default), so a stale or replayed bundle says so instead of pretending.
 */
import { z } from 'zod';
import { certificateSchema, parseSignedDocument, type Certificate } from './certificate';
import type { VerifyEd25519 } from './ed25519';
import { checkRoleSignature } from './role-signature';
import type { Root } from './root';
import { instantSchema, kidSchema, signatureSchema, type SignedDocument } from './signed-document';

/** A certificate as the bundle carries it: its signed part and the signatures it was issued with (for audit). */
export const bundledCertificateSchema = z.object({ signed: certificateSchema, signatures: z.array(signatureSchema).min(1) });

/** The signed part of a trust bundle. */
export const bundleSchema = z.object({
  type: z.literal('venue-trust-bundle'),
  authority: z.string().min(1).max(200),
  version: z.int().min(1),
  issuedAt: instantSchema,
  expires: instantSchema,
  certificates: z.array(bundledCertificateSchema),
  revokedOperators: z.array(z.object({ kid: kidSchema, revokedAt: instantSchema, reason: z.string().max(500) })),
  revokedVenues: z.array(z.object({ venueId: z.string().min(1).max(40), revokedAt: instantSchema, reason: z.string().max(500) })),
});

/**
 * A bundle as a verifier reads it: the same, but each certificate checked only for its type and kid until a code
 * names it (validating 5,000 certificates up front costs more than the whole signature check).
 */
export const receivedBundleSchema = bundleSchema.extend({
  // The bundle's own signature covers each certificate's: those are kept for audit, not checked again here.
  certificates: z.array(z.object({ signed: z.looseObject({ type: z.literal('venue-operator-certificate'), kid: kidSchema }), signatures: z.array(z.unknown()).min(1) })),
});

/** A bundle's signed part. */
export type Bundle = z.output<typeof bundleSchema>;
/** A bundle's signed part as received (certificates not yet checked one by one). */
export type ReceivedBundle = z.output<typeof receivedBundleSchema>;
/** A signed bundle. */
export type SignedBundle = SignedDocument<Bundle>;
/** A signed bundle as received. */
export type SignedReceivedBundle = SignedDocument<ReceivedBundle>;

/** The certificates of a verified bundle by kid, each checked against the certificate schema when first asked for. */
export interface CertificateIndex {
  get: (kid: string) => { certificate: Certificate; publicKey: Uint8Array } | undefined;
  readonly size: number;
}

/** Why a bundle cannot be used. */
export type BundleProblem = 'bundle-invalid' | 'bundle-expired' | 'root-expired';

/** A verified bundle, indexed for checking codes fast. */
export interface AuthorityTrust {
  root: Root;
  bundle: ReceivedBundle;
  certificates: CertificateIndex;
  revokedOperators: Map<string, { revokedAt: string; reason: string }>;
  revokedVenues: Map<string, { revokedAt: string; reason: string }>;
}

/** The outcome of preparing a bundle. */
export type BundleOutcome = { ok: true; trust: AuthorityTrust } | { ok: false; reason: BundleProblem; detail: string };

/** Parses bundle JSON text (not yet trusted). */
export function parseBundle(text: string) {
  return parseSignedDocument(text, receivedBundleSchema);
}

/** Indexes certificates by kid; each is validated (and its key decoded) on first use, then kept. */
function indexCertificates(list: ReceivedBundle['certificates']): CertificateIndex {
  const raw = new Map<string, unknown>();
  for (const c of list) raw.set(c.signed.kid, c.signed);
  const checked = new Map<string, { certificate: Certificate; publicKey: Uint8Array } | null>();
  return {
    size: raw.size,
    get: (kid) => {
      let entry = checked.get(kid);
      if (entry === undefined) {
        const parsed = certificateSchema.safeParse(raw.get(kid));
        const publicKey = parsed.success ? hexToBytes(parsed.data.publicKey) : null;
        entry = parsed.success && publicKey && parsed.data.kid === kid ? { certificate: parsed.data, publicKey } : null;
        checked.set(kid, entry);
      }
      return entry ?? undefined;
    },
  };
}

/**
 * Checks a bundle against the root at `now`: the root not expired, the `operators` key's signature (one
 * signature over the whole bundle covers every certificate in it), and the bundle not expired.
 */
export function prepareAuthorityTrust(root: Root, bundle: SignedReceivedBundle, now: number, verify: VerifyEd25519): BundleOutcome {
  if (Date.parse(root.expires) <= now) return { ok: false, reason: 'root-expired', detail: `the authority root expired at ${root.expires}` };
  const sig = checkRoleSignature(bundle, root, 'operators', Date.parse(bundle.signed.issuedAt), verify);
  if (!sig.ok) return { ok: false, reason: 'bundle-invalid', detail: sig.detail };
  if (Date.parse(bundle.signed.issuedAt) > now + 5 * 60_000) {
    return { ok: false, reason: 'bundle-invalid', detail: `the bundle is dated ${bundle.signed.issuedAt}, later than this device's clock` };
  }
  if (Date.parse(bundle.signed.expires) <= now) {
    return { ok: false, reason: 'bundle-expired', detail: `the trust bundle (version ${bundle.signed.version}) has been out of date since ${bundle.signed.expires}` };
  }
  return {
    ok: true,
    trust: {
      root,
      bundle: bundle.signed,
      certificates: indexCertificates(bundle.signed.certificates),
      revokedOperators: new Map(bundle.signed.revokedOperators.map((r) => [r.kid, { revokedAt: r.revokedAt, reason: r.reason }])),
      revokedVenues: new Map(bundle.signed.revokedVenues.map((r) => [r.venueId, { revokedAt: r.revokedAt, reason: r.reason }])),
    },
  };
}

function hexToBytes(hex: string): Uint8Array | null {
  if (hex.length !== 64) return null;
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}
