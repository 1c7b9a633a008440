/**
 * Offline verification of a Health Code pass against the pinned authority root: the `health-code` role key
 * valid when the pass was issued, the signature, and the day (valid until 23:59:59 Hong Kong time of
 * `validOn`). A pass signed by another key of the authority, or by a venue operator's key, is `wrong-role`.
 */
import { hkDayNumber, hkDayStartMs, isoDateToDayNumber } from '../time/hk';
import { formatHkIso } from '../checkin/iso-time';
import { nobleVerify, type VerifyEd25519 } from '../trust/ed25519';
import { roleKeyAt, roleOf, type Root } from '../trust/root';
import { fromHex } from '../qr/bytes';
import { parsePassText, passSignedMessage, type PassRecord } from './pass';

/** Why a pass is refused. */
export type PassRejectReason = 'malformed' | 'unsupported-version' | 'unknown-key' | 'wrong-role' | 'bad-signature' | 'expired' | 'not-yet-valid' | 'root-expired';

/** The verdict on a pass. `validUntil` is `…T23:59:59+08:00` of `validOn`. */
export type PassVerdict =
  | { ok: true; pass: PassRecord; validUntil: string }
  | { ok: false; reason: PassRejectReason; detail: string; validUntil?: string };

/** What a pass is checked against. */
export interface PassContext {
  root: Root;
  now: number;
  /** Kids of certified venue operators (from the trust bundle), to tell `wrong-role` from `unknown-key`. */
  operatorKids?: ReadonlySet<string>;
  verify?: VerifyEd25519;
}

/** The last valid instant of a pass for `validOn`, as ISO with +08:00. */
export function passValidUntil(validOn: string): string {
  const day = isoDateToDayNumber(validOn) ?? 0;
  return formatHkIso(hkDayStartMs(day + 1) - 1000);
}

/** Verifies pass text (see the module comment); never throws. */
export function verifyPass(text: string, context: PassContext): PassVerdict {
  const parsed = parsePassText(text);
  if (!parsed.ok) return parsed;
  const { record } = parsed;
  const { root, now } = context;
  if (Date.parse(root.expires) <= now) return { ok: false, reason: 'root-expired', detail: `the authority root expired at ${root.expires}` };
  const issuedMs = record.issuedAt * 1000;
  const key = roleKeyAt(root, 'health-code', record.kid, issuedMs);
  if (!key) {
    const role = roleOf(root, record.kid);
    if (role === 'health-code') return { ok: false, reason: 'unknown-key', detail: `health-code key ${record.kid} was not valid when the pass was issued` };
    if (role !== null) return { ok: false, reason: 'wrong-role', detail: `signed by the authority's ${role} key, not its health-code key` };
    if (context.operatorKids?.has(record.kid)) return { ok: false, reason: 'wrong-role', detail: `signed by a venue operator's key ${record.kid}` };
    return { ok: false, reason: 'unknown-key', detail: `key ${record.kid} is not a key of this authority` };
  }
  const publicKey = fromHex(key.publicKey) as Uint8Array;
  if (!(context.verify ?? nobleVerify)(parsed.signature, passSignedMessage(parsed.recordBytes), publicKey)) {
    return { ok: false, reason: 'bad-signature', detail: 'the signature does not match the pass' };
  }
  const validUntil = passValidUntil(record.validOn);
  const day = isoDateToDayNumber(record.validOn) ?? 0;
  if (now >= hkDayStartMs(day + 1)) return { ok: false, reason: 'expired', detail: `valid until ${validUntil}`, validUntil };
  if (hkDayNumber(now) < day || issuedMs > now + 5 * 60_000) return { ok: false, reason: 'not-yet-valid', detail: `valid on ${record.validOn}`, validUntil };
  return { ok: true, pass: record, validUntil };
}
