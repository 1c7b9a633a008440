/**
 * A live thumbnail of the poster exactly as Save PDF writes it: main renders the same PDF at the chosen size
 * (getPosterPreview), and pdf.js draws its page onto a canvas. pdf.js runs its parser in a worker bundled from
 * our own origin, with eval, WebAssembly and system fonts off, so the console's CSP stays as it is.
 */
import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../bridge';
import { ErrorBanner } from '../../../common/components/error-banner';
import { bi, T } from '../../../common/i18n';

GlobalWorkerOptions.workerSrc = workerUrl;

/** The thumbnail's width in CSS pixels. */
const THUMB_WIDTH = 300;

/** The PDF bytes of a base64 string. */
function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Draws page 1 of `pdf` onto `canvas`, THUMB_WIDTH CSS pixels wide at the screen's pixel density. */
async function drawFirstPage(pdf: Uint8Array, canvas: HTMLCanvasElement, live: () => boolean): Promise<void> {
  const task = getDocument({ data: pdf, isEvalSupported: false, useWasm: false, useSystemFonts: false, enableXfa: false, stopAtErrors: true });
  try {
    const doc = await task.promise;
    const page = await doc.getPage(1);
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: (THUMB_WIDTH * Math.max(1, window.devicePixelRatio || 1)) / base.width });
    if (!live()) return;
    canvas.width = Math.round(viewport.width);
    canvas.height = Math.round(viewport.height);
    canvas.style.width = `${THUMB_WIDTH}px`;
    canvas.style.height = `${Math.round((THUMB_WIDTH * base.height) / base.width)}px`;
    await page.render({ canvas, viewport }).promise;
  } finally {
    await task.destroy();
  }
}

/** The poster thumbnail at `size`; redrawn when the size or the venue (`version`: its updatedAt) changes. */
export function PosterPreview({ venueId, size, version, label }: { venueId: string; size: 'a4' | 'a3'; version: number; label: string }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [attempt, setAttempt] = useState(0);
  // What was drawn, and for which request: a newer request shows as loading until it is drawn.
  const request = `${venueId}:${size}:${version}:${attempt}`;
  const [drawn, setDrawn] = useState<{ request: string; error: AppError | null } | null>(null);
  const phase = drawn?.request !== request ? 'loading' : drawn.error ? 'error' : 'ready';

  useEffect(() => {
    let live = true;
    void (async () => {
      const result = await call('getPosterPreview', { id: venueId, size });
      if (!live) return;
      if (!result.ok) {
        setDrawn({ request, error: result.error });
        return;
      }
      const canvas = canvasRef.current;
      if (!canvas) return;
      try {
        await drawFirstPage(bytesOf(result.value.pdfBase64), canvas, () => live);
        if (live) setDrawn({ request, error: null });
      } catch (error) {
        if (live) setDrawn({ request, error: { code: 'internal', message: `The preview could not be drawn (${String(error)}).`, messageZh: '無法顯示預覽。' } });
      }
    })();
    return () => {
      live = false;
    };
  }, [venueId, size, request]);

  return (
    <figure className="poster-preview" data-testid="poster-preview" data-state={phase} data-size={size}>
      <canvas ref={canvasRef} role="img" aria-label={`${bi(T.poster)} ${size.toUpperCase()}: ${label}`} data-testid="poster-preview-canvas" />
      {phase === 'error' && drawn?.error && <ErrorBanner error={drawn.error} onRetry={() => setAttempt((n) => n + 1)} />}
    </figure>
  );
}
