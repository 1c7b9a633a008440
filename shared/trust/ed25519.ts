/**
 * Ed25519 signature checks for shared/. The default is @noble/curves (pure TypeScript: Hermes, browsers,
 * Node); a host with native crypto (Node's, a phone's) may pass its own {@link VerifyEd25519}, ~10× faster.
 */
import { ed25519 } from '@noble/curves/ed25519.js';

/** Checks an Ed25519 signature (64 bytes) over `message` by a raw 32-byte public key; never throws. */
export type VerifyEd25519 = (signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array) => boolean;

/** The pure-TypeScript verifier (strict RFC 8032 checks, no ZIP-215 leniency). */
export const nobleVerify: VerifyEd25519 = (signature, message, publicKey) => {
  try {
    return ed25519.verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
};
