/**
 * A frozen copy of the duplicate-key fold as migration 5 ("duplicate keys fold look-alike letters …") wrote it (issue 8 §5):
 * the migration recomputes every stored `dup_key` with this code, never with the live
 * shared/venue/skeleton.ts, so the step gives the same keys whatever the app's fold later becomes. Do not
 * edit: a new fold is a new file and a new migration. The confusables table it reads is frozen by its name.
 */
import { CONFUSABLES_17 } from '../../../shared/venue/confusables-17';

const HIDDEN =
  /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}\p{Zl}\p{Zp}\p{Bidi_Control}\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}\u2800\uFFF0-\uFFFF]/u;
const DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
const ASCII_CAPITAL = /^[A-Z]$/;
const SEPARATORS = /[\s\p{Z},.'’-]+/gu;

let map: Map<number, string> | null = null;

function prototypes(): Map<number, string> {
  if (map) return map;
  map = new Map();
  let at = 0;
  for (const entry of CONFUSABLES_17.table.split(',')) {
    const colon = entry.indexOf(':');
    at += parseInt(entry.slice(0, colon), 36);
    map.set(at, String.fromCodePoint(...entry.slice(colon + 1).split('.').map((d) => parseInt(d, 36))));
  }
  return map;
}

function fold(s: string): string {
  const table = prototypes();
  let visible = '';
  for (const ch of s.normalize('NFKC')) {
    if (HIDDEN.test(ch)) continue;
    const prototype = ch.charCodeAt(0) > 0x7f ? table.get(ch.codePointAt(0) as number) : undefined;
    visible += prototype && ASCII_CAPITAL.test(prototype) ? prototype : ch;
  }
  let skeleton = '';
  for (const ch of visible.toLowerCase().normalize('NFD')) {
    if (DEFAULT_IGNORABLE.test(ch)) continue;
    skeleton += table.get(ch.codePointAt(0) as number) ?? ch;
  }
  return skeleton.normalize('NFD').toLowerCase().replace(SEPARATORS, '');
}

/** The version-2 duplicate key of a venue's names and English address. */
export function dupKeyV2(nameEn: string, nameZh: string, addressEn: string): string {
  return `${fold(nameEn)}|${fold(nameZh)}|${fold(addressEn)}`;
}
