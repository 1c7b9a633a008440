/** The active key's certificate in the Authority panel: who certified it, until when, for which venue types, and a warning near its end. */
import type { Response } from '../../../../shared/ipc/console-contract';
import { VENUE_TYPES } from '../../../../shared/venue/catalogue';
import { BiText } from '../../../common/components/bi-text';
import { Fact } from '../../../common/components/fact';
import { StatusBanner } from '../../../common/components/status-banner';
import { T, type Bi } from '../../../common/i18n';

/** A key's certificate as the status channel answers it. */
export type CertificateView = NonNullable<Response<'getAuthorityTrust'>['keys'][number]['certificate']>;

/** A sentence with its `{date}` and `{n}` (days) filled in. */
export const fillDays = (t: Bi, date: string, n: number): Bi => ({
  en: t.en.replace('{date}', date).replace('{n}', String(n)),
  zh: t.zh.replace('{date}', date).replace('{n}', String(n)),
});

const typeName = (id: string): Bi => {
  const entry = VENUE_TYPES.find(([t]) => t === id);
  return entry ? { en: entry[1], zh: entry[2] } : { en: id, zh: id };
};

/** The certificate's facts, with a warning when fewer than 30 days are left and an alert once it has ended. */
export function AuthorityCertificate({ certificate: c }: { certificate: CertificateView }) {
  return (
    <>
      {c.expired && (
        <div data-testid="certificate-expired">
          <StatusBanner kind="warning">
            <BiText t={fillDays(T.authCertExpired, c.validUntil, c.daysLeft)} />
          </StatusBanner>
        </div>
      )}
      {c.expiresSoon && (
        <div data-testid="certificate-expires-soon">
          <StatusBanner kind="warning">
            <BiText t={fillDays(T.authCertExpiresSoon, c.validUntil, c.daysLeft)} />
          </StatusBanner>
        </div>
      )}
      <dl className="facts" data-testid="certificate-facts">
        <Fact label={T.authCertifiedBy} testId="certificate-authority">
          {c.certifiedBy}
        </Fact>
        <Fact label={T.authCertifiedOperator}>{c.operator}</Fact>
        <Fact label={T.authSerial}>{c.serial}</Fact>
        <Fact label={T.validFrom}>{c.validFrom}</Fact>
        <Fact label={T.validUntil} testId="certificate-valid-until">
          {c.validUntil}
        </Fact>
        <Fact label={T.authAllowedTypes} testId="certificate-types">
          {c.venueTypes.map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <BiText t={typeName(id)} />
            </span>
          ))}
        </Fact>
      </dl>
    </>
  );
}
