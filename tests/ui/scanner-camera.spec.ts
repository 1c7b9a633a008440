/**
 * The desk's camera in Chromium's fake camera (`--use-file-for-fake-video-capture`): clips made here from real
 * signed passes — straight, rotated 30°, mirrored, low contrast — decoded by zxing-wasm in the page's worker, the
 * verdict decided by the real handlers. (Speed is measured by tests/bench/scanner-speed.bench.ts, not here.)
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deskClock } from '../helpers/desk-clock';
import { deskPasses, type DeskPasses } from '../helpers/desk-passes';
import { writeQrClip, type ClipOptions } from '../helpers/y4m';
import { openDeskBrowser } from './desk-browser';

const CLIPS: [string, keyof Omit<DeskPasses, 'authority'>, string, ClipOptions][] = [
  ['straight', 'green', 'green', {}],
  ['rotated 30°', 'amber', 'amber', { rotate: 30 }],
  ['mirrored', 'red', 'red', { mirror: true }],
  ['low contrast', 'green', 'green', { dark: 105, light: 165 }],
];

for (const [name, which, verdict, options] of CLIPS) {
  test(`camera: a ${name} pass gives ${verdict}`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vc-camera-'));
    const now = deskClock();
    const passes = deskPasses(now());
    const desk = await openDeskBrowser({ clip: writeQrClip(join(dir, 'clip.y4m'), passes[which], options), passes, now });
    try {
      await desk.open();
      const screen = desk.page.getByTestId('verdict');
      await expect(screen).toHaveAttribute('data-verdict', verdict, { timeout: 20_000 });
      // The same code stays in front of the lens: it is not logged again within 3 seconds of its verdict.
      await desk.page.waitForTimeout(1_500);
      expect(desk.services.desk.deskLog.summary().total).toBe(1);
      if (name === 'straight') await desk.page.screenshot({ path: 'test-results/screenshots/scanner-camera-verdict.png', animations: 'disabled' });
      expect(desk.problems).toEqual([]);
    } finally {
      await desk.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('camera: a stream that ends (a camera unplugged) restarts by itself within 5 seconds', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vc-camera-'));
  const now = deskClock();
  const passes = deskPasses(now());
  const desk = await openDeskBrowser({ clip: writeQrClip(join(dir, 'clip.y4m'), passes.amber, {}), passes, now });
  try {
    await desk.open();
    await expect(desk.page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'amber', { timeout: 20_000 });
    const streamId = () => desk.page.evaluate(() => ((document.querySelector('[data-testid="camera-preview"]') as HTMLVideoElement | null)?.srcObject as MediaStream | null)?.id ?? null);
    const first = await streamId();
    expect(first).not.toBeNull();
    // The source goes away: the track ends (as when a USB camera is unplugged).
    await desk.page.evaluate(() => {
      const track = ((document.querySelector('[data-testid="camera-preview"]') as HTMLVideoElement).srcObject as MediaStream).getVideoTracks()[0];
      track?.stop();
      track?.dispatchEvent(new Event('ended'));
    });
    const ended = Date.now();
    await expect.poll(streamId, { timeout: 5_000 }).not.toBe(first);
    expect(Date.now() - ended).toBeLessThan(5_000);
    // And it reads again: after the same-code pause, the pass still in front of it is checked again.
    await expect.poll(() => desk.services.desk.deskLog.summary().total, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    expect(desk.problems).toEqual([]);
  } finally {
    await desk.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
