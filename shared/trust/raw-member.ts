/**
 * The exact text of one top-level member of a JSON object, found by a small scanner (strings skipped, brackets
 * counted): the bytes an authority signed, as it wrote them. Verifying those bytes avoids re-canonicalising a
 * 4 MB trust bundle on every load (≈ 70 ms); when they do not verify (the file was re-formatted on the way),
 * the RFC 8785 bytes are tried (signed-document.ts). JSON.parse cannot say where a value lay in the text, and no
 * small library does, hence this (docs/decisions.md).
 */

const QUOTE = 34;
const BACKSLASH = 92;

/** Index just past the string starting at `at` (a `"`), or -1 when it does not end. */
function skipString(text: string, at: number): number {
  let i = at + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0) return -1;
    let slashes = 0;
    for (let j = q - 1; text.charCodeAt(j) === BACKSLASH; j--) slashes++;
    if (slashes % 2 === 0) return q + 1;
    i = q + 1;
  }
}

/** Index just past the JSON value starting at `at`, or -1 when it is not well formed enough to delimit. */
function skipValue(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first === QUOTE) return skipString(text, at);
  if (first !== 123 && first !== 91) {
    let i = at;
    while (i < text.length && !/[,}\]\s]/.test(text[i] as string)) i++;
    return i;
  }
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = skipString(text, i) - 1;
      if (i < 0) return -1;
    } else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

const skipSpace = (text: string, at: number): number => {
  let i = at;
  while (i < text.length && /\s/.test(text[i] as string)) i++;
  return i;
};

/** The raw text of member `name` of the top-level object in `text`, or null (not an object, absent, repeated, or ill-formed). */
export function rawMember(text: string, name: string): string | null {
  let i = skipSpace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (text[i] !== '{') return null;
  i++;
  // Every member is read, so a second member of the same name (JSON.parse keeps the last) is refused: the bytes
  // verified must be the bytes parsed.
  let found: string | null = null;
  for (;;) {
    i = skipSpace(text, i);
    if (text.charCodeAt(i) !== QUOTE) return null;
    const keyEnd = skipString(text, i);
    if (keyEnd < 0) return null;
    let key: unknown;
    try {
      key = JSON.parse(text.slice(i, keyEnd));
    } catch {
      return null;
    }
    i = skipSpace(text, keyEnd);
    if (text[i] !== ':') return null;
    const start = skipSpace(text, i + 1);
    const end = skipValue(text, start);
    if (end < 0) return null;
    if (key === name) {
      if (found !== null) return null;
      found = text.slice(start, end);
    }
    i = skipSpace(text, end);
    if (text[i] === '}') return found;
    if (text[i] !== ',') return null;
    i++;
  }
}
