/**
 * Bytes ↔ decimal digits, so a venue code is QR numeric mode (3.33 bits a character, as dense as binary)
 * and a USB keyboard-wedge scanner types it on any keyboard layout without Shift.
 *
 * Every 6 bytes become 15 digits (2^48 < 10^15, exact in a double); a last group of k < 6 bytes becomes
 * DIGITS_FOR[k] digits. Decoding rejects lengths no byte string produces and groups whose value
 * exceeds their byte count, so each byte string has exactly one text.
 */

const GROUP_BYTES = 6;
/** Digits used for a group of k bytes: the fewest with 10^d ≥ 2^(8k). */
const DIGITS_FOR = [0, 3, 5, 8, 10, 13, 15] as const;

/** Encodes bytes as decimal digits. */
export function bytesToDigits(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += GROUP_BYTES) {
    const k = Math.min(GROUP_BYTES, bytes.length - i);
    let value = 0;
    for (let j = 0; j < k; j++) value = value * 256 + (bytes[i + j] as number);
    out += String(value).padStart(DIGITS_FOR[k] as number, '0');
  }
  return out;
}

/** Decodes {@link bytesToDigits} output; returns null for anything it could not have produced. */
export function digitsToBytes(digits: string): Uint8Array | null {
  if (!/^\d*$/.test(digits)) return null;
  const fullGroups = Math.floor(digits.length / 15);
  const restDigits = digits.length - fullGroups * 15;
  const restBytes = DIGITS_FOR.indexOf(restDigits as (typeof DIGITS_FOR)[number]);
  if (restBytes < 0 || restBytes === GROUP_BYTES) return null;
  const out = new Uint8Array(fullGroups * GROUP_BYTES + restBytes);
  let pos = 0;
  let at = 0;
  const readGroup = (k: number): boolean => {
    const d = DIGITS_FOR[k] as number;
    let value = Number(digits.slice(at, at + d));
    at += d;
    if (value >= 2 ** (8 * k)) return false;
    for (let j = k - 1; j >= 0; j--) {
      out[pos + j] = value % 256;
      value = Math.floor(value / 256);
    }
    pos += k;
    return true;
  };
  for (let g = 0; g < fullGroups; g++) if (!readGroup(GROUP_BYTES)) return null;
  if (restBytes > 0 && !readGroup(restBytes)) return null;
  return out;
}
