/**
 * The text of a fleet CSV before and after parsing: decoded in its detected encoding (UTF-8, UTF-16 with a BOM,
 * Big5-HKSCS; anything else, or bytes not valid in it, refused with the byte offset, never silently turned into
 * U+FFFD), and cells echoed back to a person (a rejected
 * plate, an unknown header) made safe to show — control and invisible characters written as ⟨U+XXXX⟩, so an
 * escape sequence in a cell cannot drive the terminal, and long cells cut short.
 */
import { isHiddenCharacter } from '../../shared/venue/printed-text';
import { decodeCsvBytes, type CsvEncoding } from './csv-encoding';

export { firstInvalidUtf8 } from './csv-encoding';

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

/** The 1-based line of a position (line feeds before it, plus one); in UTF-16 a line feed is a whole 2-byte unit. */
function lineAt(input: Uint8Array | string, end: number, utf16?: 'le' | 'be'): number {
  let line = 1;
  if (utf16) {
    for (let i = 2; i + 1 < end; i += 2) if (input[utf16 === 'le' ? i : i + 1] === 10 && input[utf16 === 'le' ? i + 1 : i] === 0) line++;
    return line;
  }
  for (let i = 0; i < end; i++) if ((typeof input === 'string' ? input.charCodeAt(i) : input[i]) === 10) line++;
  return line;
}

/** How each refused encoding is named, in both languages. */
const ENCODING_NAME = {
  'utf-8': { en: 'UTF-8', zh: 'UTF-8' },
  'utf-16le': { en: 'UTF-16 (little-endian)', zh: 'UTF-16（小端序）' },
  'utf-16be': { en: 'UTF-16 (big-endian)', zh: 'UTF-16（大端序）' },
  'big5-hkscs': { en: 'Big5-HKSCS (Traditional Chinese)', zh: 'Big5-HKSCS（繁體中文）' },
} as const;

/**
 * The text of a CSV file and the encoding it was read in: bytes decoded in the encoding they are detected to be
 * in (csv-encoding.ts), refused when they are not valid in it; a string (already decoded by the caller) refused
 * when it holds U+FFFD, which is what a bad decode leaves.
 */
export function csvText(input: string | Uint8Array): { text: string; encoding: CsvEncoding } | { refusal: TextRefusal } {
  if (typeof input !== 'string') {
    const decoded = decodeCsvBytes(input);
    if ('bad' in decoded) {
      const { encoding, offset, detected } = decoded.bad;
      const line = lineAt(input, offset, encoding === 'utf-16le' ? 'le' : encoding === 'utf-16be' ? 'be' : undefined);
      const name = ENCODING_NAME[encoding];
      const guess = encoding === 'utf-8' && detected ? { en: ` It looks like ${detected}, which the console does not read.`, zh: `檔案看來是 ${detected} 編碼，本程式不支援。` } : { en: '', zh: '' };
      return {
        refusal: {
          en: `The file is not valid ${name.en} text: byte ${offset} (line ${line}) cannot be read.${guess.en} The console reads UTF-8, UTF-16 with a BOM and Big5-HKSCS. ${SAVE_AS_UTF8.en}`,
          zh: `檔案不是有效的 ${name.zh} 文字：第 ${line} 行（第 ${offset} 個位元組）無法讀取。${guess.zh}本程式可讀取 UTF-8、附 BOM 的 UTF-16 及 Big5-HKSCS。${SAVE_AS_UTF8.zh}`,
        },
      };
    }
    return decoded;
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
  return { text: input, encoding: 'utf-8' };
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
