/** The console and scanner pages: events from main, the scanner opened from a venue page, each page's own API and CSP. */
import { expect, test, venueInput } from './harness';

test('an event from main reaches the console page, and unsubscribing stops it', async ({ ui }) => {
  await ui.open('#/venues');
  await ui.emit('navigate', { hash: '#/settings' });
  await expect(ui.page.getByRole('heading', { level: 1, name: /Settings/ })).toBeVisible();

  await ui.page.evaluate(() => {
    const w = window as unknown as { venueConsole: { onNoticesChanged: (cb: (p: { unread: number }) => void) => () => void }; seen: number[]; off: () => void };
    w.seen = [];
    w.off = w.venueConsole.onNoticesChanged((p) => w.seen.push(p.unread));
  });
  await ui.emit('notices-changed', { unread: 2 });
  await ui.page.evaluate(() => (window as unknown as { off: () => void }).off());
  await ui.emit('notices-changed', { unread: 5 });
  expect(await ui.page.evaluate(() => (window as unknown as { seen: number[] }).seen)).toEqual([2]);
});

test('the console opens the front-desk scanner for a venue; the scanner page has only its own API', async ({ ui }) => {
  const venue = ui.services.venues.create(venueInput({ nameEn: 'Harbour Front Desk', nameZh: '海港前台' }));
  await ui.open(`#/venues/${venue.id}`);
  await ui.page.getByRole('button', { name: /Open front-desk scanner/ }).click();
  await expect.poll(() => ui.scannerRequests.length).toBe(1);
  expect(ui.scannerRequests[0]?.venue.id).toBe(venue.id);

  const scanner = await ui.openScanner();
  await expect(scanner.page.getByText('Harbour Front Desk')).toBeVisible();
  await expect(scanner.page.getByTestId('scanner-venue-id')).toHaveText(venue.id);
  const globals = await scanner.page.evaluate(() => ({
    scanner: Object.keys((window as unknown as { venueScanner: object }).venueScanner).sort(),
    console: 'venueConsole' in window,
  }));
  expect(globals).toEqual({ scanner: ['closeScanner', 'getDeskStatus', 'getScannerContext', 'onContextChanged', 'scanPass', 'setKioskPin', 'updateDeskSettings'], console: false });
  const csp = await scanner.page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
  expect(csp).toContain("'wasm-unsafe-eval'");
  const consoleCsp = await ui.page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
  expect(consoleCsp).not.toContain('wasm-unsafe-eval');
  expect(consoleCsp).not.toContain('mediastream:');

  const other = ui.services.venues.create(venueInput({ nameEn: 'Kowloon Desk', nameZh: '九龍前台', addressEn: '1 Nathan Road' }));
  await scanner.emit('context-changed', { venue: { id: other.id, nameEn: other.nameEn, nameZh: other.nameZh }, operatorName: 'Test', kiosk: false });
  await expect(scanner.page.getByText('Kowloon Desk')).toBeVisible();
  await scanner.page.setViewportSize({ width: 1024, height: 768 });
  await scanner.page.screenshot({ path: 'test-results/screenshots/scanner-shell.png' });
  await scanner.page.getByRole('button', { name: /Close scanner/ }).click();
  await expect.poll(() => scanner.closed()).toBe(1);
  await scanner.page.close();
});
