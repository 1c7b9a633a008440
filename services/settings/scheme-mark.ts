/**
 * The scheme's mark (issue 10): an image the operator provides for the posters' header band. Only PNG and JPEG,
 * recognised by their magic bytes (not the file name), with the size read from the PNG IHDR or the JPEG SOF
 * marker: at most {@link SCHEME_MARK_MAX_BYTES} bytes and {@link SCHEME_MARK_MAX_SIDE} px a side, at least
 * {@link SCHEME_MARK_MIN_SIDE} px. Anything else is refused with a bilingual field message on `schemeMark`.
 */
import { fail } from '../../shared/errors';

/** Largest mark file, in bytes. */
export const SCHEME_MARK_MAX_BYTES = 512 * 1024;
/** Largest width or height, in pixels. */
export const SCHEME_MARK_MAX_SIDE = 2000;
/** Smallest width or height, in pixels (smaller prints blurred). */
export const SCHEME_MARK_MIN_SIDE = 64;

/** A checked mark. */
export interface SchemeMark {
  bytes: Buffer;
  mime: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk (always the first chunk); null when it is not there. */
function pngSize(b: Buffer): { width: number; height: number } | null {
  if (b.length < 24 || b.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Width and height from a JPEG's first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC); null when none is found. */
function jpegSize(b: Buffer): { width: number; height: number } | null {
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1] as number;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image or start of scan before any frame
    const length = b.readUInt16BE(i + 2);
    if (length < 2) return null;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (i + 9 > b.length) return null;
      return { height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) };
    }
    i += 2 + length;
  }
  return null;
}

const refuse = (en: string, zh: string): never => fail('validation', en, zh, [{ field: 'schemeMark', en, zh }]);

/** Refuses a file longer than {@link SCHEME_MARK_MAX_BYTES} (checked before it is read, too). */
export function checkSchemeMarkLength(length: number): void {
  if (length > SCHEME_MARK_MAX_BYTES) {
    refuse(
      `The image is too big (${Math.ceil(length / 1024)} KB): at most ${SCHEME_MARK_MAX_BYTES / 1024} KB.`,
      `圖像檔案太大（${Math.ceil(length / 1024)} KB）：最多 ${SCHEME_MARK_MAX_BYTES / 1024} KB。`,
    );
  }
}

/** Checks a file's bytes as a scheme mark; refuses with a bilingual `schemeMark` field message. */
export function checkSchemeMark(bytes: Buffer): SchemeMark {
  checkSchemeMarkLength(bytes.length);
  const isPng = bytes.subarray(0, 8).equals(PNG_SIGNATURE);
  const isJpeg = bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if (!isPng && !isJpeg) refuse('Choose a PNG or JPEG image: this file is neither.', '請選擇 PNG 或 JPEG 圖像：此檔案兩者皆不是。');
  const size = isPng ? pngSize(bytes) : jpegSize(bytes);
  if (!size) refuse('The image is damaged: its size cannot be read.', '圖像已損壞：無法讀取其尺寸。');
  const { width, height } = size as { width: number; height: number };
  if (width > SCHEME_MARK_MAX_SIDE || height > SCHEME_MARK_MAX_SIDE) {
    refuse(
      `The image is too large (${width}×${height} px): at most ${SCHEME_MARK_MAX_SIDE}×${SCHEME_MARK_MAX_SIDE} px.`,
      `圖像尺寸太大（${width}×${height} 像素）：最多 ${SCHEME_MARK_MAX_SIDE}×${SCHEME_MARK_MAX_SIDE} 像素。`,
    );
  }
  if (width < SCHEME_MARK_MIN_SIDE || height < SCHEME_MARK_MIN_SIDE) {
    refuse(
      `The image is too small (${width}×${height} px): at least ${SCHEME_MARK_MIN_SIDE}×${SCHEME_MARK_MIN_SIDE} px.`,
      `圖像尺寸太小（${width}×${height} 像素）：最少 ${SCHEME_MARK_MIN_SIDE}×${SCHEME_MARK_MIN_SIDE} 像素。`,
    );
  }
  return { bytes, mime: isPng ? 'image/png' : 'image/jpeg', width, height };
}
