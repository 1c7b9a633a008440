/**
 * The front desk's speed in Chromium (issue 12 §5), run by `npm run bench` (playwright.bench.config.ts), never by
 * `npm test`: it measures and records, it does not pass or fail on speed. Figures go to bench/results/latest.json
 * under `scanner`:
 * - camera: the worker's zxing-wasm decode of one 1280×720 frame (median of the frames read), plus the verdict in
 *   main (measured in Node by bench/desk-log.ts: `scanVerdictInMainMs`);
 * - camera: the first verdict after the first frame reached the page (the code is in every frame);
 * - wedge: the verdict on screen after the terminator (the page → main → page round trip included; here it goes
 *   through a Playwright binding, slower than Electron's IPC).
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deskPasses } from '../helpers/desk-passes';
import { writeQrClip } from '../helpers/y4m';
import { openDeskBrowser } from '../ui/desk-browser';

const results: Record<string, number> = {};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : (s[Math.floor((s.length - 1) / 2)] as number);
};

test('camera: decode per frame and first verdict', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vc-bench-camera-'));
  const passes = deskPasses(Date.now());
  const firsts: number[] = [];
  const decodes: number[] = [];
  try {
    for (let run = 0; run < 3; run++) {
      const desk = await openDeskBrowser({ clip: writeQrClip(join(dir, `clip-${run}.y4m`), passes.green, { frames: 6 }), passes });
      try {
        await desk.open();
        // The first frame in the page (the <video> has data), then the verdict.
        await desk.page.waitForFunction(() => ((document.querySelector('[data-testid="camera-preview"]') as HTMLVideoElement | null)?.readyState ?? 0) >= 2, null, { polling: 'raf', timeout: 20_000 });
        const t0 = Date.now();
        await desk.page.waitForSelector('[data-testid="verdict"][data-verdict="green"]', { timeout: 20_000 });
        firsts.push(Date.now() - t0);
        // The decode time of each frame the worker reads (the status line), sampled for 2 s.
        for (let i = 0; i < 40; i++) {
          const text = (await desk.page.getByTestId('camera-status').textContent()) ?? '';
          const ms = /([\d.]+) ms/.exec(text);
          if (ms) decodes.push(Number(ms[1]));
          await desk.page.waitForTimeout(50);
        }
      } finally {
        await desk.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  expect(decodes.length).toBeGreaterThan(0);
  results.cameraDecodeFrameMs = median(decodes);
  results.cameraFirstVerdictMs = median(firsts);
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
