/**
 * The authority trust store over a real database (services/authority-trust): pinning, advancing through the
 * chain, rollback and equivocation refused with bilingual messages and nothing stored; certificate imports
 * refused for another key, the notices key, or no root; requests that checkRequest accepts; the status.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { AppFailure, type AppError } from '../../../shared/errors';
import { checkRequest } from '../../../shared/trust/certificate';
import { nobleVerify } from '../../../shared/trust/ed25519';
import { nodeVerify } from '../../../services/crypto/node-verify';
import type { DataFolder } from '../../../services/open-data-folder';
import { openTestServices } from '../../helpers/temp-services';
import { makeKey, makeTestAuthority } from '../../helpers/test-authority';

const NOW = Date.parse('2026-11-26T04:00:00Z');
const DAY = 86_400_000;
const open: { cleanup: () => void }[] = [];
afterEach(() => open.splice(0).forEach((o) => o.cleanup()));

/** The services' clock (a test may move it). */
const clock = { now: NOW };
afterEach(() => {
  clock.now = NOW;
});

function folder(options: { withSettings?: boolean } = {}): DataFolder {
  const t = openTestServices({ clock: () => clock.now, ...options });
  open.push(t);
  return t.services;
}

/** The AppError a call throws (fails the test when it does not throw one). */
function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppFailure) return error.appError;
    throw error;
  }
  throw new Error('expected a refusal');
}

const bilingual = (e: AppError) => {
  expect(e.message).toMatch(/[a-z]/);
  expect(e.messageZh ?? '').toMatch(/[\u4e00-\u9fff]/);
};

const versions = (s: DataFolder) => s.db.prepare<[], { version: number }>('SELECT version FROM authority_roots ORDER BY version').all().map((r) => r.version);

function chain() {
  const authority = makeTestAuthority(NOW - 30 * DAY);
  const v1 = authority.root;
  const v2 = authority.rotate('operators', NOW - 20 * DAY);
  const v3 = authority.rotate('root', NOW - 10 * DAY);
  return { authority, v1, v2, v3 };
}

describe('pinning the root', () => {
  it('pins a first root, then advances across a role and a root rotation, storing every version', () => {
    const s = folder();
    const { v1, v2, v3 } = chain();
    expect(s.authorityTrust.pinnedRoot()).toBeNull();
    expect(s.authorityTrust.pin(JSON.stringify(v1)).added).toEqual([1]);
    expect(s.authorityTrust.pin(JSON.stringify([v3, v2, v1])).added).toEqual([2, 3]);
    expect(versions(s)).toEqual([1, 2, 3]);
    expect(s.authorityTrust.pinnedRoot()?.signed.version).toBe(3);
    expect(s.authorityTrust.pin(JSON.stringify(v3)).added).toEqual([]); // already held: nothing new
  });

  it('pins a whole chain on a fresh console', () => {
    const s = folder();
    const { v1, v2, v3 } = chain();
    expect(s.authorityTrust.pin(JSON.stringify([v1, v2, v3])).added).toEqual([1, 2, 3]);
  });

  it('refuses a tampered first root, a skipped version, a rollback, and a different root of a version already held', () => {
    const s = folder();
    const { authority, v1, v2, v3 } = chain();
    const tampered = JSON.stringify(v1).replace('Department', 'Departmenu');
    let e = refusal(() => s.authorityTrust.pin(tampered));
    bilingual(e);
    expect(versions(s)).toEqual([]);

    s.authorityTrust.pin(JSON.stringify(v1));
    e = refusal(() => s.authorityTrust.pin(JSON.stringify(v3)));
    expect(e.message).toMatch(/every version in between/);
    bilingual(e);

    s.authorityTrust.pin(JSON.stringify([v2, v3]));
    e = refusal(() => s.authorityTrust.pin(JSON.stringify(v1)));
    expect(e.code).toBe('conflict');
    expect(e.message).toMatch(/rollback/);
    bilingual(e);

    // Another chain under the same name: a different version 3 (equal to the pinned version, not the same root),
    // and a different version 2 beside the genuine version 3 — both refused, not silently skipped.
    const other = makeTestAuthority(NOW - 30 * DAY, authority.name);
    const otherV2 = other.rotate('operators', NOW - 20 * DAY);
    const otherV3 = other.rotate('root', NOW - 10 * DAY);
    for (const text of [JSON.stringify(otherV3), JSON.stringify([otherV2, v3]), JSON.stringify(otherV2)]) {
      e = refusal(() => s.authorityTrust.pin(text));
      expect(e.code).toBe('conflict');
      bilingual(e);
    }
    expect(versions(s)).toEqual([1, 2, 3]);
    expect(s.authorityTrust.pinnedRoot()?.signatures).toEqual(v3.signatures);
  });

  it('refuses a file with two different roots of one version, and text that is not a root', () => {
    const s = folder();
    const { v1 } = chain();
    const twin = makeTestAuthority(NOW - 30 * DAY).root;
    bilingual(refusal(() => s.authorityTrust.pin(JSON.stringify([v1, twin]))));
    bilingual(refusal(() => s.authorityTrust.pin('{"hello":1}')));
    bilingual(refusal(() => s.authorityTrust.pin('not json')));
    expect(versions(s)).toEqual([]);
  });
});

