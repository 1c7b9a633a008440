/**
 * Makes the test vectors of docs/notices-feed.md from fixed 32-byte seeds: a test root, and feeds each with
 * their expected outcomes under checkFeed. Ed25519 signatures are deterministic, so regenerating them gives
 * the same bytes; feed-vectors.test.ts checks the document against this.
 * Print them with `npx jiti tests/unit/notices/feed-vector-source.ts`.
 */
import { createPrivateKey, createPublicKey, sign } from 'node:crypto';
import type { Feed, SignedFeed } from '../../../shared/notices/feed';
import type { Notice } from '../../../shared/notices/notice';
import { kidOfPublicKey, type Root, type SignedRoot } from '../../../shared/trust/root';
import { signDocument, type DocumentSigner } from '../../../shared/trust/signed-document';

/** The PKCS#8 DER prefix of a raw Ed25519 private key (seed). */
export const PKCS8_PREFIX = '302e020100300506032b657004220420';

/** The fixed seeds (hex): never use them for anything but tests. */
export const SEEDS = {
  root: '01'.repeat(32),
  notices: '02'.repeat(32),
  operators: '03'.repeat(32),
  'health-code': '04'.repeat(32),
} as const;

/** A signer and public key from a 32-byte seed. */
export function seedKey(seedHex: string): DocumentSigner & { publicKey: string } {
  const privateKey = createPrivateKey({ key: Buffer.concat([Buffer.from(PKCS8_PREFIX, 'hex'), Buffer.from(seedHex, 'hex')]), format: 'der', type: 'pkcs8' });
  const publicKey = (createPublicKey(privateKey).export({ format: 'der', type: 'spki' }) as Buffer).subarray(12).toString('hex');
  return { kid: kidOfPublicKey(publicKey) as string, publicKey, sign: (m) => new Uint8Array(sign(null, m, privateKey)) };
}

/** One vector: feeds checked in order (each one accepted becomes the held feed), with the outcome of each. */
export interface FeedVector {
  name: string;
  description: string;
  now: string;
  feeds: unknown[];
  expect: ({ ok: true; change: 'new' | 'unchanged'; expired: boolean } | { ok: false; reason: string })[];
}

const KEY_VALID_FROM = '2026-11-01T00:00:00Z';

/** The test root, signed by its root key. */
export function vectorRoot(): SignedRoot {
  const role = (seed: string) => {
    const k = seedKey(seed);
    return [{ kid: k.kid, publicKey: k.publicKey, validFrom: KEY_VALID_FROM, validUntil: null }];
  };
  const rootKey = seedKey(SEEDS.root);
  const root: Root = {
    type: 'venue-authority-root',
    authority: 'Test Authority 測試機構',
    version: 1,
    issuedAt: KEY_VALID_FROM,
    expires: '2027-11-01T00:00:00Z',
    rootKeys: [{ kid: rootKey.kid, publicKey: rootKey.publicKey }],
    roles: { operators: role(SEEDS.operators), notices: role(SEEDS.notices), 'health-code': role(SEEDS['health-code']) },
  };
  return signDocument(root, [rootKey]);
}

const NOTICE: Notice = {
  id: 'exp-2026-0001',
  revision: 1,
  kind: 'exposure',
  severity: 'action-required',
  targets: [{ venueId: 'V0000000000' }, { plate: 'AB 1234' }, { building: 'Rhythm Garden', district: 'Sha Tin' }],
  windows: [{ from: '2026-11-20T19:00:00+08:00', until: '2026-11-20T21:00:00+08:00' }],
  title: { en: 'A confirmed case visited your venue', zh: '確診個案曾到訪貴場地' },
  body: { en: 'A person who later tested positive was at the venue.', zh: '一名其後確診人士曾身處該場地。' },
  actions: [{ en: 'Clean and disinfect the premises.', zh: '清潔及消毒處所。' }],
  issuedAt: '2026-11-21T09:00:00+08:00',
};

function feed(version: number, notices: Notice[], options: { issuedAt?: string; expires?: string; signer?: string; withdrawn?: Feed['withdrawn'] } = {}): SignedFeed {
  const signed: Feed = {
    type: 'venue-notices-feed',
    authority: 'Test Authority 測試機構',
    feedVersion: version,
    issuedAt: options.issuedAt ?? '2026-11-21T01:00:00Z',
    expires: options.expires ?? '2026-11-22T01:00:00Z',
    notices,
    withdrawn: options.withdrawn ?? [],
  };
  return signDocument(signed, [seedKey(options.signer ?? SEEDS.notices)]);
}

/** Every vector of the document, in its order. */
export function feedVectors(): FeedVector[] {
  const now = '2026-11-21T02:00:00Z';
  const valid = feed(1, [NOTICE]);
  const tampered = JSON.parse(JSON.stringify(valid).replace('"A confirmed case', '"a confirmed case')) as SignedFeed;
  const corrected: Notice = { ...NOTICE, revision: 2, windows: [{ from: '2026-11-20T18:30:00+08:00', until: '2026-11-20T21:00:00+08:00' }], issuedAt: '2026-11-21T09:30:00+08:00' };
  return [
    { name: 'valid', description: 'A valid feed signed by the notices key.', now, feeds: [valid], expect: [{ ok: true, change: 'new', expired: false }] },
    { name: 'tampered', description: 'The valid feed with one byte changed ("A" → "a" in the title): the signature no longer matches.', now, feeds: [tampered], expect: [{ ok: false, reason: 'bad-signature' }] },
    { name: 'wrong-key', description: "The same feed signed by the root's operators key instead of its notices key.", now, feeds: [feed(1, [NOTICE], { signer: SEEDS.operators })], expect: [{ ok: false, reason: 'wrong-key' }] },
    {
      name: 'rollback',
      description: 'Version 3 (with a correction, revision 2) is accepted; then a validly signed version 2 is refused.',
      now,
      feeds: [feed(3, [corrected]), feed(2, [NOTICE])],
      expect: [{ ok: true, change: 'new', expired: false }, { ok: false, reason: 'rollback' }],
    },
    {
      name: 'equivocation',
      description: 'Version 4 is accepted; the same bytes again are `unchanged`; a different version 4 (the notice withdrawn) is refused.',
      now,
      feeds: [feed(4, [NOTICE]), feed(4, [NOTICE]), feed(4, [], { withdrawn: [{ id: NOTICE.id, revision: 1, reason: { en: 'Issued in error.', zh: '錯誤發出。' } }] })],
      expect: [{ ok: true, change: 'new', expired: false }, { ok: true, change: 'unchanged', expired: false }, { ok: false, reason: 'equivocation' }],
    },
    {
      name: 'expired',
      description: 'A genuine feed whose `expires` has passed: verified and kept, but the console says its notices are out of date.',
      now,
      feeds: [feed(5, [NOTICE], { issuedAt: '2026-11-20T00:00:00Z', expires: '2026-11-21T00:00:00Z' })],
      expect: [{ ok: true, change: 'new', expired: true }],
    },
  ];
}

if (process.argv[1]?.endsWith('feed-vector-source.ts')) {
  process.stdout.write(`${JSON.stringify({ seeds: SEEDS, root: vectorRoot() }, null, 2)}\n`);
  for (const v of feedVectors()) process.stdout.write(`${JSON.stringify(v, null, 2)}\n`);
}
