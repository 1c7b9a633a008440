/**
 * Video clips for Chromium's fake camera (`--use-file-for-fake-video-capture=clip.y4m`): a QR code of some text
 * drawn into 1280×720 grey frames — straight, rotated, mirrored, low contrast — as a phone held to the desk's
 * camera would show it. Y4M 4:2:0, the chroma planes neutral.
 */
import QRCode from 'qrcode';
import { writeFileSync } from 'node:fs';

/** How the code appears in the frame. */
export interface ClipOptions {
  width?: number;
  height?: number;
  /** Rotation in degrees. */
  rotate?: number;
  /** Mirror left-right (a phone's screen seen through a front camera's mirrored path). */
  mirror?: boolean;
  /** Grey of the dark modules and of the background (0–255). */
  dark?: number;
  light?: number;
  /** Pixels per module. */
  moduleSize?: number;
  frames?: number;
  /** Frames of the empty background before the code appears (the camera already running when a phone is held up). */
  blankFrames?: number;
}

/** The luma plane of one frame with the QR code of `text`. */
export function qrFrame(text: string, o: ClipOptions = {}): Uint8Array {
  const width = o.width ?? 1280;
  const height = o.height ?? 720;
  const m = o.moduleSize ?? 6;
  const dark = o.dark ?? 20;
  const light = o.light ?? 235;
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const quiet = 4;
  const span = (size + 2 * quiet) * m;
  const cx = width / 2;
  const cy = height / 2;
  const angle = ((o.rotate ?? 0) * Math.PI) / 180;
  const cos = Math.cos(-angle);
  const sin = Math.sin(-angle);
  const out = new Uint8Array(width * height).fill(Math.min(255, light + 10));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let dx = x - cx;
      const dy = y - cy;
      if (o.mirror) dx = -dx;
      const u = dx * cos - dy * sin + span / 2;
      const v = dx * sin + dy * cos + span / 2;
      if (u < 0 || v < 0 || u >= span || v >= span) continue;
      const col = Math.floor(u / m) - quiet;
      const row = Math.floor(v / m) - quiet;
      const on = row >= 0 && col >= 0 && row < size && col < size && qr.modules.get(row, col) === 1;
      out[y * width + x] = on ? dark : light;
    }
  }
  return out;
}

/** Writes a Y4M clip of `frames` identical frames showing `text`; returns the path. */
export function writeQrClip(path: string, text: string, o: ClipOptions = {}): string {
  const width = o.width ?? 1280;
  const height = o.height ?? 720;
  const luma = qrFrame(text, o);
  const chroma = new Uint8Array((width / 2) * (height / 2)).fill(128);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`, 'ascii');
  const frame = Buffer.concat([Buffer.from('FRAME\n', 'ascii'), luma, chroma, chroma]);
  const blank = Buffer.concat([Buffer.from('FRAME\n', 'ascii'), new Uint8Array(width * height).fill(Math.min(255, (o.light ?? 235) + 10)), chroma, chroma]);
  writeFileSync(path, Buffer.concat([header, ...Array.from({ length: o.blankFrames ?? 0 }, () => blank), ...Array.from({ length: o.frames ?? 4 }, () => frame)]));
  return path;
}
