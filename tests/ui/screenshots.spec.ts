/**
 * Screenshots of the main pages at 1280×860, 1024×768 and 768×1024, in each language setting and theme (issue 10);
 * each one also checks that the page does not scroll sideways. A curated set is copied into docs/screenshots.
 */
import { LANGUAGES, type Theme } from '../../shared/display/display-settings';
import { expect, test, venueInput } from './harness';

const SIZES = [
  [1280, 860],
  [1024, 768],
  [768, 1024],
] as const;
const THEMES: Theme[] = ['light', 'dark'];
const FLEET_CSV = 'plate,company_en,company_zh\r\nAB1234,Star Taxi,金星的士\r\nIO999,Star Taxi,金星的士\r\nXY88,Star Taxi,金星的士\r\n';

test('every page in every language setting, theme and size', async ({ ui }) => {
  test.setTimeout(300_000);
  const { page, services } = ui;
  const venue = services.venues.create(
    venueInput({ nameEn: 'Harbourfront Seafood and Dim Sum Restaurant', nameZh: '維多利亞港海旁海鮮酒家', addressEn: 'Shop 3, 18 Harbour Road, Wan Chai', addressZh: '灣仔港灣道18號3號舖', district: 'Wan Chai' }),
  );
  services.venues.create(venueInput({ nameEn: 'Iron Temple Fitness', nameZh: '鐵廟健身中心', district: 'Yau Tsim Mong', type: 'fitness-centre' }));
  const bank = services.venues.create(venueInput({ nameEn: 'Kowloon Savings Bank', nameZh: '九龍儲蓄銀行', district: 'Kowloon City', type: 'bank' }));
  services.venues.setStatus(bank.id, 'deactivated');

  for (const language of LANGUAGES) {
    for (const theme of THEMES) {
      services.settings.updateDisplay({ language, theme });
      await ui.open('#/');
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      for (const [width, height] of SIZES) {
        await page.setViewportSize({ width, height });
        const tag = `${width}x${height}-${language}-${theme}`;
        const shoot = async (name: string) => {
          const overflow = await page.evaluate(() => {
            const main = document.querySelector('main') as HTMLElement;
            return Math.max(document.documentElement.scrollWidth - document.documentElement.clientWidth, main.scrollWidth - main.clientWidth);
          });
          expect(overflow, `${name} ${tag}: no sideways scrolling`).toBeLessThanOrEqual(0);
          await ui.shot(`i18n/${name}-${tag}`);
        };
        await ui.open('#/');
        await expect(page.getByTestId('venue-count')).toHaveText('3');
        await shoot('overview');
        await ui.open('#/venues');
        await expect(page.locator(`[data-venue-id="${venue.id}"]`)).toBeVisible();
        await shoot('venues');
        await ui.open(`#/venues/${venue.id}`);
        await expect(page.getByTestId('venue-qr')).toBeVisible();
        await expect(page.getByTestId('poster-preview')).toHaveAttribute('data-state', 'ready');
        await shoot('venue-page');
        await ui.open('#/settings');
        await expect(page.locator('#operatorName')).toBeVisible();
        await shoot('settings');
        await ui.open('#/batch');
        await page.locator('input[type=file]').setInputFiles({ name: 'fleet.csv', mimeType: 'text/csv', buffer: Buffer.from(FLEET_CSV, 'utf8') });
        await expect(page.getByTestId('file-name')).toHaveText('fleet.csv');
        await expect(page.getByRole('button', { name: /Generate 2|產生 2/ })).toBeVisible();
        await shoot('batch');
      }
    }
  }
});
