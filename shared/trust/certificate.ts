/**
 * Operator keys and the authority: a certificate request (the operator's own key signs it: proof of
 * possession) and the certificate the authority's `operators` key issues — who, which key, from when to
 * when, and which venue types the key may sign codes for (a taxi fleet's key cannot sign a restaurant).
 */
import { z } from 'zod';
import { VENUE_TYPE_IDS } from '../venue/catalogue';
import type { VerifyEd25519 } from './ed25519';
import { checkRoleSignature, type RoleSignatureCheck } from './role-signature';
import { kidOfPublicKey, type Root } from './root';
import { instantSchema, kidSchema, parseEnvelope, publicKeyHexSchema, rememberReceivedBytes, validSigners, type SignedDocument } from './signed-document';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const name = z.string().trim().min(1).max(200);

/** What an operator asks the authority to certify; signed by the key it names. */
export const certificateRequestSchema = z.object({
  type: z.literal('venue-operator-certificate-request'),
  operator: name,
  contact: z.string().max(300),
  kid: kidSchema,
  publicKey: publicKeyHexSchema,
  requestedAt: instantSchema,
});

/** An operator certificate: signed by the authority's `operators` key. Dates are Hong Kong dates, inclusive. */
export const certificateSchema = z.object({
  type: z.literal('venue-operator-certificate'),
  serial: z.int().min(1),
  authority: name,
  operator: name,
  contact: z.string().max(300),
  kid: kidSchema,
  publicKey: publicKeyHexSchema,
  validFrom: isoDate,
  validUntil: isoDate,
  venueTypes: z.array(z.enum(VENUE_TYPE_IDS)).min(1),
  issuedAt: instantSchema,
});

/** A request's signed part. */
export type CertificateRequest = z.output<typeof certificateRequestSchema>;
/** A certificate's signed part. */
export type Certificate = z.output<typeof certificateSchema>;
/** A signed certificate. */
export type SignedCertificate = SignedDocument<Certificate>;

/** A parse outcome for a signed document of one type. */
export type ParsedDocument<T> = { ok: true; doc: SignedDocument<T> } | { ok: false; detail: string };

/** Parses JSON text as a signed document whose `signed` part matches `schema`. */
export function parseSignedDocument<S extends z.ZodType>(text: string, schema: S): ParsedDocument<z.output<S>> {
  const env = parseEnvelope(text);
  if (!env.ok) return env;
  const parsed = schema.safeParse(env.doc.signed);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, detail: `signed.${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}` };
  }
  const doc: SignedDocument<z.output<S>> = { signed: parsed.data as z.output<S>, signatures: env.doc.signatures };
  if (env.received) rememberReceivedBytes(doc, env.received);
  return { ok: true, doc };
}

/** Whether a request is signed by the key it asks to certify (and that key's kid is right). */
export function checkRequest(doc: SignedDocument<CertificateRequest>, verify: VerifyEd25519): { ok: true } | { ok: false; detail: string } {
  const { kid, publicKey } = doc.signed;
  if (kidOfPublicKey(publicKey) !== kid) return { ok: false, detail: `kid ${kid} does not match the public key` };
  if (!validSigners(doc, [{ kid, publicKey }], verify).has(kid)) {
    return { ok: false, detail: 'the request is not signed by the key it names (proof of possession failed)' };
  }
  return { ok: true };
}

/** Whether a certificate is signed by the root's `operators` key valid when it was issued, and names a consistent key. */
export function checkCertificate(doc: SignedCertificate, root: Root, verify: VerifyEd25519): RoleSignatureCheck {
  if (kidOfPublicKey(doc.signed.publicKey) !== doc.signed.kid) return { ok: false, reason: 'bad-signature', detail: 'the certificate\'s kid does not match its public key' };
  return checkRoleSignature(doc, root, 'operators', Date.parse(doc.signed.issuedAt), verify);
}
