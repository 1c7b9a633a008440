/**
 * `revoke`: an operator key (every code it signed is refused) or a venue (its codes are refused), with the
 * time and a reason, recorded in the state; the next trust bundle carries it to every verifier.
 */
import { fail } from '../../shared/errors';
import { isValidVenueId, normaliseVenueId } from '../../shared/venue/venue-id';
import { currentKey, unsealKey } from './authority-keys';
import { isoInstant } from './authority-root';
import { changeState, type AuthorityContext } from './authority-context';

/** Longest revocation reason, in characters (the bundle's limit). */
export const REASON_MAX = 500;

/** What was revoked. */
export type RevokeTarget = { operator: string } | { venue: string };

/** What `revoke` reports. */
export interface RevokeResult {
  revoked: { kid: string; operator: string } | { venueId: string };
  revokedAt: string;
  reason: string;
}

function checkedReason(reason: string | undefined): string {
  const text = (reason ?? '').normalize('NFC').trim();
  if (text === '') fail('validation', 'Give a reason with --reason "…" (it goes into the trust bundle).', '請以 --reason "…" 註明原因（會寫入信任清單）。');
  if ([...text].length > REASON_MAX) fail('validation', `The reason is too long (at most ${REASON_MAX} characters).`, `原因太長（最多 ${REASON_MAX} 個字元）。`);
  if (/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/u.test(text)) fail('validation', 'The reason contains control or invisible characters.', '原因含有控制字元或隱形字元。');
  return text;
}

/** Records a revocation at `ctx.now()`; the passphrase must open the `operators` key (whose bundle will carry it). */
export function revoke(ctx: AuthorityContext, target: RevokeTarget, reasonText: string | undefined): RevokeResult {
  const reason = checkedReason(reasonText);
  return changeState(ctx, (state) => {
    unsealKey(currentKey(state, 'operators'), ctx.sealer(), ctx.dir);
    const revokedAt = isoInstant(ctx.now());
    if ('operator' in target) {
      const kid = target.operator.trim().toLowerCase();
      const certificate = state.certificates.filter((c) => c.signed.kid === kid).at(-1);
      if (!certificate) {
        fail('not-found', `No certificate was issued for operator key ${kid}: nothing to revoke.`, `從未為營運者密鑰 ${kid} 簽發證書：沒有可撤銷的項目。`);
      }
      const earlier = state.revokedOperators.find((r) => r.kid === kid);
      if (earlier) fail('conflict', `Operator key ${kid} is already revoked (${earlier.revokedAt}: ${earlier.reason}).`, `營運者密鑰 ${kid} 已被撤銷（${earlier.revokedAt}：${earlier.reason}）。`);
      state.revokedOperators.push({ kid, revokedAt, reason });
      return { revoked: { kid, operator: certificate.signed.operator }, revokedAt, reason };
    }
    const venueId = normaliseVenueId(target.venue);
    if (!isValidVenueId(venueId)) {
      fail('validation', `"${target.venue}" is not a venue id (9 characters, 2–9 and A–Z without I, L, O; check the last one).`, `「${target.venue}」不是場所編號（9 個字元，須通過檢查字元）。`);
    }
    const earlier = state.revokedVenues.find((r) => r.venueId === venueId);
    if (earlier) fail('conflict', `Venue ${venueId} is already revoked (${earlier.revokedAt}: ${earlier.reason}).`, `場所 ${venueId} 已被撤銷（${earlier.revokedAt}：${earlier.reason}）。`);
    state.revokedVenues.push({ venueId, revokedAt, reason });
    return { revoked: { venueId }, revokedAt, reason };
  });
}
