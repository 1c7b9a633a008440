/**
 * Playwright fixtures for UI tests: the built renderer served with the app's CSP, a fresh data folder with
 * real services, and `window.venueConsole` wired through `exposeBinding` to the real handlers via `dispatch`
 * (exactly what the preload + ipcMain do in the app). Any console error, page error or CSP violation fails the test.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandlers } from '../../electron/main/handlers';
import { dispatch, senderPolicyFor, type Handlers } from '../../electron/main/ipc/dispatch';
import { folderPlatform } from '../../services/platform/platform';
import type { ConsoleServices } from '../../services/open-console';
import { openTestServices, venueInput } from '../helpers/temp-services';
import { CHANNELS } from '../../shared/ipc/console-contract';
import { serveRenderer, type StaticServer } from './static-server';

/** The built renderer (npx electron-vite build). */
export const RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));
/** Where tests write screenshots; a curated set is copied into docs/screenshots. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));

/** Console messages that are not app faults (none at present: every console error fails the test). */
const IGNORED_CONSOLE: RegExp[] = [];

/** What a UI test gets: the page on the app, the live services behind it, and the "downloads" folder. */
export interface Ui {
  page: Page;
  services: ConsoleServices;
  handlers: Handlers;
  dataDir: string;
  downloadsDir: string;
  appUrl: string;
  /** Opens the app at a hash route, e.g. `#/venues`, and waits for the shell. */
  open: (hash?: string) => Promise<void>;
  /** Saves a full-window PNG to {@link SCREENSHOT_DIR}. */
  shot: (name: string, options?: { fullPage?: boolean }) => Promise<void>;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
  /** Paths the app asked the desktop to open ("Open PDF" and the like), in order. */
  opened: string[];
}

/** Opens real services on a fresh temp folder with a passphrase-sealed key (tests/helpers/temp-services). */
function openServices(withKey: boolean): { services: ConsoleServices; dataDir: string; cleanup: () => Promise<void> } {
  const { services, dataDir, cleanup } = openTestServices({ withKey });
  return {
    services,
    dataDir,
    cleanup: async () => {
      // A batch still running (a test that failed mid-way) must stop before its database is closed.
      await services.batches.idle().catch(() => undefined);
      cleanup();
    },
  };
}

/** UI test with `ui` (test-scoped) and `server` (one per worker). Use `test.use({ withKey: false })` for a keyless folder. */
export const test = base.extend<{ ui: Ui; withKey: boolean }, { server: StaticServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await serveRenderer(RENDERER_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  withKey: [true, { option: true }],
  ui: async ({ page, server, withKey }, use, testInfo) => {
    const { services, dataDir, cleanup } = openServices(withKey);
    const downloadsDir = join(dataDir, 'downloads');
    mkdirSync(downloadsDir);
    const platform = folderPlatform(downloadsDir);
    const handlers = createHandlers(services, platform);
    const trusted = senderPolicyFor(server.appUrl);
    const problems: string[] = [];

    page.on('console', (msg) => {
      if (msg.type() === 'error' && !IGNORED_CONSOLE.some((re) => re.test(msg.text()))) problems.push(`console.error: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));

    await page.exposeBinding('__venueConsoleInvoke', (source, channel: string, input: unknown) =>
      dispatch(handlers, channel, input, { senderUrl: source.frame.url() }, trusted),
    );
    await page.addInitScript((channels: string[]) => {
      type Invoke = (channel: string, input: unknown) => Promise<unknown>;
      const host = window as unknown as { __venueConsoleInvoke: Invoke };
      const api: Record<string, (input: unknown) => Promise<unknown>> = {};
      for (const channel of channels) api[channel] = (input: unknown) => host.__venueConsoleInvoke(channel, input);
      Object.defineProperty(window, 'venueConsole', { value: Object.freeze(api), writable: false, configurable: false });
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
      });
    }, CHANNELS as string[]);

    const ui: Ui = {
      page,
      services,
      handlers,
      dataDir,
      downloadsDir,
      appUrl: server.appUrl,
      problems,
      opened: platform.opened,
      open: async (hash = '#/') => {
        await page.goto(`${server.appUrl}${hash}`);
        await expect(page.getByRole('navigation', { name: /Main/ })).toBeVisible();
      },
      shot: async (name, options = {}) => {
        mkdirSync(SCREENSHOT_DIR, { recursive: true });
        await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled', fullPage: options.fullPage ?? false });
      },
    };
    try {
      await use(ui);
      expect(problems, 'console errors, page errors or CSP violations').toEqual([]);
    } finally {
      await cleanup();
      if (testInfo.status !== testInfo.expectedStatus && problems.length > 0) console.log(problems.join('\n'));
    }
  },
});

export { expect };

/** A valid venue input for seeding through the services; override any field. */
export { venueInput };

/** Number of venues in the registry (read straight from the services, not through the UI). */
export const venueCount = (services: ConsoleServices): number => services.venues.search({ query: '', status: 'all', offset: 0, limit: 1 }).total;
