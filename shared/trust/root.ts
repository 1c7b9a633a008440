/**
 * The authority's root: its root keys and the role keys they delegate to — `operators` (certifies operator
 * keys, signs the trust bundle), `notices` (signs the notices feed), `health-code` (signs Health Code
 * passes). Version n+1 is accepted only when signed by a root key of version n and one of its own, so a
 * holder of any version can walk the chain forward with nothing else (docs/trust.md).
 */
import { z } from 'zod';
import { sha256 } from '@noble/hashes/sha2.js';
import { fromHex, toHex } from '../qr/bytes';
import type { VerifyEd25519 } from './ed25519';
import { instantSchema, kidSchema, parseEnvelope, publicKeyHexSchema, rememberReceivedBytes, validSigners, type SignedDocument } from './signed-document';

/** The roles a root delegates to. */
export const ROLES = ['operators', 'notices', 'health-code'] as const;
/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/** A role key: what it may sign from `validFrom` until `validUntil` (null while current). */
export const roleKeySchema = z.object({
  kid: kidSchema,
  publicKey: publicKeyHexSchema,
  validFrom: instantSchema,
  validUntil: instantSchema.nullable(),
});

/** A root key (a root rotation lists the new one; the previous one signs the handover). */
export const rootKeySchema = z.object({ kid: kidSchema, publicKey: publicKeyHexSchema });

/** The signed part of a root. */
export const rootSchema = z.object({
  type: z.literal('venue-authority-root'),
  authority: z.string().min(1).max(200),
  version: z.int().min(1),
  issuedAt: instantSchema,
  expires: instantSchema,
  rootKeys: z.array(rootKeySchema).min(1).max(4),
  roles: z.object({
    operators: z.array(roleKeySchema).min(1).max(32),
    notices: z.array(roleKeySchema).min(1).max(32),
    'health-code': z.array(roleKeySchema).min(1).max(32),
  }),
});

/** A root's signed part. */
export type Root = z.output<typeof rootSchema>;
/** A role key. */
export type RoleKey = z.output<typeof roleKeySchema>;
/** A signed root. */
export type SignedRoot = SignedDocument<Root>;

/** The kid of a raw 32-byte public key: the first 8 bytes of its SHA-256, as hex (venue codes use the same). */
export function kidOfPublicKey(publicKeyHex: string): string | null {
  const raw = fromHex(publicKeyHex);
  return raw && raw.length === 32 ? toHex(sha256(raw).subarray(0, 8)) : null;
}

/** Why a root (or a chain of them) was refused. */
export type RootProblem = 'malformed' | 'bad-signature' | 'not-next-version' | 'rollback';

/** A root check's outcome. */
export type RootOutcome = { ok: true; root: SignedRoot } | { ok: false; reason: RootProblem; detail: string };

/** Parses a signed root from a JSON value (not yet trusted). */
export function parseRoot(raw: unknown): RootOutcome {
  const env = parseEnvelope(typeof raw === 'string' ? raw : JSON.stringify(raw));
  if (!env.ok) return { ok: false, reason: 'malformed', detail: env.detail };
  const parsed = rootSchema.safeParse(env.doc.signed);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, reason: 'malformed', detail: `signed.${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}` };
  }
  const root = parsed.data;
  const keys = [...root.rootKeys, ...ROLES.flatMap((r) => root.roles[r])];
  const wrongKid = keys.find((k) => kidOfPublicKey(k.publicKey) !== k.kid);
  if (wrongKid) return { ok: false, reason: 'malformed', detail: `key ${wrongKid.kid} does not match its public key` };
  const doc: SignedRoot = { signed: root, signatures: env.doc.signatures };
  if (env.received && typeof raw === 'string') rememberReceivedBytes(doc, env.received);
  return { ok: true, root: doc };
}

/** A first root, pinned out of band: it must be signed by one of its own root keys. */
export function checkFirstRoot(doc: SignedRoot, verify: VerifyEd25519): RootOutcome {
  if (validSigners(doc, doc.signed.rootKeys, verify).size === 0) {
    return { ok: false, reason: 'bad-signature', detail: 'the root is not signed by its own root key' };
  }
  return { ok: true, root: doc };
}

/** The next root after `pinned`: version + 1, signed by a root key of `pinned` and by one of its own. */
export function checkNextRoot(pinned: SignedRoot, next: SignedRoot, verify: VerifyEd25519): RootOutcome {
  const have = pinned.signed.version;
  const got = next.signed.version;
  if (got <= have) return { ok: false, reason: 'rollback', detail: `root version ${got} is not newer than the pinned version ${have}` };
  if (got !== have + 1) return { ok: false, reason: 'not-next-version', detail: `root version ${got} cannot follow version ${have}: give every version in between` };
  if (validSigners(next, pinned.signed.rootKeys, verify).size === 0) {
    return { ok: false, reason: 'bad-signature', detail: `root version ${got} is not signed by a root key of version ${have}` };
  }
  if (validSigners(next, next.signed.rootKeys, verify).size === 0) {
    return { ok: false, reason: 'bad-signature', detail: `root version ${got} is not signed by its own root key` };
  }
  return { ok: true, root: next };
}

/**
 * Walks from `pinned` (or, when nothing is pinned, from the first of `docs`, checked against itself) through
 * `docs` in version order; versions at or below the pinned one are skipped when they are the very roots
 * already held. Returns the newest root reached, or the first problem.
 */
export function advanceRoot(pinned: SignedRoot | null, docs: SignedRoot[], verify: VerifyEd25519): RootOutcome {
  const sorted = [...docs].sort((a, b) => a.signed.version - b.signed.version);
  let current = pinned;
  for (const doc of sorted) {
    if (current === null) {
      const first = checkFirstRoot(doc, verify);
      if (!first.ok) return first;
      current = doc;
      continue;
    }
    if (doc.signed.version <= current.signed.version) continue;
    const next = checkNextRoot(current, doc, verify);
    if (!next.ok) return next;
    current = doc;
  }
  if (current === null) return { ok: false, reason: 'malformed', detail: 'no root given' };
  if (pinned && current === pinned && sorted.length > 0 && sorted.every((d) => d.signed.version < pinned.signed.version)) {
    return { ok: false, reason: 'rollback', detail: `every root given is older than the pinned version ${pinned.signed.version}` };
  }
  return { ok: true, root: current };
}

/** The role key `kid` of `role` in `root` whose validity contains `at` (epoch ms), or null. */
export function roleKeyAt(root: Root, role: Role, kid: string, at: number): RoleKey | null {
  for (const key of root.roles[role]) {
    if (key.kid !== kid) continue;
    if (Date.parse(key.validFrom) > at) continue;
    if (key.validUntil !== null && Date.parse(key.validUntil) <= at) continue;
    return key;
  }
  return null;
}

/** Whether `kid` is any key of `role` in `root` (current or past). */
export function isRoleKey(root: Root, role: Role, kid: string): boolean {
  return root.roles[role].some((k) => k.kid === kid);
}

/** The role `kid` holds in `root`, if any (to say "signed by the notices key, not the operators key"). */
export function roleOf(root: Root, kid: string): Role | 'root' | null {
  if (root.rootKeys.some((k) => k.kid === kid)) return 'root';
  return ROLES.find((r) => isRoleKey(root, r, kid)) ?? null;
}
