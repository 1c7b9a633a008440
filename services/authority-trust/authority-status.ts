/** The authority trust chain as people see it: the pinned root, and each key's latest certificate with its days left. */
import type { KeyInfo } from '../../shared/keys/key-info';
import type { Response } from '../../shared/ipc/console-contract';
import type { SignedCertificate } from '../../shared/trust/certificate';
import { ROLES, type SignedRoot } from '../../shared/trust/root';
import { hkDayNumber, isoDateToDayNumber } from '../../shared/time/hk';

/** A certificate as stored. */
export type StoredCertificate = SignedCertificate;

/** The console warns when a certificate has fewer than this many days left. */
export const CERTIFICATE_WARNING_DAYS = 30;

/** The status of the pinned root and each key's certificate at `now` (epoch ms). */
export function authorityStatus(root: SignedRoot | null, keys: KeyInfo[], certificates: StoredCertificate[], now: number): Response<'getAuthorityTrust'> {
  const today = hkDayNumber(now);
  return {
    root: root
      ? {
          authority: root.signed.authority,
          version: root.signed.version,
          issuedAt: root.signed.issuedAt,
          expires: root.signed.expires,
          expired: Date.parse(root.signed.expires) <= now,
          rootKids: root.signed.rootKeys.map((k) => k.kid),
          roleKids: Object.fromEntries(ROLES.map((r) => [r, root.signed.roles[r].map((k) => k.kid)])) as Record<(typeof ROLES)[number], string[]>,
        }
      : null,
    keys: keys.map((key) => {
      // The one that lasts longest (a renewal), then the newest serial.
      const mine = certificates
        .filter((c) => c.signed.kid === key.kid && c.signed.publicKey === key.publicKey)
        .sort((a, b) => a.signed.validUntil.localeCompare(b.signed.validUntil) || a.signed.serial - b.signed.serial)
        .at(-1);
      if (!mine) return { kid: key.kid, status: key.status, certificate: null };
      const c = mine.signed;
      // Dates are HK dates, inclusive: a certificate valid until today has 1 day left.
      const daysLeft = (isoDateToDayNumber(c.validUntil) ?? today - 1) - today + 1;
      return {
        kid: key.kid,
        status: key.status,
        certificate: {
          certifiedBy: c.authority,
          operator: c.operator,
          serial: c.serial,
          validFrom: c.validFrom,
          validUntil: c.validUntil,
          venueTypes: c.venueTypes,
          daysLeft,
          expiresSoon: daysLeft > 0 && daysLeft < CERTIFICATE_WARNING_DAYS,
          expired: daysLeft <= 0,
        },
      };
    }),
  };
}
