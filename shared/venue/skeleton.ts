/**
 * Look-alike folding for duplicate detection: the Unicode TR39 skeleton over Unicode's own confusables data
 * (confusables-17.ts, generated from confusables.txt), with case and default-ignorable characters folded too.
 * Two texts that a person cannot tell apart on a poster get the same fold; the fold itself is never shown.
 */
import { CONFUSABLES_17 } from './confusables-17';
import { isHiddenCharacter } from './printed-text';

/** Decodes a generated confusables table (see scripts/generate-confusables.mjs) into code point → prototype. */
export function decodeConfusables(table: string): Map<number, string> {
  const map = new Map<number, string>();
  let at = 0;
  for (const entry of table.split(',')) {
    const colon = entry.indexOf(':');
    at += parseInt(entry.slice(0, colon), 36);
    map.set(at, String.fromCodePoint(...entry.slice(colon + 1).split('.').map((d) => parseInt(d, 36))));
  }
  return map;
}

let prototypes: Map<number, string> | null = null;
/** The confusables map, decoded on first use (≈ 6,500 entries). */
function prototypeMap(): Map<number, string> {
  prototypes ??= decodeConfusables(CONFUSABLES_17.table);
  return prototypes;
}

const DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
const ASCII_CAPITAL = /^[A-Z]$/;
const SEPARATORS = /[\s\p{Z},.'’-]+/gu;

/**
 * The UTS #39 skeleton of a text: NFD, default-ignorable code points removed, each character replaced by its
 * prototype from confusables.txt, NFD again. Case-sensitive, as the standard defines it.
 */
export function skeleton(s: string): string {
  const map = prototypeMap();
  let out = '';
  for (const ch of s.normalize('NFD')) {
    if (DEFAULT_IGNORABLE.test(ch)) continue;
    out += map.get(ch.codePointAt(0) as number) ?? ch;
  }
  return out.normalize('NFD');
}

/**
 * The fold under which texts that look alike fall together, ignoring case, spacing and light punctuation:
 * 1. NFKC (full-width and mathematical letters, ligatures);
 * 2. every character refused in printed text dropped (controls, format and default-ignorable characters, …);
 * 3. a non-ASCII character whose prototype is one ASCII capital becomes that capital (Cyrillic В, Greek Α:
 *    capitals whose lower-case forms look nothing like Latin b or a);
 * 4. lower case, then the skeleton, then lower case again (a prototype may be a capital: 0 → O);
 * 5. white space, commas, full stops, apostrophes and hyphens removed.
 */
export function lookAlikeFold(s: string): string {
  const map = prototypeMap();
  let visible = '';
  for (const ch of s.normalize('NFKC')) {
    if (isHiddenCharacter(ch)) continue;
    const prototype = ch.charCodeAt(0) > 0x7f ? map.get(ch.codePointAt(0) as number) : undefined;
    visible += prototype && ASCII_CAPITAL.test(prototype) ? prototype : ch;
  }
  return skeleton(visible.toLowerCase()).toLowerCase().replace(SEPARATORS, '');
}
