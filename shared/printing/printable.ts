/**
 * Whether a text can be printed as it is shown: every character must have a glyph in the font posters,
 * stickers and cards embed (font-coverage.ts, generated from that font's cmap), and the text must not need
 * right-to-left shaping, which the PDF writer does not do (issue 10 §1). A character that fails prints as an
 * empty box, or in the wrong order, so it is refused when it is typed rather than discovered on paper.
 */
import { COVERAGE_RUNS } from './font-coverage';

/** First code point of each covered run, and the code point after its last (ascending, disjoint). */
let runs: { starts: Int32Array; ends: Int32Array } | null = null;

/** The coverage table, decoded on first use (≈ 5,000 runs). */
function coverage(): { starts: Int32Array; ends: Int32Array } {
  if (runs) return runs;
  const parts = COVERAGE_RUNS.split(',');
  const starts = new Int32Array(parts.length);
  const ends = new Int32Array(parts.length);
  let end = 0;
  parts.forEach((part, i) => {
    const [gap = '', length = ''] = part.split('.');
    starts[i] = end + parseInt(gap, 36);
    end = (starts[i] ?? 0) + parseInt(length, 36);
    ends[i] = end;
  });
  runs = { starts, ends };
  return runs;
}

/** Whether the poster font has a glyph for a code point. */
export function fontCovers(codePoint: number): boolean {
  const { starts, ends } = coverage();
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (codePoint < (starts[mid] ?? 0)) hi = mid - 1;
    else if (codePoint >= (ends[mid] ?? 0)) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * The first character (one code point) of a text that the poster font has no glyph for; null when every
 * one is covered. Combining sequences are not special: the base and each mark must be covered. An ordinary
 * space always prints.
 */
export function unprintableCharacter(text: string): string | null {
  for (const ch of text) {
    if (ch === ' ') continue;
    if (!fontCovers(ch.codePointAt(0) ?? 0)) return ch;
  }
  return null;
}

/**
 * Right-to-left characters: the blocks where Unicode's Bidi_Class is R or AL (DerivedBidiClass.txt gives these
 * ranges R or AL even where unassigned) — Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their
 * supplements and presentation forms, the historic right-to-left scripts of U+10800–U+10FFF, and Mende
 * Kikakui, Adlam and the Arabic mathematical letters of U+1E800–U+1EFFF. Ranges rather than script names, so
 * the rule does not depend on the engine's Unicode version.
 */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFE\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/** The first right-to-left character of a text (Arabic, Hebrew…), which the poster cannot shape; null when none. */
export function rightToLeft(text: string): string | null {
  for (const ch of text) if (RIGHT_TO_LEFT.test(ch)) return ch;
  return null;
}
