/**
 * The Authority panel's IPC handlers over real services and the folder platform: pin through the open dialog,
 * import a certificate, save a request through the save dialog (never onto the console's own files); every
 * answer matches the contract's response schema.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../../shared/errors';
import { contract } from '../../../shared/ipc/console-contract';
import { certificateRequestSchema, checkRequest, parseSignedDocument } from '../../../shared/trust/certificate';
import { authorityHandlers } from '../../../electron/main/handlers/authority';
import { nodeVerify } from '../../../services/crypto/node-verify';
import { folderPlatform } from '../../../services/platform/platform';
import { openTestServices } from '../../helpers/temp-services';
import { makeTestAuthority } from '../../helpers/test-authority';

const NOW = Date.parse('2026-11-26T04:00:00Z');
const DAY = 86_400_000;
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function setup() {
  const t = openTestServices({ clock: () => NOW });
  cleanups.push(t.cleanup);
  const platform = folderPlatform(t.dataDir);
  const h = authorityHandlers({ authorityTrust: t.services.authorityTrust, platform, dataDir: t.dataDir });
  const ctx = { senderUrl: 'app://console/index.html' };
  return { ...t, platform, h, ctx };
}

describe('authority handlers', () => {
  it('pin a root and import a certificate chosen in the open dialog; Cancel changes nothing', async () => {
    const { services, dataDir, platform, h, ctx } = setup();
    const authority = makeTestAuthority(NOW - 30 * DAY);
    const empty = contract.getAuthorityTrust.response.parse(await h.getAuthorityTrust({}, ctx));
    expect(empty.root).toBeNull();

    platform.openAnswer = null;
    expect(contract.pinAuthorityRoot.response.parse(await h.pinAuthorityRoot({}, ctx))).toMatchObject({ changed: false, status: { root: null } });

    platform.openAnswer = join(dataDir, 'root.json');
    writeFileSync(platform.openAnswer, JSON.stringify(authority.root));
    const pinned = contract.pinAuthorityRoot.response.parse(await h.pinAuthorityRoot({}, ctx));
    expect(pinned).toMatchObject({ changed: true, status: { root: { version: 1, authority: authority.name } } });

    const key = services.keys.active();
    const cert = authority.certify({ kid: key?.kid ?? '', publicKey: key?.publicKey ?? '', operator: 'Harbour Dining Group' }, NOW, { validFrom: '2026-11-01', validUntil: '2026-12-10', types: ['restaurant'] });
    platform.openAnswer = join(dataDir, 'cert.json');
    writeFileSync(platform.openAnswer, JSON.stringify(cert));
    const imported = contract.importCertificate.response.parse(await h.importCertificate({}, ctx));
    expect(imported.changed).toBe(true);
    expect(imported.status.keys[0]?.certificate).toMatchObject({ venueTypes: ['restaurant'], validUntil: '2026-12-10', expiresSoon: true, daysLeft: 15 });
  });

  it('saves a signed request where the save dialog says, and refuses the database as the target', async () => {
    const { dataDir, platform, h, ctx } = setup();
    const saved = contract.saveCertificateRequest.response.parse(await h.saveCertificateRequest({ contact: '+852 2345 6789' }, ctx));
    expect(saved.path).toBe(join(dataDir, `certificate-request-${saved.kid}.json`));
    const request = parseSignedDocument(readFileSync(saved.path ?? '', 'utf8'), certificateRequestSchema);
    expect(request.ok && checkRequest(request.doc, nodeVerify).ok).toBe(true);

    platform.chooseSavePath = async () => join(dataDir, 'venue-console.sqlite3');
    const before = readFileSync(join(dataDir, 'venue-console.sqlite3'));
    await expect(h.saveCertificateRequest({ contact: '' }, ctx)).rejects.toBeInstanceOf(AppFailure);
    expect(readFileSync(join(dataDir, 'venue-console.sqlite3')).equals(before)).toBe(true);
    expect(contract.saveCertificateRequest.request.safeParse({ contact: 'x'.repeat(301) }).success).toBe(false);
  });
});
