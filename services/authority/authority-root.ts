/**
 * The authority's root versions: `init` publishes version 1, every rotation and every renewal publishes the
 * next version, signed by the previous root key and the new one (once when the root key did not change), so a
 * holder of any version — an expired one too — walks forward with `advanceRoot` (shared/trust/root.ts).
 */
import { fail } from '../../shared/errors';
import { ROLES, type Root, type SignedRoot } from '../../shared/trust/root';
import { signDocument, type DocumentSigner } from '../../shared/trust/signed-document';
import type { AuthorityState, StoredKey } from './authority-state';
import { currentKey } from './authority-keys';

const DAY_MS = 86_400_000;

/** Most keys one role may list (rootSchema's limit): past keys stay listed so what they signed keeps verifying. */
export const MAX_ROLE_KEYS = 32;

/** An ISO instant (UTC) for epoch ms. */
export function isoInstant(ms: number): string {
  return new Date(ms).toISOString();
}

/** The latest root the authority published. */
export function latestRoot(state: AuthorityState): SignedRoot {
  return state.roots.at(-1) as SignedRoot;
}

const roleEntry = (k: StoredKey) => ({ kid: k.kid, publicKey: k.publicKey, validFrom: k.validFrom, validUntil: k.validUntil });

/** Checks a root validity in days (1–3650), for `init --root-valid-days` and `root renew --valid-days`. */
export function checkRootValidDays(days: number, option: string): number {
  if (!Number.isInteger(days) || days < 1 || days > 3650) {
    fail('validation', `${option} must be a whole number from 1 to 3650.`, `${option} 必須是 1 至 3650 之間的整數。`);
  }
  return days;
}

/**
 * Builds and signs the next root version from the keys in `state` at `now`, valid for `validDays` (default: the
 * authority's own), appends it to `state.roots` and returns it. `signers`: the previous root key and the current
 * one (one when they are the same).
 */
export function publishRoot(state: AuthorityState, signers: DocumentSigner[], now: number, validDays = state.rootValidDays): SignedRoot {
  const root = currentKey(state, 'root');
  for (const role of ROLES) {
    if (state.keys.filter((k) => k.use === role).length > MAX_ROLE_KEYS) {
      fail(
        'conflict',
        `The ${role} role already lists ${MAX_ROLE_KEYS} keys, the most a root may hold. Nothing was changed.`,
        `${role} 角色已列出 ${MAX_ROLE_KEYS} 個密鑰，已達根文件上限。沒有作出任何更改。`,
      );
    }
  }
  const signed: Root = {
    type: 'venue-authority-root',
    authority: state.name,
    version: state.roots.length + 1,
    issuedAt: isoInstant(now),
    expires: isoInstant(now + validDays * DAY_MS),
    rootKeys: [{ kid: root.kid, publicKey: root.publicKey }],
    roles: {
      operators: state.keys.filter((k) => k.use === 'operators').map(roleEntry),
      notices: state.keys.filter((k) => k.use === 'notices').map(roleEntry),
      'health-code': state.keys.filter((k) => k.use === 'health-code').map(roleEntry),
    },
  };
  const doc = signDocument(signed, signers);
  state.roots.push(doc);
  return doc;
}
