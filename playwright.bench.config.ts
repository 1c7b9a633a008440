/** Playwright for the Chromium benchmarks only (`npm run bench` runs it): measurements, never pass/fail on speed. */
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testMatch: ['bench/**/*.bench.ts'],
  outputDir: 'test-results/playwright-bench',
  workers: 1,
  timeout: 120_000,
});
