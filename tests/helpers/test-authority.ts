/**
 * An in-memory authority for tests: real Ed25519 keys, real signed roots, certificates, bundles and feeds
 * made with shared/'s own signDocument — nothing faked, nothing on disk. The `venue-authority` CLI is the
 * real authority; this is the quick way to make the documents a test needs.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { Bundle, SignedBundle } from '../../shared/trust/bundle';
import type { Certificate, CertificateRequest, SignedCertificate } from '../../shared/trust/certificate';
import { kidOfPublicKey, type Role, type Root, type SignedRoot } from '../../shared/trust/root';
import { signDocument, type DocumentSigner, type SignedDocument } from '../../shared/trust/signed-document';
import type { Feed, SignedFeed } from '../../shared/notices/feed';
import type { Notice, Withdrawal } from '../../shared/notices/notice';
import { VENUE_TYPE_IDS, type VenueType } from '../../shared/venue/catalogue';

/** A key pair with its kid, hex public key and a signer. */
export interface TestKey extends DocumentSigner {
  publicKey: string;
  privateKey: KeyObject;
}

/** Makes an Ed25519 key pair. */
export function makeKey(): TestKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const hex = Buffer.from(String(publicKey.export({ format: 'jwk' }).x), 'base64url').toString('hex');
  return { kid: kidOfPublicKey(hex) as string, publicKey: hex, privateKey, sign: (m) => new Uint8Array(sign(null, m, privateKey)) };
}

const iso = (ms: number) => new Date(ms).toISOString();
const DAY = 86_400_000;

