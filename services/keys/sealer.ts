/**
 * Protects a private key at rest. The app uses Electron's safeStorage (the OS keychain); the CLI and tests
 * use a passphrase (scrypt + AES-256-GCM). Sealed bytes never leave the main process unsealed.
 */
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { AppFailure } from '../../shared/errors';

/** Encrypts and decrypts a secret; `protection` names the scheme and is stored beside the sealed bytes. */
export interface SecretSealer {
  readonly protection: string;
  seal: (plain: Uint8Array) => Uint8Array;
  unseal: (sealed: Uint8Array) => Uint8Array;
}

const MAGIC = Buffer.from('VCK1');
const LOG_N = 15;
const R = 8;
const P = 1;

function deriveKey(passphrase: string, salt: Uint8Array, logN: number, r: number, p: number): Buffer {
  return scryptSync(passphrase.normalize('NFC'), salt, 32, { N: 2 ** logN, r, p, maxmem: 256 * 1024 * 1024 });
}

/**
 * A passphrase sealer. Layout: `VCK1` ‖ logN ‖ r ‖ p ‖ salt(16) ‖ nonce(12) ‖ ciphertext ‖ tag(16);
 * the header is authenticated as associated data.
 */
export function passphraseSealer(passphrase: string): SecretSealer {
  if (passphrase.length < 8) {
    throw new AppFailure({
      code: 'validation',
      message: 'The passphrase must be at least 8 characters.',
      messageZh: '密碼短語最少須有 8 個字元。',
    });
  }
  return {
    protection: 'passphrase-scrypt-aes256gcm',
    seal(plain) {
      const salt = randomBytes(16);
      const nonce = randomBytes(12);
      const header = Buffer.concat([MAGIC, Buffer.from([LOG_N, R, P]), salt, nonce]);
      const cipher = createCipheriv('aes-256-gcm', deriveKey(passphrase, salt, LOG_N, R, P), nonce);
      cipher.setAAD(header);
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([header, body, cipher.getAuthTag()]);
    },
    unseal(sealed) {
      const buf = Buffer.from(sealed);
      if (buf.length < 7 + 16 + 12 + 16 || !buf.subarray(0, 4).equals(MAGIC)) {
        throw new AppFailure({ code: 'key-locked', message: 'The key file is not in a format this app reads.' });
      }
      const [logN, r, p] = [buf[4] as number, buf[5] as number, buf[6] as number];
      // Only cost parameters this app writes (or a little above) are accepted: a tampered file cannot stall us.
      if (logN < 14 || logN > 17 || r !== R || p < 1 || p > 2) {
        throw new AppFailure({ code: 'key-locked', message: 'The key file has parameters this app does not use.', messageZh: '密鑰檔的參數不受支援。' });
      }
      const salt = buf.subarray(7, 23);
      const nonce = buf.subarray(23, 35);
      const header = buf.subarray(0, 35);
      const decipher = createDecipheriv('aes-256-gcm', deriveKey(passphrase, salt, logN, r, p), nonce);
      decipher.setAAD(header);
      decipher.setAuthTag(buf.subarray(buf.length - 16));
      try {
        return Buffer.concat([decipher.update(buf.subarray(35, buf.length - 16)), decipher.final()]);
      } catch {
        throw new AppFailure({
          code: 'key-locked',
          message: 'Wrong passphrase: the signing key could not be unlocked.',
          messageZh: '密碼短語錯誤：無法解鎖簽署密鑰。',
        });
      }
    },
  };
}
