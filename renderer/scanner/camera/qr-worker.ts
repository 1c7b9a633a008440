/**
 * The QR decoder's worker: zxing-wasm (bundled with the app, never fetched from elsewhere) reading one camera
 * frame at a time, off the page's thread. The frame arrives unmirrored (the page mirrors only its preview).
 */
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

/** A frame to decode. */
export interface DecodeRequest {
  id: number;
  width: number;
  height: number;
  /** RGBA bytes (transferred). */
  pixels: ArrayBuffer;
}

/** The decoded texts of a frame and the milliseconds the decode took. */
export interface DecodeReply {
  id: number;
  texts: string[];
  ms: number;
  error?: string;
}

// Compiled as soon as the worker starts, while the camera is still opening: the first frame is read at once.
void prepareZXingModule({
  overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? new URL(wasmUrl, self.location.href).href : prefix + path) },
  fireImmediately: true,
}).catch(() => undefined); // a failure shows on the first decode

self.onmessage = async (event: MessageEvent<DecodeRequest>) => {
  const { id, width, height, pixels } = event.data;
  const started = performance.now();
  try {
    const image = new ImageData(new Uint8ClampedArray(pixels), width, height);
    const results = await readBarcodes(image, { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 1 });
    const reply: DecodeReply = { id, texts: results.filter((r) => r.isValid).map((r) => r.text), ms: performance.now() - started };
    self.postMessage(reply);
  } catch (error) {
    const reply: DecodeReply = { id, texts: [], ms: performance.now() - started, error: String(error) };
    self.postMessage(reply);
  }
};
