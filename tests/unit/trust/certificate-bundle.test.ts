/**
 * Certificate requests, certificates, the trust bundle and verifyCode (shared/trust): a changed byte, the wrong
 * role's key, an old operators key before and after its rotation, expiry — each refused with its own reason.
 */
import { describe, expect, it } from 'vitest';
import { buildCodeText } from '../../../shared/qr/code';
import { parseBundle, prepareAuthorityTrust } from '../../../shared/trust/bundle';
import { certificateRequestSchema, certificateSchema, checkCertificate, checkRequest, parseSignedDocument } from '../../../shared/trust/certificate';
import { nobleVerify } from '../../../shared/trust/ed25519';
import { signDocument } from '../../../shared/trust/signed-document';
import { verifyCode } from '../../../shared/trust/verify-code';
import { venueIdCheckChar } from '../../../shared/venue/venue-id';
import { nodeVerify } from '../../../services/crypto/node-verify';
import { makeKey, makeTestAuthority, type TestKey } from '../../helpers/test-authority';

const NOW = Date.parse('2026-11-26T04:00:00Z');
const DAY = 86_400_000;
const VENUE = `23456789${venueIdCheckChar('23456789')}`;

const code = (key: TestKey, over: { issuedOn?: string; type?: 'restaurant' | 'taxi' } = {}) =>
  buildCodeText({ kid: key.kid, issuedOn: over.issuedOn ?? '2026-11-26', venueId: VENUE, type: over.type ?? 'restaurant', nameEn: 'Harbour Noodles', nameZh: '海港麵家' }, key.sign);

function setup() {
  const authority = makeTestAuthority(NOW - 30 * DAY);
  const operator = makeKey();
  const subject = { kid: operator.kid, publicKey: operator.publicKey, operator: 'Harbour Dining Group' };
  const cert = authority.certify(subject, NOW - DAY, { validFrom: '2026-11-01', validUntil: '2027-10-31' });
  return { authority, operator, subject, cert };
}

describe('certificate requests', () => {
  it('verify when signed by the key they name, and not after a changed byte or by another key', () => {
    const { authority, operator } = setup();
    const request = authority.request(operator, 'Harbour Dining Group', NOW);
    expect(checkRequest(request, nodeVerify)).toEqual({ ok: true });
    const tampered = parseSignedDocument(JSON.stringify(request).replace('Harbour', 'Harbonr'), certificateRequestSchema);
    expect(tampered.ok).toBe(true);
    if (tampered.ok) expect(checkRequest(tampered.doc, nodeVerify)).toMatchObject({ ok: false });
    expect(parseSignedDocument(JSON.stringify(request), certificateSchema).ok).toBe(false); // a request is not a certificate
    const changed = { signed: { ...request.signed, contact: 'thief@example.hk' }, signatures: request.signatures };
    expect(checkRequest(changed, nobleVerify)).toMatchObject({ ok: false });
    const other = makeKey();
    const byOther = signDocument(request.signed, [other]);
    expect(checkRequest(byOther, nodeVerify)).toMatchObject({ ok: false });
  });
});

