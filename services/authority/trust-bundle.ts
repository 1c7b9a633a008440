/**
 * `bundle`: every certificate issued, the revoked operator keys and venues, in one document signed by the
 * current `operators` key; its version only goes up (the counter is saved before the file is written, so a
 * failed write skips a number but never reuses one).
 */
import { fail } from '../../shared/errors';
import { checkCertificate } from '../../shared/trust/certificate';
import type { Bundle, SignedBundle } from '../../shared/trust/bundle';
import { signDocument } from '../../shared/trust/signed-document';
import { nodeVerify } from '../crypto/node-verify';
import { currentKey, unsealKey } from './authority-keys';
import { isoInstant, latestRoot } from './authority-root';
import { changeState, type AuthorityContext } from './authority-context';

/** Default bundle lifetime, in hours. */
export const DEFAULT_BUNDLE_HOURS = 48;

/** Makes the next trust bundle at `ctx.now()`, valid for `validHours`. */
export function makeTrustBundle(ctx: AuthorityContext, validHours = DEFAULT_BUNDLE_HOURS): SignedBundle {
  if (!Number.isInteger(validHours) || validHours < 1 || validHours > 24 * 90) {
    fail('validation', '--valid-hours must be a whole number from 1 to 2160.', '--valid-hours 必須是 1 至 2160 之間的整數。');
  }
  return changeState(ctx, (state) => {
    const signer = unsealKey(currentKey(state, 'operators'), ctx.sealer(), ctx.dir);
    const root = latestRoot(state).signed;
    // A certificate slipped into the state file by hand would be signed into the bundle: each must check.
    for (const c of state.certificates) {
      const check = checkCertificate(c, root, nodeVerify);
      if (!check.ok) {
        fail('io', `Certificate ${c.signed.serial} in the state file does not check (${check.detail}): the state is damaged. Nothing was signed.`, `狀態檔內的證書 ${c.signed.serial} 核對失敗：狀態檔已損壞。沒有簽署任何文件。`);
      }
    }
    const now = ctx.now();
    const bundle: Bundle = {
      type: 'venue-trust-bundle',
      authority: state.name,
      version: state.bundleVersion + 1,
      issuedAt: isoInstant(now),
      expires: isoInstant(now + validHours * 3_600_000),
      certificates: state.certificates,
      revokedOperators: state.revokedOperators,
      revokedVenues: state.revokedVenues,
    };
    state.bundleVersion = bundle.version;
    return signDocument(bundle, [signer]);
  });
}
