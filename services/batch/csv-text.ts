/**
 * The text of a fleet CSV before and after parsing: UTF-8 checked strictly (a file in Big5 or Windows-1252 is
 * refused with the byte offset, not silently turned into U+FFFD), and cells echoed back to a person (a rejected
 * plate, an unknown header) made safe to show — control and invisible characters written as ⟨U+XXXX⟩, so an
 * escape sequence in a cell cannot drive the terminal, and long cells cut short.
 */
import { isHiddenCharacter } from '../../shared/venue/printed-text';

/** Longest cell, in UTF-16 units; a row with a longer cell is rejected (the longest real value is a 500-character note). */
export const CELL_MAX = 1000;

/** How many characters of a cell are echoed back. */
export const ECHO_MAX = 40;

/** How to save a CSV as UTF-8, in both languages (the file could not be read otherwise). */
const SAVE_AS_UTF8 = {
  en: 'In Excel choose File › Save As › "CSV UTF-8 (Comma delimited) (*.csv)"; in Numbers or Google Sheets, export as CSV. Nothing was imported.',
  zh: '請在 Excel 選擇「檔案 › 另存新檔 › CSV UTF-8（逗號分隔）(*.csv)」；在 Numbers 或 Google 試算表則匯出為 CSV。沒有匯入任何資料。',
};

/** Why a file's text cannot be read, in both languages. */
export interface TextRefusal {
  en: string;
  zh: string;
}

/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    // A lead byte that cannot start a sequence, or a sequence cut off by the end of the file.
    if (need === 0 || i + need > n - 1) return i;
    // The second byte's range is narrower after E0, ED, F0 and F4 (no overlong forms, surrogates or > U+10FFFF).
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    const b1 = bytes[i + 1] as number;
    if (b1 < lo || b1 > hi) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k] as number;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** The 1-based line of a position (line feeds before it, plus one). */
function lineAt(input: Uint8Array | string, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if ((typeof input === 'string' ? input.charCodeAt(i) : input[i]) === 10) line++;
  return line;
}

/**
 * The text of a CSV file: bytes decoded as UTF-8 (a BOM dropped), refused when they are not UTF-8; a string
 * (the app's page already decoded the file) refused when it holds U+FFFD, which is what a bad decode leaves.
 */
export function csvText(input: string | Uint8Array): { text: string } | { refusal: TextRefusal } {
  if (typeof input !== 'string') {
    const bad = firstInvalidUtf8(input);
    if (bad >= 0) {
      const line = lineAt(input, bad);
      return {
        refusal: {
          en: `The file is not UTF-8 text: byte ${bad} (line ${line}) cannot be read. It was probably saved in another encoding (such as Big5 or Windows-1252). ${SAVE_AS_UTF8.en}`,
          zh: `檔案不是 UTF-8 文字：第 ${line} 行（第 ${bad} 個位元組）無法讀取，可能以其他編碼（例如 Big5）儲存。${SAVE_AS_UTF8.zh}`,
        },
      };
    }
    return { text: new TextDecoder('utf-8').decode(input) };
  }
  const lost = input.indexOf('\uFFFD');
  if (lost >= 0) {
    const line = lineAt(input, lost);
    return {
      refusal: {
        en: `The file has characters that could not be read (shown as \uFFFD) on line ${line}: it was not saved as UTF-8. ${SAVE_AS_UTF8.en}`,
        zh: `檔案第 ${line} 行有無法讀取的字元（顯示為 \uFFFD）：檔案並非以 UTF-8 儲存。${SAVE_AS_UTF8.zh}`,
      },
    };
  }
  return { text: input };
}

/** A cell as it may be shown: hidden characters as ⟨U+XXXX⟩, at most {@link ECHO_MAX} characters then "…". */
export function displayCell(cell: string): string {
  let out = '';
  let count = 0;
  for (const ch of cell) {
    if (count === ECHO_MAX) return `${out}…`;
    out += isHiddenCharacter(ch) ? `⟨U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟩` : ch;
    count++;
  }
  return out;
}