/** A test authority at time `now` (epoch ms): a root key and one key per role. */
export function makeTestAuthority(now: number, name = 'Department of Health 衞生署') {
  let rootKey = makeKey();
  const roleKeys: Record<Role, { key: TestKey; validFrom: string; validUntil: string | null }[]> = {
    operators: [{ key: makeKey(), validFrom: iso(now - DAY), validUntil: null }],
    notices: [{ key: makeKey(), validFrom: iso(now - DAY), validUntil: null }],
    'health-code': [{ key: makeKey(), validFrom: iso(now - DAY), validUntil: null }],
  };
  const roots: SignedRoot[] = [];
  let bundleVersion = 0;
  let feedVersion = 0;
  let serial = 0;
  const current = (role: Role) => (roleKeys[role].at(-1) as { key: TestKey }).key;

  const makeRoot = (signers: DocumentSigner[], at: number, expiresInDays = 365): SignedRoot => {
    const root: Root = {
      type: 'venue-authority-root',
      authority: name,
      version: roots.length + 1,
      issuedAt: iso(at),
      expires: iso(at + expiresInDays * DAY),
      rootKeys: [{ kid: rootKey.kid, publicKey: rootKey.publicKey }],
      roles: {
        operators: roleKeys.operators.map((r) => ({ kid: r.key.kid, publicKey: r.key.publicKey, validFrom: r.validFrom, validUntil: r.validUntil })),
        notices: roleKeys.notices.map((r) => ({ kid: r.key.kid, publicKey: r.key.publicKey, validFrom: r.validFrom, validUntil: r.validUntil })),
        'health-code': roleKeys['health-code'].map((r) => ({ kid: r.key.kid, publicKey: r.key.publicKey, validFrom: r.validFrom, validUntil: r.validUntil })),
      },
    };
    const doc = signDocument(root, signers);
    roots.push(doc);
    return doc;
  };
  makeRoot([rootKey], now);

  return {
    name,
    roots,
    get root(): SignedRoot {
      return roots.at(-1) as SignedRoot;
    },
    rootKey: () => rootKey,
    key: current,
    /** Rotates a role key (or the root key) at `at`; returns the new root version, signed by the old and new root keys. */
    rotate(role: Role | 'root', at: number): SignedRoot {
      const old = rootKey;
      if (role === 'root') rootKey = makeKey();
      else {
        const last = roleKeys[role].at(-1) as { validUntil: string | null };
        last.validUntil = iso(at);
        roleKeys[role].push({ key: makeKey(), validFrom: iso(at), validUntil: null });
      }
      return makeRoot(old === rootKey ? [rootKey] : [old, rootKey], at);
    },
    /** A signed certificate request by `key`. */
    request(key: TestKey, operator: string, at: number, contact = 'ops@example.hk'): SignedDocument<CertificateRequest> {
      return signDocument({ type: 'venue-operator-certificate-request', operator, contact, kid: key.kid, publicKey: key.publicKey, requestedAt: iso(at) }, [key]);
    },
    /** Certifies an operator key from `validFrom` to `validUntil` (HK dates) for `types` (default: all). */
    certify(subject: { kid: string; publicKey: string; operator: string }, at: number, options: { validFrom: string; validUntil: string; types?: VenueType[]; signer?: DocumentSigner }): SignedCertificate {
      serial += 1;
      const cert: Certificate = {
        type: 'venue-operator-certificate',
        serial,
        authority: name,
        operator: subject.operator,
        contact: '',
        kid: subject.kid,
        publicKey: subject.publicKey,
        validFrom: options.validFrom,
        validUntil: options.validUntil,
        venueTypes: options.types ?? [...VENUE_TYPE_IDS],
        issuedAt: iso(at),
      };
      return signDocument(cert, [options.signer ?? current('operators')]);
    },
    /** A trust bundle (next version unless given) valid for `hours`. */
    bundle(at: number, parts: Partial<Pick<Bundle, 'certificates' | 'revokedOperators' | 'revokedVenues'>>, options: { hours?: number; version?: number; signer?: DocumentSigner } = {}): SignedBundle {
      bundleVersion = options.version ?? bundleVersion + 1;
      const bundle: Bundle = {
        type: 'venue-trust-bundle',
        authority: name,
        version: bundleVersion,
        issuedAt: iso(at),
        expires: iso(at + (options.hours ?? 48) * 3_600_000),
        certificates: parts.certificates ?? [],
        revokedOperators: parts.revokedOperators ?? [],
        revokedVenues: parts.revokedVenues ?? [],
      };
      return signDocument(bundle, [options.signer ?? current('operators')]);
    },
    /** A notices feed (next version unless given) valid for `hours`. */
    feed(at: number, notices: Notice[], withdrawn: Withdrawal[] = [], options: { hours?: number; version?: number; signer?: DocumentSigner } = {}): SignedFeed {
      feedVersion = options.version ?? feedVersion + 1;
      const feed: Feed = {
        type: 'venue-notices-feed',
        authority: name,
        feedVersion,
        issuedAt: iso(at),
        expires: iso(at + (options.hours ?? 24) * 3_600_000),
        notices,
        withdrawn,
      };
      return signDocument(feed, [options.signer ?? current('notices')]);
    },
  };
}

/** A test authority. */
export type TestAuthority = ReturnType<typeof makeTestAuthority>;

/** A notice with sensible defaults (an exposure at `venueId` 19:00–21:00 HK on 2026-11-20). */
export function testNotice(over: Partial<Notice> & { id: string }): Notice {
  return {
    revision: 1,
    kind: 'exposure',
    severity: 'action-required',
    targets: [{ venueId: 'V0000000000' }],
    windows: [{ from: '2026-11-20T19:00:00+08:00', until: '2026-11-20T21:00:00+08:00' }],
    title: { en: 'A confirmed case visited your venue', zh: '確診個案曾到訪貴場地' },
    body: { en: 'A person who later tested positive was at the venue.', zh: '一名其後確診人士曾身處該場地。' },
    actions: [{ en: 'Clean and disinfect the premises.', zh: '清潔及消毒處所。' }],
    issuedAt: '2026-11-21T09:00:00+08:00',
    ...over,
  };
}
