/**
 * The front-desk scanner in Chromium against the real desk services: every verdict full-screen (screenshots at
 * 1024×768 and 768×1024), the keyboard wedge (a scan never types into a focused field; AZERTY keys read right),
 * today's counts, and nothing personal on red or grey.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type Ui } from './harness';
import { expectNoSeriousViolations } from './axe';
import { deskPasses, type DeskPasses } from '../helpers/desk-passes';
import { venueInput } from '../helpers/temp-services';
import { testNotice } from '../helpers/test-authority';

test.use({ deskDay: true });

async function openDesk(ui: Ui): Promise<{ scanner: Page; passes: DeskPasses; venueId: string }> {
  const passes = deskPasses(ui.now());
  ui.services.authorityTrust.pin(JSON.stringify(passes.authority.root));
  // A loaded test machine can stall the page mid-burst: the desk allows a wider pause between a scanner's keys
  // (a setting; the decoder's exact timings are unit-tested in tests/unit/scanner/wedge-decoder.test.ts).
  ui.services.desk.deskSettings.update({ ...ui.services.desk.deskSettings.get(), maxGapMs: 400 });
  const venue = ui.services.venues.create(venueInput({ nameEn: 'Harbour Tea House', nameZh: '海港茶樓' }));
  ui.scannerRequests.push({ venue: { id: venue.id, nameEn: venue.nameEn, nameZh: venue.nameZh }, operatorName: 'Harbour Dining Group', kiosk: false });
  const { page: scanner } = await ui.openScanner();
  await expect(scanner.getByTestId('scanner-venue-id')).toHaveText(venue.id);
  // The camera is not under test here (tests/ui/scanner-camera.spec.ts): no device in this browser.
  await scanner.getByTestId('camera-on').uncheck();
  return { scanner, passes, venueId: venue.id };
}

/**
 * Types text as a USB scanner does: US key codes (with Shift where a US keyboard needs it) a few ms apart, then
 * Enter, dispatched in the page so the pacing is the page's own (a loaded test machine delays each CDP key).
 * `layout` gives the `key` values a system layout would report (default: US).
 */
async function wedge(page: Page, text: string, layout: 'us' | 'azerty' = 'us'): Promise<void> {
  await page.evaluate(
    async ({ text: t, layout: l }) => {
      const azertyDigits = '&é"\'(-è_çà';
      const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
      const press = (code: string, key: string, shiftKey: boolean) => window.dispatchEvent(new KeyboardEvent('keydown', { code, key, shiftKey, bubbles: true, cancelable: true }));
      for (const ch of t) {
        if (/\d/.test(ch)) press(`Digit${ch}`, l === 'azerty' ? (azertyDigits['1234567890'.indexOf(ch)] as string) : ch, false);
        else if (ch === ':') press('Semicolon', l === 'azerty' ? 'M' : ':', true);
        else press(`Key${ch.toUpperCase()}`, ch, ch !== ch.toLowerCase());
        await sleep(3);
      }
      press('Enter', 'Enter', false);
    },
    { text, layout },
  );
}

/** Types through the real keyboard (CDP): Shift held for capitals and ":" as a scanner does. */
async function realKeys(page: Page, text: string, delay: number): Promise<void> {
  for (const ch of text) {
    const shift = ch === ':' || (ch !== ch.toLowerCase());
    const code = ch === ':' ? 'Semicolon' : /\d/.test(ch) ? `Digit${ch}` : `Key${ch.toUpperCase()}`;
    if (shift) await page.keyboard.down('Shift');
    await page.keyboard.press(code);
    if (shift) await page.keyboard.up('Shift');
    if (delay > 0) await page.waitForTimeout(delay);
  }
}

const VERDICTS = [
  ['green', 'green', /GREEN/],
  ['amber', 'amber', /AMBER/],
  ['red', 'red', /RED/],
  ['expired', 'expired', /EXPIRED/],
  ['notGenuine', 'not-genuine', /NOT GENUINE/],
  ['cannotRead', 'cannot-read', /CANNOT READ/],
  ['cannotVerify', 'cannot-verify', /CANNOT VERIFY/],
] as const;

