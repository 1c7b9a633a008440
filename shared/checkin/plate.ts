/** Hong Kong vehicle registration marks (taxi plates): compared in upper case without spaces, shown as e.g. `AB 1234`. */

const STANDARD = /^([A-Z]{1,2})(\d{1,4})$/;
// Hong Kong registration marks never use the letters I, O and Q (they read as 1 and 0).
const VALID = /^[A-HJ-NPR-Z0-9]{1,8}$/;
// The characters of a mark as typed, before upper-casing: `ß`, `ſ`, `ﬀ`, `ı` and the Kelvin sign upper-case
// into ASCII letters ("SS", "S", "FF", "I", "K"), so they are refused here rather than converted.
const ASCII_AS_TYPED = /^[A-Za-z0-9]*$/;
// Full-width ASCII letters and digits (ＬＧ１２３４, what Chinese input methods type) and the ideographic space.
const FULL_WIDTH = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u3000]/g;

/**
 * A registration mark with full-width letters, digits and spaces folded to ASCII (their NFKC form) and nothing
 * else changed: other compatibility characters (ﬀ, ſ, ①, full-width symbols) stay, to be refused.
 */
export function foldFullWidth(input: string): string {
  return input.replace(FULL_WIDTH, (ch) => ch.normalize('NFKC'));
}

/** The comparison form of a registration mark: full-width folded to ASCII, upper case, all white space removed. */
export function normalisePlate(input: string): string {
  return foldFullWidth(input).toUpperCase().replace(/\s+/g, '');
}

/** Whether text is a plausible registration mark: 1–8 letters (not I, O or Q) or digits once spaces are removed. */
export function isValidPlate(input: string): boolean {
  return ASCII_AS_TYPED.test(foldFullWidth(input).replace(/\s+/g, '')) && VALID.test(normalisePlate(input));
}

/** Why a registration mark is not valid, or null when it is. */
export type PlateProblem = 'empty' | 'too-long' | 'letters-i-o-q' | 'symbols';

/** Checks a registration mark as typed; the reason names the first rule it breaks. */
export function plateProblem(input: string): PlateProblem | null {
  const plate = normalisePlate(input);
  if (plate === '') return 'empty';
  if (!ASCII_AS_TYPED.test(foldFullWidth(input).replace(/\s+/g, '')) || !/^[A-Z0-9]+$/.test(plate)) return 'symbols';
  if (/[IOQ]/.test(plate)) return 'letters-i-o-q';
  if (plate.length > 8) return 'too-long';
  return null;
}

/** Words for a {@link PlateProblem}, in English and Chinese. */
export const PLATE_PROBLEM_TEXT: Record<PlateProblem, { en: string; zh: string }> = {
  empty: { en: 'The registration mark is empty.', zh: '車牌號碼空白。' },
  'too-long': { en: 'A registration mark has at most 8 letters and digits.', zh: '車牌號碼最多 8 個字母及數字。' },
  'letters-i-o-q': { en: 'Hong Kong registration marks do not use the letters I, O or Q.', zh: '香港車牌不使用字母 I、O 或 Q。' },
  symbols: { en: 'Only letters A–Z and digits 0–9 are allowed.', zh: '只可使用英文字母 A–Z 及數字 0–9。' },
};

/**
 * The display form: a standard mark (1–2 letters then 1–4 digits) as `AB 1234`; anything else
 * (a personalised mark) in upper case with runs of spaces collapsed, as typed.
 */
export function displayPlate(input: string): string {
  const compact = normalisePlate(input);
  const standard = STANDARD.exec(compact);
  if (standard) return `${standard[1]} ${standard[2]}`;
  return foldFullWidth(input).toUpperCase().trim().replace(/\s+/g, ' ');
}