describe('certificates', () => {
  it('verify against the root when signed by its operators key', () => {
    const { authority, cert } = setup();
    expect(checkCertificate(cert, authority.root.signed, nodeVerify)).toMatchObject({ ok: true });
  });

  it('are refused after one changed byte (validUntil moved a year on)', () => {
    const { authority, cert } = setup();
    const parsed = parseSignedDocument(JSON.stringify(cert).replace('2027-10-31', '2028-10-31'), certificateSchema);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(checkCertificate(parsed.doc, authority.root.signed, nodeVerify)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('are refused when signed by the notices key or the root key (the wrong role)', () => {
    const { authority, subject } = setup();
    for (const signer of [authority.key('notices'), authority.rootKey()]) {
      const cert = authority.certify(subject, NOW - DAY, { validFrom: '2026-11-01', validUntil: '2027-10-31', signer });
      const out = checkCertificate(cert, authority.root.signed, nodeVerify);
      expect(out).toMatchObject({ ok: false, reason: 'wrong-key' });
      if (!out.ok) expect(out.detail).toMatch(/notices key|root key/);
    }
  });

  it('issued by the old operators key before a rotation still verify; after it, they do not', () => {
    const { authority, subject, cert } = setup();
    const oldKey = authority.key('operators');
    authority.rotate('operators', NOW - DAY / 2);
    expect(checkCertificate(cert, authority.root.signed, nodeVerify)).toMatchObject({ ok: true });
    const late = authority.certify(subject, NOW, { validFrom: '2026-11-01', validUntil: '2027-10-31', signer: oldKey });
    expect(checkCertificate(late, authority.root.signed, nodeVerify)).toMatchObject({ ok: false, reason: 'wrong-key' });
  });
});

describe('trust bundles and verifyCode', () => {
  it('verify a certified code and name the operator', () => {
    const { authority, operator, cert } = setup();
    const bundle = authority.bundle(NOW - 3_600_000, { certificates: [cert] });
    expect(verifyCode(code(operator), { root: authority.root, bundle, now: NOW, verify: nodeVerify })).toMatchObject({ ok: true, operator: 'Harbour Dining Group', venue: { venueId: VENUE } });
  });

  it('refuse a bundle with one changed byte (bundle-invalid)', () => {
    const { authority, operator, cert } = setup();
    const bundle = authority.bundle(NOW - 3_600_000, { certificates: [cert] });
    const parsed = parseBundle(JSON.stringify(bundle).replace('"version":1', '"version":9'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(prepareAuthorityTrust(authority.root.signed, parsed.doc, NOW, nodeVerify)).toMatchObject({ ok: false, reason: 'bundle-invalid' });
    expect(verifyCode(code(operator), { root: authority.root, bundle: parsed.doc, now: NOW })).toMatchObject({ ok: false, reason: 'bundle-invalid' });
  });

  it('refuse a bundle signed by the notices key, an expired bundle, and an expired root', () => {
    const { authority, cert } = setup();
    const byNotices = authority.bundle(NOW - 3_600_000, { certificates: [cert] }, { signer: authority.key('notices') });
    expect(prepareAuthorityTrust(authority.root.signed, byNotices, NOW, nodeVerify)).toMatchObject({ ok: false, reason: 'bundle-invalid' });
    const stale = authority.bundle(NOW - 3 * DAY, { certificates: [cert] });
    expect(prepareAuthorityTrust(authority.root.signed, stale, NOW, nodeVerify)).toMatchObject({ ok: false, reason: 'bundle-expired' });
    const fresh = authority.bundle(NOW, { certificates: [cert] });
    expect(prepareAuthorityTrust(authority.root.signed, fresh, Date.parse(authority.root.signed.expires) + 1, nodeVerify)).toMatchObject({ ok: false, reason: 'root-expired' });
  });

  it('give not-certified, certificate-expired, type-not-allowed and revoked-key', () => {
    const { authority, operator, subject, cert } = setup();
    const at = NOW - 3_600_000;
    const ctx = (b: ReturnType<typeof authority.bundle>) => ({ root: authority.root, bundle: b, now: NOW, verify: nodeVerify });
    expect(verifyCode(code(operator), ctx(authority.bundle(at, {})))).toMatchObject({ ok: false, reason: 'not-certified' });
    expect(verifyCode(code(operator, { issuedOn: '2027-11-01' }), ctx(authority.bundle(at, { certificates: [cert] })))).toMatchObject({ ok: false, reason: 'certificate-expired' });
    const taxiOnly = authority.certify(subject, at, { validFrom: '2026-11-01', validUntil: '2027-10-31', types: ['taxi'] });
    const taxiBundle = authority.bundle(at, { certificates: [taxiOnly] });
    expect(verifyCode(code(operator), ctx(taxiBundle))).toMatchObject({ ok: false, reason: 'type-not-allowed' });
    expect(verifyCode(code(operator, { type: 'taxi' }), ctx(taxiBundle))).toMatchObject({ ok: true });
    const revoked = authority.bundle(at, { certificates: [cert], revokedOperators: [{ kid: operator.kid, revokedAt: new Date(at).toISOString(), reason: 'laptop stolen' }] });
    expect(verifyCode(code(operator), ctx(revoked))).toMatchObject({ ok: false, reason: 'revoked-key' });
  });
});
