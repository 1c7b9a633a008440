/**
 * `rotate`: a role's current key ends now and a new one starts now, or the root key is replaced; either way
 * the next root version is published, signed by the previous root key and the current one.
 */
import { ROLES, type Role } from '../../shared/trust/root';
import { currentKey, makeAuthorityKey, unsealKey } from './authority-keys';
import { isoInstant, publishRoot } from './authority-root';
import { changeState, type AuthorityContext } from './authority-context';

/** What a rotation reports. */
export interface RotateResult {
  rotated: Role | 'root';
  retiredKid: string;
  newKid: string;
  rootVersion: number;
  expires: string;
  signedBy: string[];
  kids: Record<Role | 'root', string>;
}

/** Rotates the key of `role` (or the root key) at `ctx.now()`. */
export function rotateKey(ctx: AuthorityContext, role: Role | 'root'): RotateResult {
  return changeState(ctx, (state) => {
    const sealer = ctx.sealer();
    const now = ctx.now();
    const oldRoot = currentKey(state, 'root');
    const oldRootSigner = unsealKey(oldRoot, sealer, ctx.dir); // proves the passphrase before anything changes
    const retired = currentKey(state, role);
    const fresh = makeAuthorityKey(role, isoInstant(now), sealer);
    retired.validUntil = isoInstant(now);
    state.keys.push(fresh.stored);
    const signers = role === 'root' ? [oldRootSigner, fresh.signer] : [oldRootSigner];
    const doc = publishRoot(state, signers, now);
    const kids = { root: currentKey(state, 'root').kid } as Record<Role | 'root', string>;
    for (const r of ROLES) kids[r] = currentKey(state, r).kid;
    return {
      rotated: role,
      retiredKid: retired.kid,
      newKid: fresh.stored.kid,
      rootVersion: doc.signed.version,
      expires: doc.signed.expires,
      signedBy: doc.signatures.map((s) => s.kid),
      kids,
    };
  });
}
