/**
 * What a USB keyboard-wedge scanner means by each key: scanners "type" as a US keyboard, so the physical key
 * (`KeyboardEvent.code`) plus Shift is read through the US layout, whatever layout the system has — under
 * AZERTY the key `Digit1` gives "&" but the scanner meant "1"; under QWERTZ `KeyY` gives "z" but meant "y".
 */

const rows: [string, string, string][] = [
  ['Backquote', '`', '~'],
  ['Minus', '-', '_'],
  ['Equal', '=', '+'],
  ['BracketLeft', '[', '{'],
  ['BracketRight', ']', '}'],
  ['Backslash', '\\', '|'],
  ['Semicolon', ';', ':'],
  ['Quote', "'", '"'],
  ['Comma', ',', '<'],
  ['Period', '.', '>'],
  ['Slash', '/', '?'],
  ['Space', ' ', ' '],
  ['NumpadDecimal', '.', '.'],
  ['NumpadAdd', '+', '+'],
  ['NumpadSubtract', '-', '-'],
  ['NumpadMultiply', '*', '*'],
  ['NumpadDivide', '/', '/'],
];
const SHIFTED_DIGITS = ')!@#$%^&*(';

/** `code` → [unshifted, shifted] character on a US keyboard. */
export const US_LAYOUT: ReadonlyMap<string, readonly [string, string]> = new Map<string, readonly [string, string]>([
  ...rows.map(([code, plain, shifted]) => [code, [plain, shifted] as const] as const),
  ...[...'0123456789'].map((d, i) => [`Digit${d}`, [d, SHIFTED_DIGITS[i] as string] as const] as const),
  ...[...'0123456789'].map((d) => [`Numpad${d}`, [d, d] as const] as const),
  ...[...'abcdefghijklmnopqrstuvwxyz'].map((c) => [`Key${c.toUpperCase()}`, [c, c.toUpperCase()] as const] as const),
]);

/** The character a US keyboard types for `code` (with Shift, or Caps Lock for letters); null for keys that type none. */
export function usCharacter(code: string, shift: boolean, capsLock = false): string | null {
  const entry = US_LAYOUT.get(code);
  if (!entry) return null;
  const upper = code.startsWith('Key') ? shift !== capsLock : shift;
  return upper ? entry[1] : entry[0];
}
