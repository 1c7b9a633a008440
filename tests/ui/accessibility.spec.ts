/** axe-core on every page and state of the console and the scanner, in light and dark colour schemes. */
import { expectNoSeriousViolations } from './axe';
import { expect, test, venueInput } from './harness';

const FLEET_CSV = 'plate,company_en,company_zh\r\nAB1234,Star Taxi,金星的士\r\nIO999,Star Taxi,金星的士\r\n,Star Taxi,金星的士\r\nXY88,Star Taxi,金星的士\r\n';

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violation on any page or state (${scheme})`, async ({ ui }) => {
    test.setTimeout(120_000);
    const { page, services } = ui;
    await page.emulateMedia({ colorScheme: scheme });
    const venue = services.venues.create(venueInput({ nameEn: 'Harbour View Café', nameZh: '海景咖啡室', district: 'Wan Chai' }));
    const closed = services.venues.create(venueInput({ nameEn: 'Kowloon Savings Bank', nameZh: '九龍儲蓄銀行', type: 'bank' }));
    services.venues.setStatus(closed.id, 'deactivated');

    await ui.open('#/');
    await expect(page.getByText('Registered venues')).toBeVisible();
    await expectNoSeriousViolations(page, `${scheme}-overview`);

    await ui.open('#/venues');
    await expect(page.locator(`[data-venue-id="${venue.id}"]`)).toBeVisible();
    await expectNoSeriousViolations(page, `${scheme}-venues`);

    await ui.open(`#/venues/${venue.id}`);
    await expect(page.getByTestId('venue-qr')).toBeVisible();
    await expectNoSeriousViolations(page, `${scheme}-venue-page`);

    await ui.open(`#/venues/${closed.id}`);
    await expect(page.getByTestId('deactivated-notice')).toBeVisible();
    await expectNoSeriousViolations(page, `${scheme}-venue-page-deactivated`);

    await ui.open('#/venues/new');
    await page.getByRole('button', { name: /Register venue/ }).click();
    await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
    await expectNoSeriousViolations(page, `${scheme}-venue-form-errors`);

    await ui.open('#/settings');
    await expect(page.getByLabel(/Scheme name/)).toBeVisible();
    await expectNoSeriousViolations(page, `${scheme}-settings`);
    await page.getByRole('button', { name: /Rotate key/ }).click();
    const dialog = page.locator('dialog[open]');
    await expect(dialog).toBeVisible();
    await expectNoSeriousViolations(page, `${scheme}-settings-rotate-dialog`);
    await dialog.getByRole('button', { name: /Cancel/ }).click();
    await expect(dialog).toBeHidden();
    await page.getByTestId('key-table').getByRole('button', { name: /Revoke/ }).first().click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: /Revoke key|Rotate and revoke/ }).click();
    await expect(dialog.getByRole('textbox', { name: /Reason/ })).toHaveAttribute('aria-invalid', 'true');
    await expectNoSeriousViolations(page, `${scheme}-settings-revoke-dialog-error`);
    await dialog.getByRole('button', { name: /Cancel/ }).click();

    await ui.open('#/batch');
    await expectNoSeriousViolations(page, `${scheme}-batch`);
    await page.getByLabel(/Choose CSV file/).setInputFiles({ name: 'fleet.csv', mimeType: 'text/csv', buffer: Buffer.from(FLEET_CSV, 'utf8') });
    await expect(page.getByTestId('file-name')).toHaveText('fleet.csv');
    await expect(page.getByRole('button', { name: /Generate 2 codes/ })).toBeVisible();
    await expectNoSeriousViolations(page, `${scheme}-batch-preview-rejected`);

    await ui.open(`#/venues/${venue.id}`);
    await page.getByRole('button', { name: /Open front-desk scanner/ }).click();
    await expect.poll(() => ui.scannerRequests.length).toBe(1);
    const scanner = await ui.openScanner();
    await scanner.page.emulateMedia({ colorScheme: scheme });
    await expect(scanner.page.getByTestId('scanner-venue-id')).toHaveText(venue.id);
    await expectNoSeriousViolations(scanner.page, `${scheme}-scanner`);
  });
}
