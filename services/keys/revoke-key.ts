/** Revoking a signing key and finding the venues whose posters it signed: the one path the CLI and the app share. */
import type { IssuedCodes, SignedVenue } from './issued-codes';
import type { KeyRevocationResult, KeyStore } from './key-store';

/** What revocation needs: the keys, and the record of which key signed which venue. */
export interface RevocationServices {
  keys: Pick<KeyStore, 'revoke' | 'codesRecorded'>;
  issuedCodes: Pick<IssuedCodes, 'venuesSignedBy'>;
}

/** The venues a key signed codes for, and whether that record covers every code it signed. */
export interface KeyVenues {
  venues: SignedVenue[];
  /** False for keys made before the console recorded codes: posters printed then are not listed. */
  complete: boolean;
}

/** A revocation and the venues whose posters need re-issuing. */
export type KeyRevocation = KeyRevocationResult & KeyVenues;

/** The venues `kid` signed codes for (see {@link KeyVenues}). */
export function keyVenues(services: RevocationServices, kid: string): KeyVenues {
  return { venues: services.issuedCodes.venuesSignedBy(kid), complete: services.keys.codesRecorded(kid) };
}

/** Revokes a key (rotating first when it is the active one) and lists the venues whose posters it signed. */
export function revokeKey(services: RevocationServices, request: { kid: string; reason: string }): KeyRevocation {
  const result = services.keys.revoke(request.kid, request.reason);
  return { ...result, ...keyVenues(services, result.revoked.kid) };
}
