/**
 * Issue 10 in the browser: a Big5-HKSCS fleet CSV is sent as bytes and the preview says how it was read; a
 * header-only file says it has no vehicle rows; the "Active venues" card opens the active venues. ("Try again"
 * only where it can help: venue-register.spec.ts, an unknown venue id.)
 */
import { readFileSync } from 'node:fs';
import { expect, test, venueInput } from './harness';

const big5 = readFileSync(new URL('../fixtures/fleet-csv/big5-hkscs.csv', import.meta.url));

test('a Big5-HKSCS fleet CSV previews as Big5, and a header-only file has no vehicle rows', async ({ ui }) => {
  const { page } = ui;
  await ui.open('#/batch');
  await page.getByLabel(/Choose CSV file/).setInputFiles({ name: 'big5.csv', mimeType: 'text/csv', buffer: big5 });
  await expect(page.getByTestId('count-valid')).toHaveText('4');
  await expect(page.getByTestId('csv-encoding')).toContainText('Read as Big5-HKSCS (Traditional Chinese Windows)');
  await expect(page.getByTestId('no-rejected')).toBeVisible();

  await page.getByLabel(/Choose another file/).setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('plate,company_zh\r\n') });
  await expect(page.getByRole('alert')).toContainText('The file has no vehicle rows');
  await expect(page.getByRole('alert')).toContainText('檔案沒有任何車輛資料行');
  await expect(page.getByText('Every row is valid.')).toHaveCount(0);
});

test('the Active venues card opens the list of active venues', async ({ ui }) => {
  const { page, services } = ui;
  services.venues.create(venueInput());
  const second = services.venues.create(venueInput({ nameEn: 'Second Venue', nameZh: '第二場所', addressEn: '2 Second Street' }));
  services.venues.setStatus(second.id, 'deactivated');
  await ui.open('#/');
  await page.getByRole('link', { name: /Active venues/ }).click();
  await expect(page.getByTestId('venue-total')).toHaveText(/^1 venue /);
  await expect(page.getByLabel(/^Status/)).toHaveValue('active');
  await expect(page.locator(`[data-venue-id="${second.id}"]`)).toHaveCount(0);
  // The total card opens every venue again.
  await page.getByRole('link', { name: /Overview/ }).click();
  await page.getByTestId('venue-count').click();
  await expect(page.getByTestId('venue-total')).toHaveText(/^2 venues /);
  await expect(page.getByLabel(/^Status/)).toHaveValue('all');
});
