/**
 * Ed25519 keys from fixed 32-byte seeds, for test vectors that must come out byte-identical every time
 * (Ed25519 signatures are deterministic). Never for real keys.
 */
import { createPrivateKey, createPublicKey, sign } from 'node:crypto';
import { kidOfPublicKey } from '../../shared/trust/root';
import type { DocumentSigner } from '../../shared/trust/signed-document';

const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** A signer with its hex public key, from a seed given as one repeated byte (e.g. 0x01 → 01 01 … 01). */
export function seedKey(byte: number): DocumentSigner & { publicKey: string } {
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, Buffer.alloc(32, byte)]), format: 'der', type: 'pkcs8' });
  const publicKey = Buffer.from(String(createPublicKey(privateKey).export({ format: 'jwk' }).x), 'base64url').toString('hex');
  return { kid: kidOfPublicKey(publicKey) as string, publicKey, sign: (m) => new Uint8Array(sign(null, m, privateKey)) };
}
