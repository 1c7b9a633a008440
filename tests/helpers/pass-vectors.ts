/**
 * The Health Code pass test vectors of docs/health-code-pass.md, made from fixed seeds: the doc's vectors
 * must equal what this makes (tests/unit/health-code/pass-vectors.test.ts), so they can never drift.
 */
import { buildCodeText } from '../../shared/qr/code';
import { buildPassText, type PassRecord } from '../../shared/health-code/pass';
import { signDocument } from '../../shared/trust/signed-document';
import type { Root, SignedRoot } from '../../shared/trust/root';
import { seedKey } from './seed-keys';

/** One vector: pass text, the time it is checked at, and the expected verdict. */
export interface PassVector {
  name: string;
  text: string;
  now: string;
  expect: { ok: true; colour: string; validUntil: string } | { ok: false; reason: string };
}

/** The vectors' authority root (root key seed 0x01; operators 0x02, notices 0x03, health-code 0x04). */
export function vectorRoot(): SignedRoot {
  const [root, operators, notices, health] = [seedKey(1), seedKey(2), seedKey(3), seedKey(4)];
  const role = (k: { kid: string; publicKey: string }) => [{ kid: k.kid, publicKey: k.publicKey, validFrom: '2026-01-01T00:00:00Z', validUntil: null }];
  const signed: Root = {
    type: 'venue-authority-root',
    authority: 'Test Authority 測試機構',
    version: 1,
    issuedAt: '2026-01-01T00:00:00Z',
    expires: '2027-12-31T00:00:00Z',
    rootKeys: [{ kid: root.kid, publicKey: root.publicKey }],
    roles: { operators: role(operators), notices: role(notices), 'health-code': role(health) },
  };
  return signDocument(signed, [root]);
}

/** Every vector, in the doc's order. A venue operator's key (seed 0x05) and an unknown key (0x06) sign the refused ones. */
export function passVectors(): PassVector[] {
  const health = seedKey(4);
  const operators = seedKey(2);
  const venueOperator = seedKey(5);
  const stranger = seedKey(6);
  const issuedAt = Date.parse('2026-11-26T08:00:00+08:00') / 1000;
  const base: PassRecord = { passId: '0123456789abcdef', colour: 'green', validOn: '2026-11-26', initials: 'CTM', birthDayMonth: '07-03', issuedAt, kid: health.kid };
  const green = buildPassText(base, health.sign);
  const amber = buildPassText({ ...base, passId: '1111111111111111', colour: 'amber', initials: 'WKL' }, health.sign);
  const red = buildPassText({ ...base, passId: '2222222222222222', colour: 'red', initials: 'AB' }, health.sign);
  // One bit of the signature's last byte flipped: the digits still decode, the signature no longer matches.
  const tampered = buildPassText(base, (m) => {
    const s = health.sign(m);
    s[63] = (s[63] as number) ^ 1;
    return s;
  });
  const byOperatorsKey = buildPassText({ ...base, kid: operators.kid }, operators.sign);
  const byVenueOperator = buildPassText({ ...base, kid: venueOperator.kid }, venueOperator.sign);
  const byStranger = buildPassText({ ...base, kid: stranger.kid }, stranger.sign);
  const venueCode = buildCodeText({ kid: venueOperator.kid, issuedOn: '2026-11-01', venueId: 'TEAHVSE2N', type: 'restaurant', nameEn: 'Tea House', nameZh: '茶樓' }, venueOperator.sign);
  const until = '2026-11-26T23:59:59+08:00';
  return [
    { name: 'green, last second of its day', text: green, now: '2026-11-26T23:59:59+08:00', expect: { ok: true, colour: 'green', validUntil: until } },
    { name: 'green, first second of the next day', text: green, now: '2026-11-27T00:00:00+08:00', expect: { ok: false, reason: 'expired' } },
    { name: 'green, the day before its day', text: green, now: '2026-11-25T23:00:00+08:00', expect: { ok: false, reason: 'not-yet-valid' } },
    { name: 'amber', text: amber, now: '2026-11-26T12:00:00+08:00', expect: { ok: true, colour: 'amber', validUntil: until } },
    { name: 'red', text: red, now: '2026-11-26T12:00:00+08:00', expect: { ok: true, colour: 'red', validUntil: until } },
    { name: 'one signature bit flipped', text: tampered, now: '2026-11-26T12:00:00+08:00', expect: { ok: false, reason: 'bad-signature' } },
    { name: "signed by the authority's operators key", text: byOperatorsKey, now: '2026-11-26T12:00:00+08:00', expect: { ok: false, reason: 'wrong-role' } },
    { name: "signed by a venue operator's key (certified in the bundle)", text: byVenueOperator, now: '2026-11-26T12:00:00+08:00', expect: { ok: false, reason: 'wrong-role' } },
    { name: 'signed by an unknown key', text: byStranger, now: '2026-11-26T12:00:00+08:00', expect: { ok: false, reason: 'unknown-key' } },
    { name: 'format version 2', text: `HC2:${green.slice(4)}`, now: '2026-11-26T12:00:00+08:00', expect: { ok: false, reason: 'unsupported-version' } },
    { name: 'one digit missing', text: green.slice(0, -1), now: '2026-11-26T12:00:00+08:00', expect: { ok: false, reason: 'malformed' } },
    { name: 'a venue code', text: venueCode, now: '2026-11-26T12:00:00+08:00', expect: { ok: false, reason: 'malformed' } },
  ];
}

/** The venue operator kid the vectors treat as certified (seed 0x05). */
export const VECTOR_OPERATOR_KID = (): string => seedKey(5).kid;
