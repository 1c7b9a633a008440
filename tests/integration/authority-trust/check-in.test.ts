/**
 * checkInWithCode with the authority's trust (shared/checkin/scan.ts): a code this console signed, under the root
 * it pinned and a bundle carrying its certificate, checks in; refused codes (not certified, wrong type, revoked)
 * leave the diary untouched.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkInWithCode } from '../../../shared/checkin/scan';
import { VisitDiary } from '../../../shared/checkin/visit-diary';
import { prepareAuthorityTrust, type SignedBundle } from '../../../shared/trust/bundle';
import { nodeVerify } from '../../../services/crypto/node-verify';
import { openTestServices, venueInput } from '../../helpers/temp-services';
import { makeTestAuthority } from '../../helpers/test-authority';

const NOW = Date.parse('2026-11-26T04:00:00Z');
const DAY = 86_400_000;
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function setup() {
  const t = openTestServices({ clock: () => NOW });
  cleanups.push(t.cleanup);
  const s = t.services;
  const authority = makeTestAuthority(NOW - 30 * DAY);
  s.authorityTrust.pin(JSON.stringify(authority.roots));
  const key = s.keys.active();
  if (!key) throw new Error('no key');
  const certify = (types?: ('restaurant' | 'taxi')[]) =>
    authority.certify({ kid: key.kid, publicKey: key.publicKey, operator: 'Harbour Dining Group' }, NOW - DAY, { validFrom: '2026-11-01', validUntil: '2027-10-31', ...(types ? { types } : {}) });
  const venue = s.venues.create(venueInput({ type: 'restaurant' }));
  const text = s.issuer.issue(venue).text;
  /** The trust as a scanner prepares it from the console's pinned root. */
  const trustOf = (bundle: SignedBundle) => {
    const root = s.authorityTrust.pinnedRoot();
    if (!root) throw new Error('no root');
    const prepared = prepareAuthorityTrust(root.signed, bundle, NOW, nodeVerify);
    if (!prepared.ok) throw new Error(prepared.detail);
    return prepared.trust;
  };
  return { authority, key, certify, venue, text, trustOf };
}

describe('check-in against the authority trust', () => {
  it('records a visit for a certified code', () => {
    const { authority, certify, venue, text, trustOf } = setup();
    const diary = new VisitDiary({ clock: () => NOW });
    const out = checkInWithCode(diary, text, trustOf(authority.bundle(NOW - 3_600_000, { certificates: [certify()] })), nodeVerify);
    expect(out.ok).toBe(true);
    expect(diary.visits()).toHaveLength(1);
    expect(diary.visits()[0]).toMatchObject({ kind: 'venue', venueId: venue.id, checkIn: NOW });
  });

  it('records nothing for a code that is not certified, not allowed for its type, or revoked', () => {
    const { authority, key, certify, text, trustOf } = setup();
    const diary = new VisitDiary({ clock: () => NOW });
    const at = NOW - 3_600_000;
    const bundles = {
      'not-certified': authority.bundle(at, {}),
      'type-not-allowed': authority.bundle(at, { certificates: [certify(['taxi'])] }),
      'revoked-key': authority.bundle(at, { certificates: [certify()], revokedOperators: [{ kid: key.kid, revokedAt: new Date(at).toISOString(), reason: 'leaked' }] }),
    };
    for (const [reason, bundle] of Object.entries(bundles)) {
      expect(checkInWithCode(diary, text, trustOf(bundle), nodeVerify)).toMatchObject({ ok: false, reason });
    }
    expect(diary.visits()).toEqual([]);
  });
});
