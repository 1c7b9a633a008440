/** Playwright: UI tests run the built renderer in Chromium against the real handlers; e2e runs Electron when present. */
import { defineConfig } from '@playwright/test';
import { findBrowser, realContext } from './scripts/test-tools/find.mjs';

// The browser `node scripts/test-tools.mjs` found or installed (the first step of `npm test`), found again here
// without installing: VENUE_TEST_CHROMIUM, else Playwright's own Chromium, else a system Chromium or Chrome.
const browser = findBrowser(realContext());
if (!browser.found && !process.env.TEST_WORKER_INDEX) {
  console.warn(`${browser.error ?? 'No Chromium or Chrome found.'} Run \`node scripts/test-tools.mjs\` to find or install one.`);
}

export default defineConfig({
  testDir: 'tests',
  testMatch: ['ui/**/*.spec.ts', 'e2e/**/*.spec.ts'],
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['dot']] : [['list']],
  use: {
    viewport: { width: 1280, height: 860 },
    locale: 'en-HK',
    timezoneId: 'Asia/Hong_Kong',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: browser.found ? browser.path : undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
