/**
 * The trust file verifiers load — every key that is not deleted (revoked ones with when and why), the
 * operator's name and the ids of deactivated venues — assembled in one place: "Export trust file" in the
 * app, `trust export` in the CLI, and the app's own "Check a code" all read it from here.
 */
import { fail } from '../../shared/errors';
import type { TrustFile, TrustKey } from '../../shared/qr/trust';
import { indexTrust, type TrustIndex } from '../../shared/qr/verify';
import type { Clock } from '../../shared/time/hk';
import { writeFileAtomic } from '../files/atomic-file';
import type { OutputTarget } from '../files/output-target';
import type { KeyInfo, KeyStore } from '../keys/key-store';
import type { SettingsStore } from '../settings/settings-store';
import type { VenueRepository } from '../venues/venue-repository';

/** What the trust file is made of. */
export interface TrustFileDeps {
  keys: Pick<KeyStore, 'list'>;
  venues: Pick<VenueRepository, 'deactivatedIds'>;
  settings: Pick<SettingsStore, 'get'>;
  clock: Clock;
}

/** A key as the trust file lists it: public facts only. */
export function trustKeyOf(k: KeyInfo): TrustKey {
  return {
    kid: k.kid,
    publicKey: k.publicKey,
    status: k.status,
    validFrom: k.validFrom,
    validUntil: k.validUntil,
    ...(k.status === 'revoked' && k.revokedAt !== null ? { revokedAt: new Date(k.revokedAt).toISOString() } : {}),
    ...(k.status === 'revoked' && k.revocationReason !== null ? { revocationReason: k.revocationReason } : {}),
  };
}

/** The trust file's operator while none is named (see SettingsStore.configured). */
export const UNNAMED_OPERATOR = 'Venue operator';

/** The trust file of one data folder. */
export class TrustFileService {
  constructor(private readonly deps: TrustFileDeps) {}

  /** The current trust file; a `key-missing` failure while no key exists. */
  file(): TrustFile {
    const keys = this.deps.keys.list().map(trustKeyOf);
    if (keys.length === 0) fail('key-missing', 'No signing key exists yet.', '尚未建立簽署密鑰。');
    return {
      format: 'venue-console-trust',
      version: 1,
      // Before the names are saved (a key made with the CLI's `keys init`) the operator has no name yet: a
      // neutral word, never a real operator's or scheme's (issue 10), keeps the file valid.
      operator: this.deps.settings.get().operatorName.trim() || UNNAMED_OPERATOR,
      exportedAt: new Date(this.deps.clock()).toISOString(),
      keys,
      revokedVenues: this.deps.venues.deactivatedIds(),
    };
  }

  /** The current trust file, indexed for checking codes here. */
  index(): TrustIndex {
    return indexTrust(this.file());
  }

  /** Writes the trust file (pretty JSON; by default the current one) to a checked target, atomically; returns it. */
  write(target: OutputTarget, trust: TrustFile = this.file()): TrustFile {
    writeFileAtomic(target, `${JSON.stringify(trust, null, 2)}\n`);
    return trust;
  }
}
