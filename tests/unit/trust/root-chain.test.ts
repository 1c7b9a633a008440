/**
 * The authority's root and its chain (shared/trust/root.ts): a first root signed by itself, forward steps only
 * through the previous root key, across a role rotation and a root-key rotation; tampering, rollback, a skipped
 * version and a forged step are refused; canonical JSON makes key order irrelevant.
 */
import { describe, expect, it } from 'vitest';
import { advanceRoot, checkFirstRoot, checkNextRoot, parseRoot, roleKeyAt, type SignedRoot } from '../../../shared/trust/root';
import { nobleVerify } from '../../../shared/trust/ed25519';
import { signDocument } from '../../../shared/trust/signed-document';
import { nodeVerify } from '../../../services/crypto/node-verify';
import { makeKey, makeTestAuthority } from '../../helpers/test-authority';

const NOW = Date.parse('2026-11-26T04:00:00Z');
const DAY = 86_400_000;

/** A chain: v1, v2 (the operators key rotated), v3 (the root key rotated). */
function chain() {
  const authority = makeTestAuthority(NOW - 30 * DAY);
  const v1 = authority.root;
  const v2 = authority.rotate('operators', NOW - 20 * DAY);
  const v3 = authority.rotate('root', NOW - 10 * DAY);
  return { authority, v1, v2, v3 };
}

/** Re-parses a document from JSON text after `edit` (a byte-level change of the text). */
function reparse(doc: SignedRoot, edit: (text: string) => string): SignedRoot {
  const parsed = parseRoot(edit(JSON.stringify(doc)));
  if (!parsed.ok) throw new Error(parsed.detail);
  return parsed.root;
}

/** Writes an object's keys in reverse order, recursively (same JSON value, other text). */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
  return value;
}

