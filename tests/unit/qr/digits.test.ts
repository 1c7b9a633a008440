import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToDigits, digitsToBytes } from '../../../shared/qr/digits';

describe('bytes ↔ digits', () => {
  it('round-trips any byte string', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const digits = bytesToDigits(bytes);
        expect(digits).toMatch(/^\d*$/);
        expect(digitsToBytes(digits)).toEqual(bytes);
      }),
    );
  });

  it('uses 15 digits per 6 bytes and the fewest digits for the tail', () => {
    expect(bytesToDigits(new Uint8Array(6).fill(255))).toBe('281474976710655');
    expect(bytesToDigits(Uint8Array.of(0))).toBe('000');
    expect(bytesToDigits(Uint8Array.of(255, 255))).toBe('65535');
    expect(bytesToDigits(new Uint8Array(13)).length).toBe(15 + 15 + 3);
  });

  it('refuses lengths and values no byte string produces', () => {
    expect(digitsToBytes('1')).toBeNull(); // 1 digit: no byte count gives it
    expect(digitsToBytes('1234')).toBeNull();
    expect(digitsToBytes('256')).toBeNull(); // one byte cannot be 256
    expect(digitsToBytes('65536')).toBeNull();
    expect(digitsToBytes('281474976710656')).toBeNull(); // 2^48
    expect(digitsToBytes('12a')).toBeNull();
    expect(digitsToBytes('')).toEqual(new Uint8Array(0));
  });

  it('gives every byte string exactly one text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 40 }), (digits) => {
        const bytes = digitsToBytes(digits);
        if (bytes) expect(bytesToDigits(bytes)).toBe(digits);
      }),
    );
  });
});
