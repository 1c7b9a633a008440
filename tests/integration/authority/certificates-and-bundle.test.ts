/** venue-authority certify, revoke and bundle: certificates check, bundles verify codes, revocation refuses them. */
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCodeText } from '../../../shared/qr/code';
import { prepareAuthorityTrust, type SignedBundle } from '../../../shared/trust/bundle';
import { checkCertificate, type SignedCertificate } from '../../../shared/trust/certificate';
import { nobleVerify } from '../../../shared/trust/ed25519';
import { signDocument } from '../../../shared/trust/signed-document';
import { verifyCode } from '../../../shared/trust/verify-code';
import { hkIsoDate } from '../../../shared/time/hk';
import { newVenueId } from '../../../shared/venue/venue-id';
import { statePath } from '../../../services/authority/authority-state';
import { makeKey, type TestKey } from '../../helpers/test-authority';
import { authorityHarness } from './authority-harness';

const h = authorityHarness();
afterAll(() => h.cleanup());

const taxiFleet = makeKey();
const venueId = newVenueId((n) => new Uint8Array(randomBytes(n)));

function writeRequest(name: string, key: TestKey, signer: TestKey = key, operator = 'Harbour Taxi Fleet 海港的士車隊') {
  const doc = signDocument(
    { type: 'venue-operator-certificate-request' as const, operator, contact: 'ops@harbour-taxi.hk', kid: key.kid, publicKey: key.publicKey, requestedAt: new Date(h.clock.now).toISOString() },
    [{ kid: key.kid, sign: signer.sign }],
  );
  writeFileSync(h.file(name), JSON.stringify(doc));
  return h.file(name);
}

const code = (key: TestKey, type: 'taxi' | 'restaurant' = 'taxi') =>
  buildCodeText({ kid: key.kid, issuedOn: hkIsoDate(h.clock.now), venueId, type, nameEn: 'Taxi AB 1234', nameZh: '的士 AB 1234' }, key.sign);

async function bundle(name: string): Promise<{ doc: SignedBundle; version: number }> {
  const r = await h.run(['bundle', '--out', h.file(name)]);
  expect(r.code, r.stderr).toBe(0);
  return { doc: h.readJson(h.file(name)) as SignedBundle, version: r.json().version as number };
}

beforeAll(async () => {
  expect((await h.run(['init', '--name', 'Department of Health 衞生署'])).code).toBe(0);
  expect((await h.run(['root', 'export', '--out', h.file('root.json')])).code).toBe(0);
  h.tick();
});