test('every verdict full-screen, with holder facts on green and amber only; screenshots desktop and tablet', async ({ ui }) => {
  const { scanner, passes } = await openDesk(ui);
  for (const size of [
    { width: 1024, height: 768, name: 'desktop' },
    { width: 768, height: 1024, name: 'tablet' },
  ]) {
    await scanner.setViewportSize(size);
    for (const [key, verdict, word] of VERDICTS) {
      await wedge(scanner, passes[key]);
      const screen = scanner.getByTestId('verdict');
      await expect(screen).toHaveAttribute('data-verdict', verdict);
      await expect(screen.getByRole('heading')).toContainText(word);
      await expect(screen.getByTestId('live-clock')).toHaveText(/^\d\d:\d\d:\d\d$/);
      if (verdict === 'green' || verdict === 'amber') {
        await expect(screen.getByTestId('verdict-holder')).toContainText(verdict === 'green' ? 'CTM' : 'WKL');
      } else {
        await expect(screen.getByTestId('verdict-holder')).toHaveCount(0);
        await expect(screen).not.toContainText(/CTM|LSY|07-03/);
      }
      await scanner.screenshot({ path: `test-results/screenshots/scanner-${verdict}-${size.name}.png`, animations: 'disabled' });
      if (verdict === 'green' && size.name === 'desktop') await expectNoSeriousViolations(scanner, 'scanner verdict green');
      await screen.getByRole('button', { name: /Next visitor/ }).click();
      await expect(screen).toHaveCount(0);
    }
  }
  // A venue's poster code at the desk: named, not logged.
  const code = ui.services.issuer.issue(ui.services.venues.require(ui.scannerRequests[0]?.venue.id ?? '')).text;
  await wedge(scanner, code);
  await expect(scanner.getByTestId('verdict')).toHaveAttribute('data-verdict', 'venue-code');
  await expect(scanner.getByTestId('verdict-venue')).toContainText('Harbour Tea House');
  await scanner.screenshot({ path: 'test-results/screenshots/scanner-venue-code-tablet.png', animations: 'disabled' });
  expect(ui.services.desk.deskLog.summary().total).toBe(VERDICTS.length * 2);
});

test('the verdict clears itself after 5 seconds; today’s counts follow each scan', async ({ ui }) => {
  const { scanner, passes } = await openDesk(ui);
  await scanner.setViewportSize({ width: 1024, height: 768 });
  await wedge(scanner, passes.red);
  await expect(scanner.getByTestId('verdict')).toBeVisible();
  await expect(scanner.getByTestId('verdict')).toHaveCount(0, { timeout: 8_000 });
  await wedge(scanner, passes.green);
  await scanner.getByRole('button', { name: /Next visitor/ }).click();
  await expect(scanner.getByTestId('count-red')).toContainText('1');
  await expect(scanner.getByTestId('count-green')).toContainText('1');
  await expect(scanner.getByTestId('desk-total')).toHaveText('2');
  await scanner.screenshot({ path: 'test-results/screenshots/scanner-ready-desktop.png', fullPage: true });
  await expectNoSeriousViolations(scanner, 'scanner ready');
});

test('a scan never types into a focused field; a person typing there still can; AZERTY keys read as US', async ({ ui }) => {
  const { scanner, passes } = await openDesk(ui);
  const field = scanner.getByTestId('desk-max-gap');
  await expect(field).toHaveValue('400');
  await field.focus();
  await realKeys(scanner, passes.amber, 0);
  await scanner.keyboard.press('Enter');
  await expect(scanner.getByTestId('verdict')).toHaveAttribute('data-verdict', 'amber');
  await scanner.getByRole('button', { name: /Next visitor/ }).click();
  await expect(field).toHaveValue('400');
  await expect(scanner.getByTestId('wedge-text')).toContainText(passes.amber);
  await expect(scanner.getByTestId('wedge-remapped')).toContainText('No');

  // A person types slowly into the field: the keys are given back to it.
  await field.fill('');
  await field.focus();
  await realKeys(scanner, '85', 900);
  await expect(field).toHaveValue('85');

  // A French AZERTY system: the scanner presses Digit keys, the layout reports "&é\"'(-è_çà".
  await wedge(scanner, passes.green, 'azerty');
  await expect(scanner.getByTestId('verdict')).toHaveAttribute('data-verdict', 'green');
  await scanner.getByRole('button', { name: /Next visitor/ }).click();
  await expect(scanner.getByTestId('wedge-remapped')).toContainText('Yes');
  await scanner.screenshot({ path: 'test-results/screenshots/scanner-wedge-test.png', fullPage: true });
});

test('the desk follows the console’s language and theme; the verdict keeps both languages for visitors', async ({ ui }) => {
  ui.services.settings.updateDisplay({ language: 'zh', theme: 'dark' });
  const { scanner, passes } = await openDesk(ui);
  const html = scanner.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(html).toHaveAttribute('lang', 'zh-HK');
  await expect(scanner.getByRole('heading', { level: 1 })).toHaveText('前台掃描器');
  await expect(scanner).toHaveTitle('前台掃描器');
  await expect(scanner.getByTestId('desk-total')).toBeVisible();
  await scanner.setViewportSize({ width: 1024, height: 768 });
  await scanner.screenshot({ path: 'test-results/screenshots/scanner-dark-zh.png', fullPage: true });
  await expectNoSeriousViolations(scanner, 'scanner dark, Chinese');
  await wedge(scanner, passes.green);
  const verdict = scanner.getByTestId('verdict');
  await expect(verdict).toHaveAttribute('data-verdict', 'green');
  await expect(verdict).toContainText('GREEN');
  await expect(verdict).toContainText('綠碼');
  await expect(verdict.getByRole('button', { name: /下一位訪客/ })).toContainText('Next visitor');
});

