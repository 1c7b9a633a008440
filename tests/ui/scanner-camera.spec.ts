/**
 * The desk's camera in Chromium's fake camera (`--use-file-for-fake-video-capture`): clips made here from real
 * signed passes — straight, rotated 30°, mirrored, low contrast — decoded by zxing-wasm in the page's worker, the
 * verdict decided by the real handlers. (Speed is measured by tests/bench/scanner-speed.bench.ts, not here.)
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    const passes = deskPasses(Date.now());
    const desk = await openDeskBrowser({ clip: writeQrClip(join(dir, 'clip.y4m'), passes[which], options), passes });
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
