import { generateKeyPairSync, sign } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCodeText, parseCodeText } from '../../../shared/qr/code';
import type { VenueCodeRecord } from '../../../shared/qr/record';
import { kidOf, parseTrustFile, type TrustFile } from '../../../shared/qr/trust';
import { toHex } from '../../../shared/qr/bytes';
import { indexTrust, verifyCodeWithTrustFile } from '../../../shared/qr/verify';

/** A real Ed25519 key made by Node (as the main process does), verified by the pure-TS verifier. */
function nodeKey() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = new Uint8Array(Buffer.from(String(publicKey.export({ format: 'jwk' }).x), 'base64url'));
  return { raw, kid: kidOf(raw), sign: (m: Uint8Array) => new Uint8Array(sign(null, m, privateKey)) };
}

const keyA = nodeKey();
const keyB = nodeKey();

function trustOf(keys: { raw: Uint8Array; status?: 'active' | 'retired' | 'revoked'; validUntil?: string | null }[], revokedVenues: string[] = []): TrustFile {
  return {
    format: 'venue-console-trust',
    version: 1,
    operator: 'Test operator',
    exportedAt: '2026-11-23T00:00:00Z',
    keys: keys.map((k) => ({ kid: kidOf(k.raw), publicKey: toHex(k.raw), status: k.status ?? 'active', validFrom: '2026-01-01', validUntil: k.validUntil ?? null })),
    revokedVenues,
  };
}

const record = (over: Partial<VenueCodeRecord> = {}): VenueCodeRecord => ({
  kid: keyA.kid,
  issuedOn: '2026-11-23',
  venueId: '2FQCJMEX7',
  type: 'karaoke',
  nameEn: 'Mong Kok Karaoke',
  nameZh: '旺角卡拉OK',
  ...over,
});

