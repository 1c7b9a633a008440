/**
 * `root renew`: the next root version with the same keys and a new expiry, signed by the current root key. A
 * root that is about to end (or has ended) is extended without rotating any key; holders of any earlier version
 * walk to it through the signed chain, as after a rotation.
 */
import { currentKey, unsealKey } from './authority-keys';
import { checkRootValidDays, publishRoot } from './authority-root';
import { changeState, type AuthorityContext } from './authority-context';

/** What a renewal reports. */
export interface RenewResult {
  rootVersion: number;
  issuedAt: string;
  expires: string;
  signedBy: string[];
}

/** Publishes the next root version at `ctx.now()`, valid for `validDays` (default: the authority's root validity). */
export function renewRoot(ctx: AuthorityContext, validDays?: number): RenewResult {
  const days = validDays === undefined ? undefined : checkRootValidDays(validDays, '--valid-days');
  return changeState(ctx, (state) => {
    const signer = unsealKey(currentKey(state, 'root'), ctx.sealer(), ctx.dir);
    const doc = publishRoot(state, [signer], ctx.now(), days ?? state.rootValidDays);
    return { rootVersion: doc.signed.version, issuedAt: doc.signed.issuedAt, expires: doc.signed.expires, signedBy: doc.signatures.map((s) => s.kid) };
  });
}
