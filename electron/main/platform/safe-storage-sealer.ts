/** Seals private keys with Electron's safeStorage (the OS keychain / DPAPI / libsecret). */
import { safeStorage } from 'electron';
import { AppFailure } from '../../../shared/errors';
import type { SecretSealer } from '../../../services/keys/sealer';

/** A sealer backed by safeStorage; refuses to work where the OS offers no real encryption. */
export function safeStorageSealer(): SecretSealer {
  // On Linux without a keyring Electron falls back to 'basic_text', a fixed password: that is no protection.
  const weakLinuxBackend =
    process.platform === 'linux' && ['basic_text', 'unknown'].includes(safeStorage.getSelectedStorageBackend?.() ?? 'unknown');
  if (!safeStorage.isEncryptionAvailable() || weakLinuxBackend) {
    throw new AppFailure({
      code: 'key-locked',
      message: 'The operating system keychain is not available, so the signing key cannot be protected. Use the venue-console CLI with a passphrase instead.',
      messageZh: '作業系統的鑰匙圈無法使用，未能保護簽署密鑰。請改用設有密碼短語的 venue-console 命令列工具。',
    });
  }
  return {
    protection: 'electron-safe-storage',
    seal: (plain) => safeStorage.encryptString(Buffer.from(plain).toString('base64')),
    unseal: (sealed) => {
      try {
        return Buffer.from(safeStorage.decryptString(Buffer.from(sealed)), 'base64');
      } catch {
        throw new AppFailure({
          code: 'key-locked',
          message: 'The operating system keychain could not unlock the signing key (was the keychain reset?).',
          messageZh: '作業系統鑰匙圈未能解鎖簽署密鑰（鑰匙圈是否已重設？）。',
        });
      }
    },
  };
}