describe('venue-authority certificates and bundle', () => {
  it('refuses a request signed by another key (proof of possession), exit 1, in both languages, issuing nothing', async () => {
    const before = readFileSync(statePath(h.auth));
    const r = await h.run(['certify', '--request', writeRequest('forged.json', taxiFleet, makeKey()), '--out', h.file('forged-cert.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('proof of possession failed');
    expect(r.stderr).toContain('沒有簽發任何證書');
    expect(readFileSync(statePath(h.auth)).equals(before)).toBe(true);
  });

  it('refuses an unknown venue type by name', async () => {
    const r = await h.run(['certify', '--request', writeRequest('req.json', taxiFleet), '--out', h.file('cert.json'), '--types', 'taxi,spaceport']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"spaceport"');
    expect(r.stderr).toContain('「spaceport」');
  });

  it('issues a certificate that checks against the root: serial, HK dates, types, signed by the operators key', async () => {
    const r = await h.run(['certify', '--request', h.file('req.json'), '--out', h.file('cert.json'), '--types', 'taxi', '--valid-days', '30']);
    expect(r.code, r.stderr).toBe(0);
    const root = h.readRoot(h.file('root.json')).signed;
    const cert = h.readJson(h.file('cert.json')) as SignedCertificate;
    expect(cert.signed).toMatchObject({
      serial: 1,
      authority: 'Department of Health 衞生署',
      operator: 'Harbour Taxi Fleet 海港的士車隊',
      contact: 'ops@harbour-taxi.hk',
      kid: taxiFleet.kid,
      validFrom: '2026-11-26',
      validUntil: '2026-12-26',
      venueTypes: ['taxi'],
    });
    expect(cert.signatures.map((s) => s.kid)).toEqual([root.roles.operators[0]?.kid]);
    expect(checkCertificate(cert, root, nobleVerify)).toMatchObject({ ok: true });
    const second = await h.run(['certify', '--request', writeRequest('req-2.json', makeKey(), undefined, 'Lucky Noodles 好運麵家'), '--out', h.file('cert-2.json'), '--types', 'restaurant']);
    expect(second.json().serial).toBe(2);
  });

  it('bundles every certificate: the trust prepares, a certified code verifies, a type it may not sign is refused', async () => {
    h.tick();
    const { doc, version } = await bundle('bundle-1.json');
    expect(version).toBe(1);
    const root = h.readRoot(h.file('root.json'));
    expect(doc.signed.certificates.map((c) => c.signed.serial)).toEqual([1, 2]);
    expect(Date.parse(doc.signed.expires) - Date.parse(doc.signed.issuedAt)).toBe(48 * 3_600_000);
    expect(prepareAuthorityTrust(root.signed, doc, h.clock.now, nobleVerify)).toMatchObject({ ok: true });
    expect(verifyCode(code(taxiFleet), { root, bundle: doc, now: h.clock.now })).toMatchObject({ ok: true, operator: 'Harbour Taxi Fleet 海港的士車隊' });
    expect(verifyCode(code(taxiFleet, 'restaurant'), { root, bundle: doc, now: h.clock.now })).toMatchObject({ ok: false, reason: 'type-not-allowed' });
    expect(verifyCode(code(makeKey()), { root, bundle: doc, now: h.clock.now })).toMatchObject({ ok: false, reason: 'not-certified' });
  });

  it('revoke needs a reason and a certified kid', async () => {
    const noReason = await h.run(['revoke', '--operator', taxiFleet.kid, '--reason', '  ']);
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toContain('--reason');
    const unknown = await h.run(['revoke', '--operator', makeKey().kid, '--reason', 'leaked']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No certificate was issued for operator key');
    expect(unknown.stderr).toContain('從未為營運者密鑰');
  });

  it('after revoke --operator and a new bundle, the same code is refused; bundle versions only go up', async () => {
    h.tick();
    const r = await h.run(['revoke', '--operator', taxiFleet.kid, '--reason', 'Key leaked 密鑰外洩']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ revoked: { kid: taxiFleet.kid, operator: 'Harbour Taxi Fleet 海港的士車隊' }, reason: 'Key leaked 密鑰外洩' });
    expect((await h.run(['revoke', '--operator', taxiFleet.kid, '--reason', 'again'])).code).toBe(1);
    const venue = await h.run(['revoke', '--venue', venueId, '--reason', 'Closed 已結業']);
    expect(venue.code, venue.stderr).toBe(0);
    h.tick();
    const { doc, version } = await bundle('bundle-2.json');
    expect(version).toBe(2);
    expect(doc.signed.revokedOperators).toEqual([{ kid: taxiFleet.kid, revokedAt: expect.any(String), reason: 'Key leaked 密鑰外洩' }]);
    expect(doc.signed.revokedVenues.map((v) => v.venueId)).toEqual([venueId]);
    const root = h.readRoot(h.file('root.json'));
    expect(verifyCode(code(taxiFleet), { root, bundle: doc, now: h.clock.now })).toMatchObject({ ok: false, reason: 'revoked-key' });
    // A revoked key is not certified again.
    const again = await h.run(['certify', '--request', writeRequest('req-3.json', taxiFleet), '--out', h.file('cert-3.json')]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('cannot be certified again');
    expect((await bundle('bundle-3.json')).version).toBe(3);
  });

  it('a certificate made before an operators rotation still checks, and the next bundle is signed by the new key', async () => {
    h.tick();
    const rot = await h.run(['rotate', '--role', 'operators']);
    expect(rot.code, rot.stderr).toBe(0);
    expect((await h.run(['root', 'export', '--out', h.file('root-2.json')])).code).toBe(0);
    const root = h.readRoot(h.file('root-2.json'));
    h.tick();
    const { doc } = await bundle('bundle-4.json');
    expect(doc.signatures[0]?.kid).toBe(rot.json().newKid);
    expect(prepareAuthorityTrust(root.signed, doc, h.clock.now, nobleVerify)).toMatchObject({ ok: true });
    const cert = h.readJson(h.file('cert-2.json')) as SignedCertificate;
    expect(checkCertificate(cert, root.signed, nobleVerify)).toMatchObject({ ok: true });
  });
});
