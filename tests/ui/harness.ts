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
import { deskServicesOf, scannerHandlers } from '../../electron/main/handlers/scanner';
import { dispatch, dispatchFor, senderPolicyFor, type Handlers } from '../../electron/main/ipc/dispatch';
import { folderPlatform, type PrintedFile } from '../../services/platform/platform';
import type { DataFolder } from '../../services/open-data-folder';
import { deskClock } from '../helpers/desk-clock';
import { openTestServices, venueInput } from '../helpers/temp-services';
import { CONSOLE_NAMES } from '../../shared/ipc/console-channels';
import { consoleContract, type ConsoleContract } from '../../shared/ipc/console-contract';
import { SCANNER_NAMES } from '../../shared/ipc/scanner-channels';
import { scannerContract, type ScannerContext, type ScannerContract } from '../../shared/ipc/scanner-contract';
import { installPageBridge, type PageBridge } from './page-bridge';
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
  services: DataFolder;
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
  /** Sets what the next open-file dialog answers (a path, or null for Cancel). */
  answerOpenDialog: (path: string | null) => void;
  /** Paths the app asked the desktop to open ("Open PDF" and the like), in order. */
  opened: string[];
  /** Files the app asked the desktop to show in their folder, in order. */
  shown: string[];
  /** PDFs the app asked the desktop to print (path and bytes: the file itself is temporary), in order. */
  printed: PrintedFile[];
  /** Sends a console event to the page, as main does. */
  emit: PageBridge<ConsoleContract>['emit'];
  /** The scanner windows the console asked to open, in order. */
  scannerRequests: ScannerContext[];
  /** The services' clock (epoch ms): real time; with `deskDay`, kept on one Hong Kong date through the test (tests/helpers/desk-clock.ts). */
  now: () => number;
  /** Opens the scanner page (its own page, API and sender policy) for the last requested venue. */
  openScanner: () => Promise<{ page: Page; emit: PageBridge<ScannerContract>['emit']; closed: () => number }>;
}

/** Opens real services on a fresh temp folder with a passphrase-sealed key (tests/helpers/temp-services). */
function openServices(withKey: boolean, withSettings: boolean, clock: () => number): { services: DataFolder; dataDir: string; cleanup: () => Promise<void> } {
  const { services, dataDir, cleanup } = openTestServices({ withKey, withSettings, clock });
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

/**
 * UI test with `ui` (test-scoped) and `server` (one per worker). Use `test.use({ withKey: false })` for a keyless
 * folder, `test.use({ withKey: false, withSettings: false })` for a fresh install (the setup page), and
 * `test.use({ deskDay: true })` where Health Code passes made for today must stay valid through the test.
 */
export const test = base.extend<{ ui: Ui; withKey: boolean; withSettings: boolean; deskDay: boolean }, { server: StaticServer }>({
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
  withSettings: [true, { option: true }],
  deskDay: [false, { option: true }],
  ui: async ({ page, server, withKey, withSettings, deskDay }, use, testInfo) => {
    const now = deskDay ? deskClock() : () => Date.now();
    const { services, dataDir, cleanup } = openServices(withKey, withSettings, now);
    const downloadsDir = join(dataDir, 'downloads');
    mkdirSync(downloadsDir);
    const platform = folderPlatform(downloadsDir);
    const scannerRequests: ScannerContext[] = [];
    const handlers = createHandlers({ ...services, platform, launcher: { open: (context) => void scannerRequests.push(context) } });
    const trusted = senderPolicyFor(server.appUrl);
    const problems: string[] = [];
    const watch = (p: Page, label: string) => {
      p.on('console', (msg) => {
        if (msg.type() === 'error' && !IGNORED_CONSOLE.some((re) => re.test(msg.text()))) problems.push(`${label} console.error: ${msg.text()}`);
      });
      p.on('pageerror', (error) => problems.push(`${label} pageerror: ${error.message}`));
    };
    watch(page, 'console');

    const bridge = await installPageBridge(page, {
      contract: consoleContract,
      names: CONSOLE_NAMES,
      globalName: 'venueConsole',
      dispatch: (channel, input, ctx) => dispatch(handlers, channel, input, ctx, trusted),
    });

    const scannerUrl = new URL('../scanner/index.html', server.appUrl).href;
    const openScanner: Ui['openScanner'] = async () => {
      const scannerPage = await page.context().newPage();
      watch(scannerPage, 'scanner');
      let closed = 0;
      const desk = scannerHandlers({ context: () => scannerRequests.at(-1) ?? null, close: () => void (closed += 1) }, deskServicesOf(services));
      const scannerBridge = await installPageBridge(scannerPage, {
        contract: scannerContract,
        names: SCANNER_NAMES,
        globalName: 'venueScanner',
        dispatch: (channel, input, ctx) => dispatchFor(scannerContract, desk, channel, input, ctx, senderPolicyFor(scannerUrl)),
      });
      await scannerPage.goto(scannerUrl);
      return { page: scannerPage, emit: scannerBridge.emit, closed: () => closed };
    };

    const ui: Ui = {
      page,
      services,
      handlers,
      dataDir,
      downloadsDir,
      appUrl: server.appUrl,
      problems,
      opened: platform.opened,
      answerOpenDialog: (path) => {
        platform.openAnswer = path;
      },
      shown: platform.shown,
      printed: platform.printed,
      emit: bridge.emit,
      scannerRequests,
      now,
      openScanner,
      open: async (hash = '#/') => {
        await page.goto(`${server.appUrl}${hash}`);
        await expect(page.getByRole('navigation', { name: /Main|主選單/ })).toBeVisible();
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
      // Pages first: a request still in flight must not reach services that are already closed.
      for (const open of page.context().pages()) await open.close().catch(() => undefined);
      await cleanup();
      if (testInfo.status !== testInfo.expectedStatus && problems.length > 0) console.log(problems.join('\n'));
    }
  },
});

export { expect };

/** A valid venue input for seeding through the services; override any field. */
export { venueInput };

/** Number of venues in the registry (read straight from the services, not through the UI). */
export const venueCount = (services: DataFolder): number => services.venues.search({ query: '', status: 'all', offset: 0, limit: 1 }).total;
