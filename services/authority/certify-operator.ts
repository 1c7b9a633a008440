/**
 * `certify`: checks an operator's certificate request (its own key signed it: proof of possession) and issues
 * a certificate signed by the current `operators` key, recorded in the state so every later bundle carries it.
 */
import { fail } from '../../shared/errors';
import { checkRequest, certificateRequestSchema, parseSignedDocument, type Certificate, type SignedCertificate } from '../../shared/trust/certificate';
import { signDocument } from '../../shared/trust/signed-document';
import { dayNumberToIsoDate, hkDayNumber } from '../../shared/time/hk';
import { VENUE_TYPE_IDS, type VenueType } from '../../shared/venue/catalogue';
import { nodeVerify } from '../crypto/node-verify';
import { currentKey, unsealKey } from './authority-keys';
import { isoInstant } from './authority-root';
import { changeState, type AuthorityContext } from './authority-context';

/** Default certificate lifetime, in days after its first (Hong Kong) date. */
export const DEFAULT_CERTIFICATE_DAYS = 365;

/** Parses `--types taxi,restaurant`: every word must be a known venue type id (default: every type). */
export function parseVenueTypes(text: string | undefined): VenueType[] {
  if (text === undefined) return [...VENUE_TYPE_IDS];
  const words = text.split(',').map((w) => w.trim()).filter((w) => w !== '');
  if (words.length === 0) fail('validation', '--types needs at least one venue type.', '--types 最少需要一個場所類型。');
  const known = new Set<string>(VENUE_TYPE_IDS);
  const unknown = words.filter((w) => !known.has(w));
  if (unknown.length > 0) {
    const list = VENUE_TYPE_IDS.join(', ');
    fail(
      'validation',
      `Unknown venue type ${unknown.map((w) => `"${w}"`).join(', ')}. Known types: ${list}.`,
      `未知的場所類型 ${unknown.map((w) => `「${w}」`).join('、')}。已知類型：${list}。`,
      unknown.map((w) => ({ field: '--types', en: `"${w}" is not a venue type`, zh: `「${w}」不是場所類型` })),
    );
  }
  return [...new Set(words)] as VenueType[];
}

/** Checks request JSON text; returns the request or refuses (exit 1) in English and Chinese. */
export function checkedRequest(text: string) {
  const parsed = parseSignedDocument(text, certificateRequestSchema);
  if (!parsed.ok) {
    fail('validation', `The certificate request is not valid: ${parsed.detail}. Nothing was issued.`, `證書申請無效：${parsed.detail}。沒有簽發任何證書。`);
  }
  const proof = checkRequest(parsed.doc, nodeVerify);
  if (!proof.ok) {
    fail(
      'validation',
      `The certificate request was refused: ${proof.detail}. Nothing was issued.`,
      `證書申請被拒（${proof.detail}）：申請必須由其所列的密鑰簽署（持有證明）。沒有簽發任何證書。`,
    );
  }
  return parsed.doc.signed;
}

/** Issues a certificate for the request in `requestText`, valid from today (HK) for `validDays` days. */
export function certifyOperator(ctx: AuthorityContext, requestText: string, options: { validDays?: number; types?: VenueType[] }): SignedCertificate {
  const request = checkedRequest(requestText);
  const validDays = options.validDays ?? DEFAULT_CERTIFICATE_DAYS;
  if (!Number.isInteger(validDays) || validDays < 1 || validDays > 3650) {
    fail('validation', '--valid-days must be a whole number from 1 to 3650.', '--valid-days 必須是 1 至 3650 之間的整數。');
  }
  return changeState(ctx, (state) => {
    const revoked = state.revokedOperators.find((r) => r.kid === request.kid);
    if (revoked) {
      fail('conflict', `Key ${request.kid} was revoked at ${revoked.revokedAt} (${revoked.reason}); it cannot be certified again.`, `密鑰 ${request.kid} 已於 ${revoked.revokedAt} 被撤銷（${revoked.reason}），不能再獲發證書。`);
    }
    const signer = unsealKey(currentKey(state, 'operators'), ctx.sealer(), ctx.dir);
    const now = ctx.now();
    const day = hkDayNumber(now);
    const certificate: Certificate = {
      type: 'venue-operator-certificate',
      serial: state.lastSerial + 1,
      authority: state.name,
      operator: request.operator,
      contact: request.contact,
      kid: request.kid,
      publicKey: request.publicKey,
      validFrom: dayNumberToIsoDate(day),
      validUntil: dayNumberToIsoDate(day + validDays),
      venueTypes: options.types ?? [...VENUE_TYPE_IDS],
      issuedAt: isoInstant(now),
    };
    const doc = signDocument(certificate, [signer]);
    state.lastSerial = certificate.serial;
    state.certificates.push(doc);
    return doc;
  });
}
