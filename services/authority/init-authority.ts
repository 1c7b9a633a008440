/** `init`: a new authority — a root key, one key per role, all sealed, and root version 1. */
import { fail } from '../../shared/errors';
import { ROLES, type Role } from '../../shared/trust/root';
import { preparePrivateFolder } from '../files/private-files';
import { makeAuthorityKey } from './authority-keys';
import { checkRootValidDays, isoInstant, publishRoot } from './authority-root';
import type { AuthorityContext } from './authority-context';
import { isInitialised, writeState, type AuthorityState } from './authority-state';
import { withStateLock } from './state-lock';

/** Default lifetime of a root version, in days. */
export const DEFAULT_ROOT_VALID_DAYS = 365;

/** What `init` reports: the authority's name, root version 1 and the kids by role (no private material). */
export interface InitResult {
  authority: string;
  rootVersion: number;
  expires: string;
  kids: Record<Role | 'root', string>;
}

/** Refuses (English and Chinese) when `dir` already holds an authority: checked before the passphrase is asked for. */
export function refuseIfInitialised(dir: string): void {
  if (isInitialised(dir)) fail('conflict', `${dir} already holds an authority. Nothing was changed.`, `${dir} 已經建立發證機構。沒有作出任何更改。`);
}

/** Creates the authority in `ctx.dir` (0700, created if missing); refuses when one is there already. */
export function initAuthority(ctx: AuthorityContext, options: { name: string; rootValidDays?: number }): InitResult {
  const name = options.name.normalize('NFC').trim();
  if (name === '' || [...name].length > 200 || /[\p{Cc}\p{Cf}]/u.test(name)) {
    fail('validation', 'Give the authority a name of 1–200 characters (no control characters).', '請為發證機構提供 1 至 200 個字元的名稱（不可含控制字元）。');
  }
  const rootValidDays = checkRootValidDays(options.rootValidDays ?? DEFAULT_ROOT_VALID_DAYS, '--root-valid-days');
  refuseIfInitialised(ctx.dir);
  const sealer = ctx.sealer();
  preparePrivateFolder(ctx.dir);
  return withStateLock(ctx.dir, () => {
    refuseIfInitialised(ctx.dir);
    const now = ctx.now();
    const from = isoInstant(now);
    const root = makeAuthorityKey('root', from, sealer);
    const roles = ROLES.map((role) => makeAuthorityKey(role, from, sealer));
    const state: AuthorityState = {
      format: 'venue-authority-state',
      formatVersion: 1,
      name,
      rootValidDays,
      keys: [root.stored, ...roles.map((k) => k.stored)],
      roots: [],
      lastSerial: 0,
      certificates: [],
      revokedOperators: [],
      revokedVenues: [],
      bundleVersion: 0,
      feedVersion: 0,
    };
    const doc = publishRoot(state, [root.signer], now);
    writeState(ctx.dir, state);
    const kids = { root: root.stored.kid } as Record<Role | 'root', string>;
    for (const k of roles) kids[k.stored.use as Role] = k.stored.kid;
    return { authority: name, rootVersion: doc.signed.version, expires: doc.signed.expires, kids };
  });
}
