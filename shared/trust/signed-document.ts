/**
 * The envelope every authority document travels in — root, certificate request, certificate, trust bundle,
 * notices feed: `{"signed": {…, "type": …}, "signatures": [{"kid", "sig"}]}`. Each signature is a detached
 * Ed25519 signature over the RFC 8785 canonical bytes of `signed`; `signed.type` names the document, so a
 * signature on one kind of document can never be presented as another.
 */
import { z } from 'zod';
import { fromHex, toHex } from '../qr/bytes';
import { canonicalBytes } from './canonical-json';
import type { VerifyEd25519 } from './ed25519';

/** A 16-hex key id: the first 8 bytes of SHA-256 of the raw public key (as venue codes carry). */
export const kidSchema = z.string().regex(/^[0-9a-f]{16}$/, 'a kid is 16 lower-case hex characters');
/** A raw Ed25519 public key as 64 lower-case hex characters. */
export const publicKeyHexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'a public key is 64 lower-case hex characters');
/** An ISO 8601 instant with an offset (`Z` or `+08:00`). */
export const instantSchema = z.iso.datetime({ offset: true });

/** One detached signature. */
export const signatureSchema = z.object({ kid: kidSchema, sig: z.string().regex(/^[0-9a-f]{128}$/, 'a signature is 128 lower-case hex characters') });

/** A signed document of any type, before its own schema is applied. */
export const envelopeSchema = z.object({
  signed: z.looseObject({ type: z.string() }),
  signatures: z.array(signatureSchema).min(1).max(8),
});

/** A signed document with its payload typed. */
export interface SignedDocument<T> {
  signed: T;
  signatures: { kid: string; sig: string }[];
}

/** Signs with one private key, held by the caller (the authority's or operator's main process). */
export interface DocumentSigner {
  kid: string;
  sign: (message: Uint8Array) => Uint8Array;
}

/** Signs `signed` with every signer given (a root rotation signs with the old and the new root key). */
export function signDocument<T extends { type: string }>(signed: T, signers: DocumentSigner[]): SignedDocument<T> {
  const bytes = canonicalBytes(signed);
  return { signed, signatures: signers.map((s) => ({ kid: s.kid, sig: toHex(s.sign(bytes)) })) };
}

/** A key a signature may be checked against. */
export interface PublicKeyEntry {
  kid: string;
  publicKey: string;
}

/**
 * The kids among `keys` that signed `doc` validly. A signature by a kid not in `keys`, or one that does not
 * verify, counts for nothing (it is not an error by itself: callers decide what is required).
 */
export function validSigners(doc: SignedDocument<unknown>, keys: readonly PublicKeyEntry[], verify: VerifyEd25519): Set<string> {
  const out = new Set<string>();
  let bytes: Uint8Array | null = null;
  for (const s of doc.signatures) {
    const key = keys.find((k) => k.kid === s.kid);
    if (!key) continue;
    const publicKey = fromHex(key.publicKey);
    const sig = fromHex(s.sig);
    if (!publicKey || !sig) continue;
    bytes ??= canonicalBytes(doc.signed);
    if (verify(sig, bytes, publicKey)) out.add(s.kid);
  }
  return out;
}

/** Parses JSON text into an envelope; null with a readable detail when it is not one. */
export function parseEnvelope(text: string): { ok: true; doc: z.output<typeof envelopeSchema> } | { ok: false; detail: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, detail: 'not valid JSON' };
  }
  const parsed = envelopeSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, detail: `${first?.path.join('.') || 'document'}: ${first?.message ?? 'invalid'}` };
  }
  return { ok: true, doc: parsed.data };
}
