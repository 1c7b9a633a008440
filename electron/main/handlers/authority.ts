/** IPC handlers for the authority's trust chain (issue 11): the pinned root, certificate requests and certificates. */
import { readFileSync, statSync } from 'node:fs';
import { fail } from '../../../shared/errors';
import type { Handlers } from '../ipc/dispatch';
import type { AuthorityTrustStore } from '../../../services/authority-trust/authority-trust-store';
import { ROOT_FILE_MAX_BYTES } from '../../../services/authority-trust/root-file';
import { writeFileAtomic } from '../../../services/files/atomic-file';
import { checkOutputTarget } from '../../../services/files/output-target';
import type { Platform } from '../../../services/platform/platform';

/** What the authority handlers use. */
export interface AuthorityHandlerDeps {
  authorityTrust: Pick<AuthorityTrustStore, 'status' | 'pin' | 'importCertificate' | 'request'>;
  platform: Pick<Platform, 'chooseSavePath' | 'chooseOpenPath'>;
  /** The data folder (a request is never written onto its files). */
  dataDir: string;
}

const JSON_FILES = [{ name: 'JSON', extensions: ['json'] }];

/** Reads a chosen file, refusing one too large to be an authority document before reading it. */
function readChosen(path: string): string {
  const size = statSync(path).size;
  if (size > ROOT_FILE_MAX_BYTES) fail('validation', `The file is too large to be an authority document (${size} bytes).`, `檔案太大，不可能是機構文件（${size} 位元組）。`);
  return readFileSync(path, 'utf8');
}

/** Handlers for the Authority panel in Settings. */
export function authorityHandlers(s: AuthorityHandlerDeps): Pick<Handlers, 'getAuthorityTrust' | 'pinAuthorityRoot' | 'importCertificate' | 'saveCertificateRequest'> {
  return {
    getAuthorityTrust: () => s.authorityTrust.status(),
    pinAuthorityRoot: async () => {
      const path = await s.platform.chooseOpenPath({ title: "Choose the authority's root file", filters: JSON_FILES });
      if (!path) return { changed: false, status: s.authorityTrust.status() };
      const { added } = s.authorityTrust.pin(readChosen(path));
      return { changed: added.length > 0, status: s.authorityTrust.status() };
    },
    importCertificate: async () => {
      const path = await s.platform.chooseOpenPath({ title: "Choose the authority's certificate", filters: JSON_FILES });
      if (!path) return { changed: false, status: s.authorityTrust.status() };
      const { added } = s.authorityTrust.importCertificate(readChosen(path));
      return { changed: added, status: s.authorityTrust.status() };
    },
    saveCertificateRequest: async ({ contact }) => {
      const request = s.authorityTrust.request({ contact }); // unnamed operator or no key: refused before any dialog
      const path = await s.platform.chooseSavePath({ title: 'Save the certificate request', defaultName: `certificate-request-${request.signed.kid}.json`, filters: JSON_FILES });
      if (!path) return { path: null, kid: request.signed.kid };
      writeFileAtomic(checkOutputTarget(path, { dataDir: s.dataDir }), `${JSON.stringify(request, null, 2)}\n`);
      return { path, kid: request.signed.kid };
    },
  };
}
