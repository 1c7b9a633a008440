/**
 * The test vectors of docs/notices-feed.md: every ```json block is read from the document and checked with
 * checkFeed (each accepted feed becomes the held one), and regenerating them from the fixed seeds gives the
 * same canonical bytes — so the document, the code and the seeds cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodeVerify } from '../../../services/crypto/node-verify';
import { checkFeed, type HeldFeed } from '../../../shared/notices/feed';
import { canonicalBytes } from '../../../shared/trust/canonical-json';
import { nobleVerify } from '../../../shared/trust/ed25519';
import { checkFirstRoot, parseRoot } from '../../../shared/trust/root';
import { feedVectors, SEEDS, seedKey, vectorRoot, type FeedVector } from './feed-vector-source';

const DOC = fileURLToPath(new URL('../../../docs/notices-feed.md', import.meta.url));

/** The ```json blocks of a markdown text, parsed. */
function jsonBlocks(markdown: string): unknown[] {
  return [...markdown.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((m) => JSON.parse(m[1] as string) as unknown);
}

const blocks = jsonBlocks(readFileSync(DOC, 'utf8'));
const [rootBlock, ...vectorBlocks] = blocks as [{ seeds: typeof SEEDS; root: unknown }, ...FeedVector[]];
const canon = (v: unknown) => Buffer.from(canonicalBytes(v)).toString('hex');

describe('docs/notices-feed.md test vectors', () => {
  it('has the root and the six feed vectors, each with an outcome per feed', () => {
    expect(rootBlock.seeds).toEqual(SEEDS);
    expect(vectorBlocks.map((v) => v.name)).toEqual(['valid', 'tampered', 'wrong-key', 'rollback', 'equivocation', 'expired']);
    for (const v of vectorBlocks) expect(v.expect, v.name).toHaveLength(v.feeds.length);
  });

  it('the root is self-signed by the root seed and names the seeds’ keys', () => {
    const parsed = parseRoot(rootBlock.root);
    if (!parsed.ok) throw new Error(parsed.detail);
    expect(checkFirstRoot(parsed.root, nodeVerify).ok).toBe(true);
    expect(parsed.root.signed.rootKeys[0]?.kid).toBe(seedKey(SEEDS.root).kid);
    expect(parsed.root.signed.roles.notices[0]?.publicKey).toBe(seedKey(SEEDS.notices).publicKey);
  });

  for (const verify of [nodeVerify, nobleVerify]) {
    it(`every vector has its expected outcome (${verify === nodeVerify ? 'native' : 'pure TypeScript'} Ed25519)`, () => {
      const parsed = parseRoot(rootBlock.root);
      if (!parsed.ok) throw new Error(parsed.detail);
      for (const v of vectorBlocks) {
        let held: HeldFeed | null = null;
        v.feeds.forEach((doc, i) => {
          const got = checkFeed(JSON.stringify(doc, null, 2), { root: parsed.root.signed, now: Date.parse(v.now), held, verify });
          const outcome = got.ok ? { ok: true, change: got.change, expired: got.expired } : { ok: false, reason: got.reason };
          expect(outcome, `${v.name} feed ${i}`).toEqual(v.expect[i]);
          if (got.ok) held = { feedVersion: got.feed.signed.feedVersion, contentHash: got.contentHash };
        });
      }
    });
  }

  it('regenerating from the seeds gives the same bytes', () => {
    expect(canon(rootBlock.root)).toBe(canon(vectorRoot()));
    const fresh = feedVectors();
    expect(fresh.map((v) => v.name)).toEqual(vectorBlocks.map((v) => v.name));
    fresh.forEach((v, i) => expect(canon(vectorBlocks[i]), v.name).toBe(canon(v)));
  });

  it('the tampered feed differs from the valid one by exactly one byte', () => {
    const [valid, tampered] = [vectorBlocks[0]?.feeds[0], vectorBlocks[1]?.feeds[0]].map((d) => Buffer.from(JSON.stringify(d)));
    expect(valid?.length).toBe(tampered?.length);
    expect([...(valid as Buffer)].filter((b, i) => b !== tampered?.[i])).toHaveLength(1);
  });
});
