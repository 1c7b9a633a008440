/**
 * The authority's Ed25519 keys: made here, sealed at once with the passphrase (PKCS8 DER, scrypt + AES-256-GCM,
 * as the operator's keys are), unsealed only to sign. A private key is never printed or written unsealed.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { AppFailure, fail } from '../../shared/errors';
import { toHex } from '../../shared/qr/bytes';
import { kidOfPublicKey } from '../../shared/trust/root';
import type { DocumentSigner } from '../../shared/trust/signed-document';
import type { SecretSealer } from '../keys/sealer';
import type { AuthorityState, KeyUse, StoredKey } from './authority-state';

/** A freshly made key: what is stored, and a signer for use in the same command. */
export interface NewKey {
  stored: StoredKey;
  signer: DocumentSigner;
}

function rawPublicKeyHex(key: KeyObject): string {
  return toHex(new Uint8Array(Buffer.from(String(key.export({ format: 'jwk' }).x), 'base64url')));
}

function signerOf(kid: string, privateKey: KeyObject): DocumentSigner {
  return { kid, sign: (m) => new Uint8Array(sign(null, m, privateKey)) };
}

/** Makes a key for `use`, valid from `validFrom` (ISO instant), sealed with `sealer`. */
export function makeAuthorityKey(use: KeyUse, validFrom: string, sealer: SecretSealer): NewKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicHex = rawPublicKeyHex(publicKey);
  const kid = kidOfPublicKey(publicHex) as string;
  const sealed = Buffer.from(sealer.seal(privateKey.export({ format: 'der', type: 'pkcs8' }))).toString('base64');
  return { stored: { use, kid, publicKey: publicHex, protection: sealer.protection, sealed, validFrom, validUntil: null }, signer: signerOf(kid, privateKey) };
}

/** The current key of `use` (the last one made, still without an end). */
export function currentKey(state: AuthorityState, use: KeyUse): StoredKey {
  const key = state.keys.filter((k) => k.use === use && k.validUntil === null).at(-1);
  if (!key) fail('key-missing', `The authority has no current ${use} key: its state file is damaged.`, `發證機構沒有現行的 ${use} 密鑰：狀態檔已損壞。`);
  return key;
}

/**
 * Unseals a stored key into a signer. A wrong passphrase is refused in English and Chinese (nothing has been
 * changed by then: every command unseals before it writes).
 */
export function unsealKey(key: StoredKey, sealer: SecretSealer, dir: string): DocumentSigner {
  if (key.protection !== sealer.protection) {
    fail('key-locked', `The ${key.use} key is protected by "${key.protection}", which this program cannot open.`, `${key.use} 密鑰以「${key.protection}」保護，本程式無法開啟。`);
  }
  let der: Uint8Array;
  try {
    der = sealer.unseal(new Uint8Array(Buffer.from(key.sealed, 'base64')));
  } catch (error) {
    if (error instanceof AppFailure && error.appError.code === 'key-locked') {
      fail(
        'key-locked',
        `Wrong passphrase: the authority's keys in ${dir} could not be unlocked. Nothing was changed.`,
        `密碼短語錯誤：無法解鎖 ${dir} 內的發證機構密鑰。沒有作出任何更改。`,
      );
    }
    throw error;
  }
  const privateKey = createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs8' });
  if (kidOfPublicKey(rawPublicKeyHex(createPublicKey(privateKey))) !== key.kid) {
    fail('key-locked', `The stored ${key.use} key does not match its public key: the state file is damaged.`, `儲存的 ${key.use} 密鑰與其公鑰不符：狀態檔已損壞。`);
  }
  return signerOf(key.kid, privateKey);
}