describe('verifyCode', () => {
  const trustA = indexTrust(trustOf([keyA]));

  it('accepts a code signed by Node crypto with the operator key', () => {
    const text = buildCodeText(record(), keyA.sign);
    expect(verifyCodeWithTrustFile(text, trustA)).toEqual({ ok: true, venue: record() });
  });

  it('ignores a wedge scanner’s trailing Enter but nothing else', () => {
    const text = buildCodeText(record(), keyA.sign);
    expect(verifyCodeWithTrustFile(`${text}\r\n`, trustA).ok).toBe(true);
    expect(verifyCodeWithTrustFile(`${text}0`, trustA).ok).toBe(false);
  });

  it('rejects every single-digit change', () => {
    const text = buildCodeText(record(), keyA.sign);
    fc.assert(
      fc.property(fc.integer({ min: 4, max: text.length - 1 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const digit = (Number(text[pos]) + delta) % 10;
        const tampered = text.slice(0, pos) + String(digit) + text.slice(pos + 1);
        const verdict = verifyCodeWithTrustFile(tampered, trustA);
        expect(verdict.ok).toBe(false);
        if (!verdict.ok) expect(['malformed', 'bad-signature', 'unknown-key']).toContain(verdict.reason);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects a code signed by a key that is not trusted (forged poster)', () => {
    const forged = buildCodeText(record({ kid: keyB.kid }), keyB.sign);
    expect(verifyCodeWithTrustFile(forged, trustA)).toMatchObject({ ok: false, reason: 'unknown-key' });
  });

  it('rejects a code that claims the trusted kid but is signed by another key', () => {
    const forged = buildCodeText(record(), keyB.sign);
    expect(verifyCodeWithTrustFile(forged, trustA)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('keeps verifying codes of a retired key, and refuses codes it signs after retirement', () => {
    const trust = indexTrust(trustOf([{ raw: keyA.raw, status: 'retired', validUntil: '2026-11-23' }, { raw: keyB.raw }]));
    expect(verifyCodeWithTrustFile(buildCodeText(record(), keyA.sign), trust).ok).toBe(true);
    expect(verifyCodeWithTrustFile(buildCodeText(record({ issuedOn: '2026-11-24' }), keyA.sign), trust)).toMatchObject({ ok: false, reason: 'revoked' });
    expect(verifyCodeWithTrustFile(buildCodeText(record({ kid: keyB.kid, issuedOn: '2026-11-24' }), keyB.sign), trust).ok).toBe(true);
  });

  it('refuses codes of a revoked key as revoked-key, and of a deactivated venue as revoked', () => {
    const text = buildCodeText(record(), keyA.sign);
    expect(verifyCodeWithTrustFile(text, trustOf([{ raw: keyA.raw, status: 'revoked' }]))).toMatchObject({ ok: false, reason: 'revoked-key' });
    expect(verifyCodeWithTrustFile(text, trustOf([keyA], ['2FQCJMEX7']))).toMatchObject({ ok: false, reason: 'revoked' });
  });

  it('refuses every code of a revoked key, even one back-dated inside its old validity (a leaked key)', () => {
    // keyA was retired on 2026-06-30 and later revoked; a thief back-dates a code to 2026-03-01.
    const trust = indexTrust(trustOf([{ raw: keyA.raw, status: 'revoked', validUntil: '2026-06-30' }, { raw: keyB.raw }]));
    for (const issuedOn of ['2026-01-01', '2026-03-01', '2026-06-30']) {
      const verdict = verifyCodeWithTrustFile(buildCodeText(record({ issuedOn }), keyA.sign), trust);
      expect(verdict).toMatchObject({ ok: false, reason: 'revoked-key' });
      expect(!verdict.ok && verdict.detail).toContain(keyA.kid);
    }
    // Outside the old validity it is still revoked-key (the key, not the date, is the reason).
    expect(verifyCodeWithTrustFile(buildCodeText(record({ issuedOn: '2026-12-01' }), keyA.sign), trust)).toMatchObject({ ok: false, reason: 'revoked-key' });
    // The same back-dated code from a merely retired key verifies: revocation is what refuses it.
    const retired = indexTrust(trustOf([{ raw: keyA.raw, status: 'retired', validUntil: '2026-06-30' }, { raw: keyB.raw }]));
    expect(verifyCodeWithTrustFile(buildCodeText(record({ issuedOn: '2026-03-01' }), keyA.sign), retired).ok).toBe(true);
    // A forged signature under the revoked kid is still a bad signature, not a claim about the key.
    expect(verifyCodeWithTrustFile(buildCodeText(record(), keyB.sign), trust)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('names an unsupported version and malformed text', () => {
    const text = buildCodeText(record(), keyA.sign);
    expect(verifyCodeWithTrustFile(text.replace('VC1:', 'VC7:'), trustA)).toMatchObject({ ok: false, reason: 'unsupported-version' });
    expect(verifyCodeWithTrustFile(text.replace('VC1:', 'VC01:'), trustA)).toMatchObject({ ok: false, reason: 'unsupported-version' });
    expect(verifyCodeWithTrustFile('https://example.com/', trustA)).toMatchObject({ ok: false, reason: 'malformed' });
    expect(verifyCodeWithTrustFile('', trustA)).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('round-trips any names within the limits', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }), fc.string({ minLength: 1, maxLength: 40, unit: 'binary' }), (nameEn, nameZh) => {
        const r = record({ nameEn, nameZh });
        const parsed = parseCodeText(buildCodeText(r, keyA.sign));
        expect(parsed.ok && parsed.code.record).toEqual(r);
      }),
      { numRuns: 100 },
    );
  });
});

describe('parseTrustFile', () => {
  it('reads an exported trust file and explains a bad one', () => {
    const good = JSON.stringify(trustOf([keyA]));
    expect(parseTrustFile(good).keys[0]?.kid).toBe(keyA.kid);
    expect(() => parseTrustFile('{')).toThrow(/not valid JSON/);
    expect(() => parseTrustFile(JSON.stringify({ ...trustOf([keyA]), keys: [{ kid: 'XYZ' }] }))).toThrow(/keys\.0/);
  });

  it('reads a revoked key with its reason and time, and old files without them', () => {
    const old = trustOf([{ raw: keyA.raw, status: 'revoked' }]);
    expect(parseTrustFile(JSON.stringify(old)).keys[0]).not.toHaveProperty('revokedAt');
    const revoked = { ...old, keys: old.keys.map((k) => ({ ...k, revokedAt: '2026-11-24T02:00:00.000Z', revocationReason: 'Laptop stolen 手提電腦被盜' })) };
    expect(parseTrustFile(JSON.stringify(revoked)).keys[0]).toMatchObject({ status: 'revoked', revokedAt: '2026-11-24T02:00:00.000Z', revocationReason: 'Laptop stolen 手提電腦被盜' });
    const badTime = { ...old, keys: old.keys.map((k) => ({ ...k, revokedAt: 'yesterday' })) };
    expect(() => parseTrustFile(JSON.stringify(badTime))).toThrow(/keys\.0\.revokedAt/);
  });
});
