/**
 * What every authority service works on: the AUTH folder, the clock and the passphrase sealer (asked for only
 * when a key is used), and the one way state changes — under the folder's lock, read, change, written whole.
 */
import type { SecretSealer } from '../keys/sealer';
import { readState, requireAuthority, writeState, type AuthorityState } from './authority-state';
import { withStateLock } from './state-lock';

/** The AUTH folder, the clock (epoch ms) and the sealer for the authority's private keys. */
export interface AuthorityContext {
  dir: string;
  now: () => number;
  sealer: () => SecretSealer;
}

/**
 * Runs `change` on the state under the folder's lock and writes the state only when it returns; a throw
 * (a wrong passphrase, a refused input) leaves the file untouched.
 */
export function changeState<T>(ctx: AuthorityContext, change: (state: AuthorityState) => T): T {
  requireAuthority(ctx.dir);
  return withStateLock(ctx.dir, () => {
    const state = readState(ctx.dir);
    const result = change(state);
    writeState(ctx.dir, state);
    return result;
  });
}
