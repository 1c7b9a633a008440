/**
 * Which encoding a CSV file's bytes are in, and its text: UTF-8 with or without a BOM, UTF-16 LE/BE with a BOM,
 * or Big5-HKSCS (plain "CSV" from Excel on a Traditional-Chinese Windows). Detection is chardet's; decoding is the
 * platform's fatal UTF-8/UTF-16 decoders and iconv-lite's `big5hkscs` (cp950 plus the HKSCS table, as the WHATWG
 * big5 encoding — Node's own `TextDecoder('big5')` maps HKSCS characters such as 𨋢 to the Private Use Area).
 * Anything not valid in the encoding it was detected as is refused with the byte offset (docs/formats.md).
 */
import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import type { CsvEncoding } from '../../shared/batch/batch-status';

export type { CsvEncoding };

/** The result of decoding: the text and its encoding, or where and why it could not be read. */
export type DecodedCsv =
  | { text: string; encoding: CsvEncoding }
  | { bad: { encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'big5-hkscs'; offset: number; detected: string | null } };

/**
 * How much of a file chardet reads: its statistics settle within a few thousand characters, and it costs ≈ 0.24 s a
 * megabyte (every recognizer walks the bytes), ≈ 5 s for a 20 MB file. The Big5 decode still checks every byte.
 */
const DETECT_SAMPLE_BYTES = 256 * 1024;

/** Multi-byte encodings chardet may prefer over Big5: real evidence that the file is not Big5. */
const OTHER_CJK = new Set(['GB18030', 'Shift_JIS', 'EUC-JP', 'EUC-KR', 'ISO-2022-JP', 'ISO-2022-KR', 'ISO-2022-CN']);

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

function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The 0-based byte offset of the first unpaired surrogate or cut-off unit of a UTF-16 text after its BOM, or -1. */
function utf16Problem(bytes: Uint8Array, text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return 2 + 2 * i;
    } else if (c >= 0xdc00 && c <= 0xdfff) return 2 + 2 * i;
  }
  // iconv-lite drops a last odd byte: a unit cut off by the end of the file.
  return bytes.length % 2 === 1 ? bytes.length - 1 : -1;
}

/** The byte length in Big5 of text decoded from it: ASCII is one byte, any other character two. */
function big5Length(text: string): number {
  let n = 0;
  let previous = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    // Four HKSCS codes decode to two code points (Ê̄ Ê̌ ê̄ ê̌): the combining mark is part of the same two bytes.
    if ((c === 0x304 || c === 0x30c) && (previous === 0xca || previous === 0xea)) n += 0;
    else n += c < 0x80 ? 1 : 2;
    previous = c;
  }
  return n;
}

/** Decodes a CSV file's bytes in the encoding they are detected to be in, or says where they stop being valid. */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    const text = utf8(bytes.subarray(3));
    return text === null ? { bad: { encoding: 'utf-8', offset: 3 + firstInvalidUtf8(bytes.subarray(3)), detected: null } } : { text, encoding: 'utf-8-bom' };
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const encoding = b0 === 0xff ? 'utf-16le' : 'utf-16be';
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(2), encoding === 'utf-16le' ? 'utf16-le' : 'utf16-be', { stripBOM: false });
    const offset = utf16Problem(bytes, text);
    return offset >= 0 ? { bad: { encoding, offset, detected: null } } : { text, encoding };
  }
  const text = utf8(bytes);
  if (text !== null) return { text, encoding: 'utf-8' };

  // Not UTF-8: Big5-HKSCS if it decodes as such and no other multi-byte encoding has more of the detector's
  // confidence. On a few Chinese characters chardet ranks single-byte Western encodings first on noise (it gives
  // Big5 its baseline 10); those are not what our users' Excel saves, so they do not outvote a clean Big5 decode.
  // The sample ends at a line feed, never inside a character (0x0A is no Big5 or UTF-8 trail byte).
  const cut = bytes.length > DETECT_SAMPLE_BYTES ? bytes.lastIndexOf(0x0a, DETECT_SAMPLE_BYTES) + 1 : bytes.length;
  const candidates = analyse(bytes.subarray(0, cut > 0 ? cut : DETECT_SAMPLE_BYTES));
  const big5 = candidates.find((c) => c.name === 'Big5');
  const rival = candidates.find((c) => OTHER_CJK.has(c.name) && c.confidence > (big5?.confidence ?? 0));
  const top = candidates[0]?.name ?? null;
  const decoded = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'big5hkscs');
  const lost = decoded.indexOf('\uFFFD');
  if (big5 && !rival && lost < 0) return { text: decoded, encoding: 'big5-hkscs' };
  // Refused: the offset is given in the encoding the file most looks like (Big5 when chardet puts it first).
  if (top === 'Big5' && lost >= 0) return { bad: { encoding: 'big5-hkscs', offset: big5Length(decoded.slice(0, lost)), detected: top } };
  return { bad: { encoding: 'utf-8', offset: firstInvalidUtf8(bytes), detected: rival?.name ?? top } };
}
