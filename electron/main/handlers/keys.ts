/** IPC handlers for revoking a signing key and listing the venues whose posters it signed. */
import { KEY_VENUES_MAX } from '../../../shared/ipc/console-contract';
import type { Handlers } from '../ipc/dispatch';
import type { SignedVenue } from '../../../services/keys/issued-codes';
import { keyVenues, revokeKey, type KeyVenues, type RevocationServices } from '../../../services/keys/revoke-key';

/** Whether a venue's poster still carries the revoked key's code (active and not re-issued since). */
const needsReissue = (v: SignedVenue): boolean => v.status === 'active' && v.reissuedOn === null;

/** The answer the page gets: the venues still to re-issue first, at most {@link KEY_VENUES_MAX}, with counts. */
function forPage({ venues, complete }: KeyVenues) {
  const pending = venues.filter(needsReissue);
  return {
    venues: [...pending, ...venues.filter((v) => !needsReissue(v))].slice(0, KEY_VENUES_MAX),
    total: venues.length,
    pending: pending.length,
    complete,
  };
}

/** Handlers for key revocation. */
export function keyHandlers(s: RevocationServices): Pick<Handlers, 'revokeKey' | 'listKeyVenues'> {
  return {
    revokeKey: ({ kid, reason }) => {
      const { revoked, replacement, ...venues } = revokeKey(s, { kid, reason });
      return { revoked, replacement, ...forPage(venues) };
    },
    listKeyVenues: ({ kid }) => forPage(keyVenues(s, kid.trim().toLowerCase())),
  };
}
