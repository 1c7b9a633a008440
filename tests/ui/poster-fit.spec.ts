/** The venue page says, before saving, which fields the poster would shorten to fit, and the settings form edits the paper-record words. */
import { expect, test, venueInput } from './harness';

test('warns before saving that a poster shortens a too-long name, and not for an ordinary venue', async ({ ui }) => {
  const { page, services } = ui;
  const long = services.venues.create(venueInput({ nameEn: 'WM'.repeat(40), nameZh: '鬱龘麵家', addressEn: 'W'.repeat(200) }));
  const plain = services.venues.create(venueInput({ nameEn: 'Harbour View Café', nameZh: '海景咖啡室', addressEn: '18 Harbour Road' }));

  await ui.open(`#/venues/${long.id}`);
  const warning = page.getByTestId('poster-fit-warning');
  await expect(warning).toContainText('English name');
  await expect(warning).toContainText('英文名稱');
  await expect(warning).toContainText('A4');
  await ui.shot('venue-page-poster-fit');

  await ui.open(`#/venues/${plain.id}`);
  await expect(page.getByTestId('venue-qr')).toBeVisible();
  await expect(page.getByTestId('poster-fit-warning')).toHaveCount(0);
});

test('the settings form saves the words for visitors without a smartphone', async ({ ui }) => {
  const { page, services } = ui;
  await ui.open('#/settings');
  const field = page.getByLabel(/visitors without a smartphone/);
  await expect(field).toHaveValue(services.settings.get().paperRecordText);
  await field.fill('No phone? Sign the visitor book at the counter. 沒有手機？請在櫃檯登記。');
  await page.getByRole('region', { name: /Operator settings/ }).getByRole('button', { name: /^Save/ }).click();
  await expect.poll(() => services.settings.get().paperRecordText).toBe('No phone? Sign the visitor book at the counter. 沒有手機？請在櫃檯登記。');
});
