/**
 * What may appear in text that is printed on a poster or signed into a QR code, decided by Unicode
 * properties rather than a list of known-bad characters (issue 8 §5).
 *
 * Refused anywhere in a printed text:
 * - General_Category Cc (controls: NUL, ESC, tab, line feed, C1), reported as `control`;
 * - Cf (format: soft hyphen, bidi marks, zero-width characters, tags), Co (private use), Cs (a lone surrogate,
 *   which cannot be stored as UTF-8), Cn (unassigned, and the noncharacters), Zl and Zp (line and paragraph
 *   separators), Bidi_Control, Default_Ignorable_Code_Point (variation selectors, CGJ, Hangul fillers) and
 *   Noncharacter_Code_Point, reported as `invisible:<code point>`;
 * - the Specials block U+FFF0–U+FFFF (U+FFFC and U+FFFD are So but stand in for something that is not there)
 *   and U+2800 BRAILLE PATTERN BLANK (So, yet prints as nothing, and is not white space that trimming removes).
 *
 * A text must also have at least one visible character: a letter, digit, punctuation mark or symbol
 * (General_Category L, N, P or S) that is not one of the blanks above — otherwise `no-visible`. This is the
 * rule for names made only of braille blanks or Hangul fillers (U+115F, U+1160, U+3164, U+FFA0 are letters, Lo).
 *
 * Pure TypeScript with regular-expression property escapes (ES2018): runs in Node, browsers and Hermes. The
 * engine's Unicode version decides which code points are still unassigned (Cn).
 */

/** A control character (Cc). */
const CONTROL = /\p{Cc}/u;

/** Characters that print as nothing, print as something else, or cannot be stored; see the file comment. */
const HIDDEN = /[\p{Cf}\p{Co}\p{Cs}\p{Cn}\p{Zl}\p{Zp}\p{Bidi_Control}\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}\u2800\uFFF0-\uFFFF]/u;

/** A character that can be seen: a letter, digit, punctuation mark or symbol. */
const SEEN = /[\p{L}\p{N}\p{P}\p{S}]/u;

/** The code point of a character as `U+` digits (at least four, upper case) without the `U+`. */
function codePointHex(ch: string): string {
  return (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}

/** Whether a text has at least one visible character (see the file comment). */
export function hasVisibleCharacter(s: string): boolean {
  for (const ch of s) if (SEEN.test(ch) && !HIDDEN.test(ch)) return true;
  return false;
}

/**
 * The first character that may not be printed, as a message key: `control` for a control character,
 * `invisible:XXXX` (its code point) for any other refused character; null when there is none.
 */
export function hiddenCharacterProblem(s: string): string | null {
  // Iterating a string by code point yields a lone surrogate as its own one-unit string.
  for (const ch of s) {
    if (CONTROL.test(ch)) return 'control';
    if (HIDDEN.test(ch)) return `invisible:${codePointHex(ch)}`;
  }
  return null;
}

/** Whether a character is refused in printed text (a control or a hidden character). */
export function isHiddenCharacter(ch: string): boolean {
  return CONTROL.test(ch) || HIDDEN.test(ch);
}

const SURROGATE = /\p{Cs}/u;

/**
 * For text that is typed but not printed (a search): `control` for a control character (NUL, ESC…),
 * `invisible:XXXX` for a lone surrogate, null otherwise.
 */
export function controlCharacterProblem(s: string): string | null {
  for (const ch of s) {
    if (CONTROL.test(ch)) return 'control';
    if (SURROGATE.test(ch)) return `invisible:${codePointHex(ch)}`;
  }
  return null;
}
