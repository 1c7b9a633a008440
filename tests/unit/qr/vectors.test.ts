/** Checks the test vectors printed in docs/qr-format.md, read from the document itself so it cannot drift. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../shared/qr/bytes';
import { buildCodeText } from '../../../shared/qr/code';
import { decodeRecord, encodeRecord, type VenueCodeRecord } from '../../../shared/qr/record';
import { kidOf, trustFileSchema } from '../../../shared/qr/trust';
import { verifyCodeWithTrustFile } from '../../../shared/qr/verify';

interface Vectors {
  trusts: Record<string, { keys: unknown[]; revokedVenues: string[] }>;
  records: { name: string; fields: VenueCodeRecord; recordHex: string; text: string }[];
  verdicts: { text: string; trust: string; verdict: string }[];
}

const doc = readFileSync(resolve(__dirname, '../../../docs/qr-format.md'), 'utf8');
const block = /```json qr-vectors\n([\s\S]*?)\n```/.exec(doc);
const vectors = JSON.parse(block?.[1] ?? 'null') as Vectors;
const seed = fromHex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60') as Uint8Array;

const trust = (name: string) =>
  trustFileSchema.parse({ format: 'venue-console-trust', version: 1, operator: 'Vectors', exportedAt: '2026-11-23T00:00:00Z', ...vectors.trusts[name] });

describe('docs/qr-format.md test vectors', () => {
  it('are present', () => {
    expect(vectors.records.length).toBeGreaterThanOrEqual(3);
    expect(vectors.verdicts.length).toBeGreaterThanOrEqual(10);
  });

  it('use the kid derived from the RFC 8032 TEST 1 public key', () => {
    expect(kidOf(ed25519.getPublicKey(seed))).toBe(vectors.records[0]?.fields.kid);
  });

  for (const r of vectors.records) {
    it(`${r.name}: record bytes, text and decoding match`, () => {
      expect(toHex(encodeRecord(r.fields))).toBe(r.recordHex);
      expect(buildCodeText(r.fields, (m) => ed25519.sign(m, seed))).toBe(r.text);
      expect(decodeRecord(fromHex(r.recordHex) as Uint8Array)).toEqual(r.fields);
    });
  }

  for (const v of vectors.verdicts) {
    const text = v.text.startsWith('@') ? (vectors.records.find((r) => r.name === v.text.slice(1))?.text ?? '') : v.text;
    it(`${v.text.slice(0, 24)}… against ${v.trust} → ${v.verdict}`, () => {
      const verdict = verifyCodeWithTrustFile(text, trust(v.trust));
      expect(verdict.ok ? 'ok' : verdict.reason).toBe(v.verdict);
    });
  }
});