describe('a first root', () => {
  it('is accepted when signed by its own root key, with either verifier', () => {
    const { v1 } = chain();
    expect(checkFirstRoot(v1, nobleVerify).ok).toBe(true);
    expect(checkFirstRoot(v1, nodeVerify).ok).toBe(true);
  });

  it('is refused after one changed byte in its signed part', () => {
    const { v1 } = chain();
    const tampered = reparse(v1, (t) => t.replace('"version":1', '"version":2'));
    expect(checkFirstRoot(tampered, nodeVerify)).toMatchObject({ ok: false, reason: 'bad-signature' });
    const renamed = reparse(v1, (t) => t.replace('Department', 'Departmenu'));
    expect(checkFirstRoot(renamed, nobleVerify)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('is refused after one changed byte in its signature', () => {
    const { v1 } = chain();
    const sig = (v1.signatures[0] as { sig: string }).sig;
    const flipped = `${sig.slice(0, 10)}${sig[10] === '0' ? '1' : '0'}${sig.slice(11)}`;
    expect(checkFirstRoot(reparse(v1, (t) => t.replace(sig, flipped)), nodeVerify)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('is refused when signed by a key that is not one of its root keys (a role key)', () => {
    const { authority, v1 } = chain();
    const byRole = signDocument(v1.signed, [authority.key('operators')]);
    expect(checkFirstRoot(byRole, nodeVerify)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('does not depend on the order keys are written in (RFC 8785)', () => {
    const { v1, v2 } = chain();
    const text = JSON.stringify(reverseKeys(v1));
    expect(text).not.toBe(JSON.stringify(v1));
    const parsed = parseRoot(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(checkFirstRoot(parsed.root, nodeVerify).ok).toBe(true);
    // Straight from the reversed object too (zod rewrites key order; the signature must not care either way).
    const reversed = { signed: reverseKeys(v1.signed) as SignedRoot['signed'], signatures: v1.signatures };
    expect(Object.keys(reversed.signed)[0]).not.toBe(Object.keys(v1.signed)[0]);
    expect(checkFirstRoot(reversed, nodeVerify).ok).toBe(true);
    expect(checkFirstRoot(reversed, nobleVerify).ok).toBe(true);
    expect(checkNextRoot(parsed.root, reparse(v2, (t) => JSON.stringify(reverseKeys(JSON.parse(t)))), nodeVerify).ok).toBe(true);
  });

  it('is malformed when a key does not match its kid', () => {
    const { v1 } = chain();
    const kid = (v1.signed.rootKeys[0] as { kid: string }).kid;
    const wrong = JSON.stringify(v1).replaceAll(kid, kid.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')));
    expect(parseRoot(wrong)).toMatchObject({ ok: false, reason: 'malformed' });
  });
});

describe('the root chain', () => {
  it('walks from an old pinned root across a role rotation and a root rotation', () => {
    const { v1, v2, v3 } = chain();
    expect(v3.signed.rootKeys[0]?.kid).not.toBe(v1.signed.rootKeys[0]?.kid);
    const out = advanceRoot(v1, [v3, v2], nodeVerify); // any order
    expect(out).toMatchObject({ ok: true });
    if (out.ok) expect(out.root.signed.version).toBe(3);
    expect(advanceRoot(null, [v1, v2, v3], nodeVerify)).toMatchObject({ ok: true, root: v3 });
  });

  it('refuses a skipped version (not-next-version): v1 pinned, v3 given alone', () => {
    const { v1, v3 } = chain();
    expect(advanceRoot(v1, [v3], nodeVerify)).toMatchObject({ ok: false, reason: 'not-next-version' });
  });

  it('refuses a rollback: v3 pinned, only v1 or v2 given', () => {
    const { v1, v2, v3 } = chain();
    expect(advanceRoot(v3, [v1], nodeVerify)).toMatchObject({ ok: false, reason: 'rollback' });
    expect(advanceRoot(v3, [v1, v2], nodeVerify)).toMatchObject({ ok: false, reason: 'rollback' });
    expect(checkNextRoot(v3, v2, nodeVerify)).toMatchObject({ ok: false, reason: 'rollback' });
    expect(checkNextRoot(v2, v2, nodeVerify)).toMatchObject({ ok: false, reason: 'rollback' });
  });

  it('refuses a next version not signed by the previous root key (a forged root rotation)', () => {
    const { v2, v3 } = chain();
    const thief = makeKey();
    const forged = signDocument({ ...v3.signed, rootKeys: [{ kid: thief.kid, publicKey: thief.publicKey }] }, [thief]);
    expect(checkNextRoot(v2, forged, nodeVerify)).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(advanceRoot(v2, [forged], nodeVerify)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a next version signed by the old root key but not by its own new one', () => {
    const { v2, v3 } = chain();
    const onlyOld = { signed: v3.signed, signatures: v3.signatures.slice(0, 1) };
    expect(checkNextRoot(v2, onlyOld, nodeVerify)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a tampered step in the middle of the chain', () => {
    const { v1, v2, v3 } = chain();
    const bad = reparse(v2, (t) => t.replace('"version":2', '"version":2 '));
    expect(checkNextRoot(v1, bad, nodeVerify).ok).toBe(true); // whitespace is not a change
    const changed = reparse(v2, (t) => t.replace(v2.signed.expires, v3.signed.expires));
    expect(advanceRoot(v1, [changed, v3], nodeVerify)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });
});

describe('role keys over time', () => {
  it('keeps the old operators key valid only before the rotation, the new one after', () => {
    const { authority, v1, v3 } = chain();
    const [oldKey, newKey] = v3.signed.roles.operators;
    expect(oldKey?.kid).toBe(v1.signed.roles.operators[0]?.kid);
    const rotatedAt = Date.parse(newKey?.validFrom ?? '');
    expect(roleKeyAt(v3.signed, 'operators', oldKey?.kid ?? '', rotatedAt - 1)).not.toBeNull();
    expect(roleKeyAt(v3.signed, 'operators', oldKey?.kid ?? '', rotatedAt)).toBeNull();
    expect(roleKeyAt(v3.signed, 'operators', newKey?.kid ?? '', rotatedAt)).not.toBeNull();
    expect(roleKeyAt(v3.signed, 'operators', authority.key('notices').kid, NOW)).toBeNull(); // another role's key
  });
});