describe('certificate requests', () => {
  it('are signed by the active key, name the operator, and pass checkRequest with either verifier', () => {
    const s = folder();
    const request = s.authorityTrust.request({ contact: 'ops@harbour.example' });
    const active = s.keys.active();
    expect(request.signed).toMatchObject({ type: 'venue-operator-certificate-request', operator: 'Harbour Dining Group', contact: 'ops@harbour.example', kid: active?.kid, publicKey: active?.publicKey, requestedAt: new Date(NOW).toISOString() });
    expect(checkRequest(request, nodeVerify)).toEqual({ ok: true });
    expect(checkRequest(request, nobleVerify)).toEqual({ ok: true });
    const edited = { ...request, signed: { ...request.signed, operator: 'Someone Else' } };
    expect(checkRequest(edited, nodeVerify).ok).toBe(false);
  });

  it('are refused while the operator is unnamed, and for a contact too long', () => {
    const unnamed = folder({ withSettings: false });
    const e = refusal(() => unnamed.authorityTrust.request());
    expect(e.fields?.[0]?.field).toBe('operatorName');
    bilingual(e);
    bilingual(refusal(() => folder().authorityTrust.request({ contact: 'x'.repeat(301) })));
  });
});

describe('importing a certificate', () => {
  function certified(s: DataFolder, options: { validUntil?: string; signer?: ReturnType<typeof makeKey> } = {}) {
    const { authority } = chain();
    const key = s.keys.active();
    if (!key) throw new Error('no key');
    const cert = authority.certify({ kid: key.kid, publicKey: key.publicKey, operator: 'Harbour Dining Group' }, NOW - DAY, {
      validFrom: '2026-11-01',
      validUntil: options.validUntil ?? '2027-10-31',
      types: ['restaurant', 'taxi'],
      ...(options.signer ? { signer: options.signer } : {}),
    });
    return { authority, cert, key };
  }

  it('refuses it with no root pinned, for another key, and when the notices key signed it', () => {
    const s = folder();
    const { authority, cert } = certified(s);
    const e = refusal(() => s.authorityTrust.importCertificate(JSON.stringify(cert)));
    expect(e.message).toMatch(/Pin the authority's root first/);
    bilingual(e);
    s.authorityTrust.pin(JSON.stringify(authority.roots));

    const stranger = makeKey();
    const theirs = authority.certify({ kid: stranger.kid, publicKey: stranger.publicKey, operator: 'Other Group' }, NOW - DAY, { validFrom: '2026-11-01', validUntil: '2027-10-31' });
    bilingual(refusal(() => s.authorityTrust.importCertificate(JSON.stringify(theirs))));

    const key = s.keys.active();
    const byNotices = authority.certify({ kid: key?.kid ?? '', publicKey: key?.publicKey ?? '', operator: 'Harbour Dining Group' }, NOW - DAY, { validFrom: '2026-11-01', validUntil: '2027-10-31', signer: authority.key('notices') });
    const n = refusal(() => s.authorityTrust.importCertificate(JSON.stringify(byNotices)));
    expect(n.message).toMatch(/notices key/);
    bilingual(n);
    bilingual(refusal(() => s.authorityTrust.importCertificate(JSON.stringify(authority.root)))); // a root is not a certificate
    expect(s.authorityTrust.certificates()).toEqual([]);
  });

  it('stores a valid one and shows it; importing it twice adds nothing', () => {
    const s = folder();
    const { authority, cert, key } = certified(s);
    s.authorityTrust.pin(JSON.stringify(authority.roots));
    expect(s.authorityTrust.importCertificate(JSON.stringify(cert)).added).toBe(true);
    expect(s.authorityTrust.importCertificate(JSON.stringify(cert)).added).toBe(false);
    const status = s.authorityTrust.status();
    expect(status.root).toMatchObject({ authority: authority.name, version: 3, expired: false });
    expect(status.root?.roleKids.operators).toHaveLength(2);
    expect(status.keys.find((k) => k.kid === key.kid)?.certificate).toMatchObject({
      certifiedBy: authority.name,
      serial: 1,
      validUntil: '2027-10-31',
      venueTypes: ['restaurant', 'taxi'],
      expiresSoon: false,
      expired: false,
    });
  });

  it('says a certificate expires soon when fewer than 30 days are left, and expired after its last day', () => {
    const s = folder();
    const soon = certified(s, { validUntil: '2026-12-20' }); // 25 days left, 2026-11-26 included
    s.authorityTrust.pin(JSON.stringify(soon.authority.roots));
    s.authorityTrust.importCertificate(JSON.stringify(soon.cert));
    expect(s.authorityTrust.status().keys[0]?.certificate).toMatchObject({ daysLeft: 25, expiresSoon: true, expired: false });

    clock.now = Date.parse('2026-12-20T16:00:00Z'); // 2026-12-21 in Hong Kong: the day after its last
    expect(s.authorityTrust.status().keys[0]?.certificate).toMatchObject({ daysLeft: 0, expiresSoon: false, expired: true });
  });
});
