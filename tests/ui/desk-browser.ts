/**
 * A front-desk page in its own Chromium (for the fake camera, which is a browser launch option): real services on
 * a fresh folder with a pinned authority root, the built scanner page served with its CSP, and its API wired to
 * the real scanner handlers — as tests/ui/harness.ts does for the console.
 */
import { chromium, type Page } from '@playwright/test';
import { findBrowser, realContext } from '../../scripts/test-tools/find.mjs';
import { deskServicesOf, scannerHandlers } from '../../electron/main/handlers/scanner';
import { dispatchFor, senderPolicyFor } from '../../electron/main/ipc/dispatch';
import type { DataFolder } from '../../services/open-data-folder';
import { SCANNER_NAMES } from '../../shared/ipc/scanner-channels';
import { scannerContract } from '../../shared/ipc/scanner-contract';
import { deskClock } from '../helpers/desk-clock';
import { deskPasses, type DeskPasses } from '../helpers/desk-passes';
import { openTestServices, venueInput } from '../helpers/temp-services';
import { installPageBridge } from './page-bridge';
import { RENDERER_DIR } from './harness';
import { serveRenderer } from './static-server';

/** An open desk: its page, the services behind it, the passes valid today, problems seen, and a close. */
export interface DeskBrowser {
  page: Page;
  services: DataFolder;
  /** The services' clock: real time, kept on one Hong Kong date through the test (tests/helpers/desk-clock.ts). */
  now: () => number;
  passes: DeskPasses;
  problems: string[];
  /** Loads the scanner page. */
  open: () => Promise<void>;
  close: () => Promise<void>;
}

/** Launches Chromium (with the fake camera playing `clip` when given) on a desk for a fresh venue. */
export async function openDeskBrowser(options: { clip?: string; passes?: DeskPasses; now?: () => number } = {}): Promise<DeskBrowser> {
  const now = options.now ?? deskClock();
  const env = openTestServices({ clock: now });
  const server = await serveRenderer(RENDERER_DIR);
  const passes = options.passes ?? deskPasses(now());
  env.services.authorityTrust.pin(JSON.stringify(passes.authority.root));
  const venue = env.services.venues.create(venueInput({}));
  const browserPath = findBrowser(realContext());
  const camera = options.clip ? ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${options.clip}`] : [];
  const browser = await chromium.launch({ ...(browserPath.found ? { executablePath: browserPath.path } : {}), args: ['--no-sandbox', '--disable-gpu', ...camera] });
  const context = await browser.newContext({ permissions: options.clip ? ['camera'] : [], viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  const scannerUrl = new URL('../scanner/index.html', server.appUrl).href;
  const desk = scannerHandlers(
    { context: () => ({ venue: { id: venue.id, nameEn: venue.nameEn, nameZh: venue.nameZh }, operatorName: 'Harbour Dining Group', kiosk: false }), close: () => undefined },
    deskServicesOf(env.services),
  );
  await installPageBridge(page, {
    contract: scannerContract,
    names: SCANNER_NAMES,
    globalName: 'venueScanner',
    dispatch: (channel, input, ctx) => dispatchFor(scannerContract, desk, channel, input, ctx, senderPolicyFor(scannerUrl)),
  });
  return {
    page,
    services: env.services,
    now,
    passes,
    problems,
    open: async () => void (await page.goto(scannerUrl)),
    close: async () => {
      await browser.close();
      await server.close();
      env.cleanup();
    },
  };
}