test('without a pinned root every pass is CANNOT VERIFY, never red', async ({ ui }) => {
  const passes = deskPasses(ui.now());
  const venue = ui.services.venues.create(venueInput({}));
  ui.scannerRequests.push({ venue: { id: venue.id, nameEn: venue.nameEn, nameZh: venue.nameZh }, operatorName: 'Harbour Dining Group', kiosk: false });
  const { page: scanner } = await ui.openScanner();
  await scanner.getByTestId('camera-on').uncheck();
  await expect(scanner.getByTestId('no-root')).toBeVisible();
  await wedge(scanner, passes.red);
  await expect(scanner.getByTestId('verdict')).toHaveAttribute('data-verdict', 'cannot-verify');
  await expect(scanner.getByTestId('verdict-reason')).toContainText('No authority root');
});

test('the console shows today’s desk counts on the venue page, and an exposure notice offers the hashed export', async ({ ui }) => {
  const { scanner, passes, venueId } = await openDesk(ui);
  await wedge(scanner, passes.green);
  await scanner.getByRole('button', { name: /Next visitor/ }).click();
  await wedge(scanner, passes.red);
  await scanner.getByRole('button', { name: /Next visitor/ }).click();
  await scanner.close();

  await ui.open(`#/venues/${venueId}`);
  await expect(ui.page.getByTestId('desk-today-green')).toHaveText('1');
  await expect(ui.page.getByTestId('desk-today-red')).toHaveText('1');

  // An exposure notice at this venue covering now: the two scans fall inside it.
  const now = ui.now();
  const feed = passes.authority.feed(now - 60_000, [
    testNotice({ id: 'EXP-DESK', targets: [{ venueId }], windows: [{ from: new Date(now - 3_600_000).toISOString(), until: new Date(now + 3_600_000).toISOString() }], issuedAt: new Date(now - 60_000).toISOString() }),
  ]);
  ui.services.notices.ingest(JSON.stringify(feed), 'test');
  await ui.open('#/notices/EXP-DESK');
  await expect(ui.page.getByTestId('desk-scans-count')).toContainText('2 scans');
  await ui.page.getByRole('button', { name: /Export for the health authority/ }).click();
  await expect(ui.page.getByTestId('desk-export-saved')).toContainText('2 entries');
  const saved = readdirSync(ui.downloadsDir).find((f) => f.startsWith('desk-log-'));
  expect(saved).toBeDefined();
  const text = readFileSync(join(ui.downloadsDir, saved ?? ''), 'utf8');
  expect(JSON.parse(text).signed).toMatchObject({ type: 'venue-desk-log-export', notice: { id: 'EXP-DESK' } });
  expect(text).not.toMatch(/CTM|LSY|07-03|HC1:/);
  await ui.page.setViewportSize({ width: 1280, height: 800 });
  await ui.shot('notice-desk-scans-desktop', { fullPage: true });
  await expectNoSeriousViolations(ui.page, 'notice with desk scans');
});

test('a kiosk scanner asks for its PIN to leave; a wrong PIN keeps it open', async ({ ui }) => {
  const venue = ui.services.venues.create(venueInput({ nameEn: 'Door Kiosk', nameZh: '門口資訊亭' }));
  ui.scannerRequests.push({ venue: { id: venue.id, nameEn: venue.nameEn, nameZh: venue.nameZh }, operatorName: 'Harbour Dining Group', kiosk: true });
  const { page: scanner, closed } = await ui.openScanner();
  await scanner.getByTestId('camera-on').uncheck();
  await scanner.getByTestId('kiosk-new-pin').fill('2468');
  await scanner.getByRole('button', { name: /Set PIN/ }).click();
  await expect(scanner.getByText('PIN saved')).toBeVisible();
  await scanner.getByRole('button', { name: /Close scanner/ }).click();
  const dialog = scanner.getByRole('dialog', { name: /kiosk PIN/ });
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('kiosk-leave-pin').fill('1111');
  await dialog.getByRole('button', { name: /Leave the kiosk/ }).click();
  await expect(dialog.getByRole('alert')).toContainText('Wrong PIN');
  expect(closed()).toBe(0);
  await scanner.setViewportSize({ width: 1024, height: 768 });
  await scanner.screenshot({ path: 'test-results/screenshots/scanner-kiosk-pin.png' });
  await expectNoSeriousViolations(scanner, 'kiosk leave dialog');
  await dialog.getByTestId('kiosk-leave-pin').fill('2468');
  await dialog.getByRole('button', { name: /Leave the kiosk/ }).click();
  await expect.poll(closed).toBe(1);
});
