/**
 * The envelope every authority document travels in — root, certificate request, certificate, trust bundle,
 * notices feed: `{"signed": {…, "type": …}, "signatures": [{"kid", "sig"}]}`. Each signature is a detached
 * Ed25519 signature over the RFC 8785 canonical bytes of `signed`; `signed.type` names the document, so a
 * signature on one kind of document can never be presented as another.
 */
import { z } from 'zod';
import { fromHex, toHex, utf8 } from '../qr/bytes';
import { canonicalBytes } from './canonical-json';
import type { VerifyEd25519 } from './ed25519';
import { rawMember } from './raw-member';

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

// The `signed` text of a parsed document as it was received, and the bytes a signature was found valid over;
// kept beside the objects (not on them, so a document re-serialised for storage stays exactly its JSON).
const receivedBytes = new WeakMap<object, Uint8Array>();
const verifiedBytes = new WeakMap<object, Uint8Array>();

/** Records the bytes of `doc.signed` as received (parse functions call it). */
export function rememberReceivedBytes(doc: object, bytes: Uint8Array): void {
  receivedBytes.set(doc, bytes);
}

/**
 * The bytes `doc`'s signatures were found valid over (the received ones, or the RFC 8785 form), else the RFC 8785
 * form of `doc.signed`: what two copies of one document share, for hashing.
 */
export function signedBytesOf(doc: SignedDocument<unknown>): Uint8Array {
  return verifiedBytes.get(doc) ?? canonicalBytes(doc.signed);
}

function signersOver(doc: SignedDocument<unknown>, keys: readonly PublicKeyEntry[], verify: VerifyEd25519, bytes: Uint8Array): Set<string> {
  const out = new Set<string>();
  for (const s of doc.signatures) {
    const key = keys.find((k) => k.kid === s.kid);
    if (!key) continue;
    const publicKey = fromHex(key.publicKey);
    const sig = fromHex(s.sig);
    if (publicKey && sig && verify(sig, bytes, publicKey)) out.add(s.kid);
  }
  return out;
}

/**
 * The kids among `keys` that signed `doc` validly. A signature by a kid not in `keys`, or one that does not
 * verify, counts for nothing (it is not an error by itself: callers decide what is required). The bytes as
 * received are tried first (the authority writes `signed` in its canonical form, so they are those bytes), then
 * the RFC 8785 form of the parsed value (a copy re-formatted on the way still verifies).
 */
export function validSigners(doc: SignedDocument<unknown>, keys: readonly PublicKeyEntry[], verify: VerifyEd25519): Set<string> {
  if (!doc.signatures.some((s) => keys.some((k) => k.kid === s.kid))) return new Set();
  const received = receivedBytes.get(doc);
  if (received) {
    const found = signersOver(doc, keys, verify, received);
    if (found.size > 0) {
      verifiedBytes.set(doc, received);
      return found;
    }
  }
  const canonical = canonicalBytes(doc.signed);
  const found = signersOver(doc, keys, verify, canonical);
  if (found.size > 0) verifiedBytes.set(doc, canonical);
  return found;
}

/** Serialises a signed document with `signed` in its RFC 8785 form, so verifiers can check the bytes as written. */
export function serializeSignedDocument(doc: SignedDocument<unknown>): string {
  const signed = new TextDecoder().decode(canonicalBytes(doc.signed));
  return `{"signed":${signed},"signatures":${JSON.stringify(doc.signatures)}}`;
}

/** Parses JSON text into an envelope (with the `signed` member's text as received); a readable detail when it is not one. */
export function parseEnvelope(text: string): { ok: true; doc: z.output<typeof envelopeSchema>; received: Uint8Array | null } | { ok: false; detail: string } {
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
  const member = rawMember(text, 'signed');
  return { ok: true, doc: parsed.data, received: member === null ? null : utf8(member) };
}
