/** A tiny PNG encoder for tests (zlib + CRC-32): a solid RGB image, and a bare header with any stated size. */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

function ihdr(width: number, height: number): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data[8] = 8; // bit depth
  data[9] = 2; // RGB
  return chunk('IHDR', data);
}

/** A valid PNG of `width`×`height` pixels in one colour (with a darker diagonal, so it is not flat). */
export function solidPng(width: number, height: number, rgb: [number, number, number] = [255, 204, 0]): Buffer {
  const row = 1 + width * 3;
  const raw = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const dark = Math.abs(x * height - y * width) < width + height;
      raw.set(dark ? [11, 61, 145] : rgb, y * row + 1 + x * 3);
    }
  }
  return Buffer.concat([SIGNATURE, ihdr(width, height), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** The signature and IHDR of a PNG claiming `width`×`height`, without pixel data (enough for a size check). */
export function pngHeader(width: number, height: number): Buffer {
  return Buffer.concat([SIGNATURE, ihdr(width, height)]);
}
