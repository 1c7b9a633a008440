/**
 * The front desk's speed in Chromium (issue 12 §5), run by `npm run bench` (playwright.bench.config.ts), never by
 * `npm test`: it measures and records, it does not pass or fail on speed. Figures go to bench/results/latest.json
 * under `scanner`:
 * - camera: the worker's zxing-wasm decode of one 1280×720 frame (median of the frames read), plus the verdict in
 *   main (measured in Node by bench/desk-log.ts: `scanVerdictInMainMs`);
 * - camera: the first verdict after a code enters the view of a camera already running (page clock: from the
 *   presented frame that first shows the code to the verdict in the page), and from page load for reference;
 * - wedge: the verdict on screen after the terminator (the page → main → page round trip included; here it goes
 *   through a Playwright binding, slower than Electron's IPC).
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deskClock } from '../helpers/desk-clock';
import { deskPasses } from '../helpers/desk-passes';
import { writeQrClip } from '../helpers/y4m';
import { openDeskBrowser } from '../ui/desk-browser';

const results: Record<string, number> = {};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : (s[Math.floor((s.length - 1) / 2)] as number);
};

test('camera: decode per frame, and the verdict after a code enters a running camera', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vc-bench-camera-'));
  const now = deskClock();
  const passes = deskPasses(now());
  const afterCode: number[] = [];
  const coldStart: number[] = [];
  const decodes: number[] = [];
  try {
    for (let run = 0; run < 3; run++) {
      // 3 s of an empty view (the camera and decoder warm), then the pass, at 10 frames a second.
      const clip = writeQrClip(join(dir, `clip-${run}.y4m`), passes.green, { blankFrames: 30, frames: 20 });
      const desk = await openDeskBrowser({ clip, passes, now });
      try {
        const t0 = Date.now();
        await desk.open();
        // In the page: when the first frame with the code is presented (a dark pixel in the middle of the view), and
        // when the verdict appears — both on the page's own clock.
        const ms = await desk.page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              let codeAt: number | null = null;
              const canvas = document.createElement('canvas');
              canvas.width = 64;
              canvas.height = 36;
              const ctx = canvas.getContext('2d', { willReadFrequently: true });
              const watchFrames = () => {
                const video = document.querySelector('[data-testid="camera-preview"]') as HTMLVideoElement | null;
                if (!video || !ctx) return void setTimeout(watchFrames, 5);
                const onFrame = (now: number) => {
                  ctx.drawImage(video, 0, 0, 64, 36);
                  const px = ctx.getImageData(16, 4, 32, 28).data;
                  let dark = false;
                  for (let i = 0; i < px.length; i += 4) if ((px[i] as number) < 100) dark = true;
                  if (dark && codeAt === null) codeAt = now;
                  if (codeAt === null) video.requestVideoFrameCallback(onFrame);
                };
                video.requestVideoFrameCallback(onFrame);
              };
              watchFrames();
              // The verdict's time is taken when it first appears, whichever of the two comes first.
              let verdictAt: number | null = null;
              const done = () => {
                if (codeAt !== null && verdictAt !== null) resolve(verdictAt - codeAt);
                else setTimeout(done, 10);
              };
              const mo = new MutationObserver(() => {
                if (verdictAt === null && document.querySelector('[data-testid="verdict"]')) {
                  verdictAt = performance.now();
                  mo.disconnect();
                  done();
                }
              });
              mo.observe(document.body, { childList: true, subtree: true });
            }),
        );
        afterCode.push(ms);
        coldStart.push(Date.now() - t0);
        for (let i = 0; i < 30; i++) {
          const text = (await desk.page.getByTestId('camera-status').textContent()) ?? '';
          const m = /([\d.]+) ms/.exec(text);
          if (m) decodes.push(Number(m[1]));
          await desk.page.waitForTimeout(50);
        }
        expect(desk.problems).toEqual([]);
      } finally {
        await desk.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  expect(decodes.length).toBeGreaterThan(0);
  results.cameraDecodeFrameMs = median(decodes);
  results.cameraFirstVerdictMs = Math.round(median(afterCode));
  results.cameraPageLoadToVerdictMs = median(coldStart);
});

test('wedge: verdict on screen after the terminator', async () => {
  const desk = await openDeskBrowser();
  try {
    await desk.open();
    await desk.page.getByTestId('camera-on').uncheck();
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const ms = await desk.page.evaluate(async (text) => {
        const press = (code: string, key: string, shiftKey: boolean) => window.dispatchEvent(new KeyboardEvent('keydown', { code, key, shiftKey, bubbles: true, cancelable: true }));
        for (const ch of text) {
          if (/\d/.test(ch)) press(`Digit${ch}`, ch, false);
          else if (ch === ':') press('Semicolon', ':', true);
          else press(`Key${ch}`, ch, true);
          await new Promise((r) => setTimeout(r, 1));
        }
        const shown = new Promise<void>((resolve) => {
          const mo = new MutationObserver(() => {
            if (document.querySelector('[data-testid="verdict"]')) {
              mo.disconnect();
              resolve();
            }
          });
          mo.observe(document.body, { childList: true, subtree: true });
        });
        const t0 = performance.now();
        press('Enter', 'Enter', false);
        await shown;
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        return performance.now() - t0;
      }, desk.passes.amber);
      times.push(ms);
      await desk.page.getByRole('button', { name: /Next visitor/ }).click();
    }
    results.wedgeVerdictOnScreenMs = Math.round(median(times) * 10) / 10;
  } finally {
    await desk.close();
  }
});

test.afterAll(() => {
  const latest = join(process.cwd(), 'bench', 'results', 'latest.json');
  let all: Record<string, unknown> = {};
  try {
    all = JSON.parse(readFileSync(latest, 'utf8')) as Record<string, unknown>;
  } catch {
    // no earlier results
  }
  const scanner = { ...results, targets: { cameraDecodeFrameMs: 15, cameraFirstVerdictMs: 300, wedgeVerdictOnScreenMs: 100 } };
  writeFileSync(latest, `${JSON.stringify({ ...all, scanner }, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify({ scanner }, null, 2)}\n`);
});
