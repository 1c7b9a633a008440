/** Searching the venue list (server-side, debounced) and scrolling the virtualised list over thousands of venues. */
import { DISTRICT_NAMES, VENUE_TYPE_IDS } from '../../shared/venue/catalogue';
import type { Venue } from '../../shared/venue/venue';
import { expect, test, venueInput } from './harness';
import type { Ui } from './harness';

const rowFor = (ui: Ui, id: string) => ui.page.locator(`[data-venue-id="${id}"]`);
const total = (ui: Ui, n: string) => expect(ui.page.getByTestId('venue-total')).toHaveText(new RegExp(`^${n} venues? `));
const search = (ui: Ui) => ui.page.getByRole('searchbox', { name: /Search/ });

test('finds a venue by English fragment, Chinese fragment and id, and opens it', async ({ ui }) => {
  const { page, services } = ui;
  const cafe = services.venues.create(venueInput({ nameEn: 'Harbour View Café', nameZh: '海景咖啡室', addressEn: '18 Harbour Road', district: 'Wan Chai' }));
  const gym = services.venues.create(
    venueInput({ nameEn: 'Iron Temple Fitness', nameZh: '鐵廟健身中心', addressEn: '3 Nathan Road', addressZh: '彌敦道3號', district: 'Yau Tsim Mong', type: 'fitness-centre' }),
  );
  const bank = services.venues.create(
    venueInput({ nameEn: 'Kowloon Savings Bank', nameZh: '九龍儲蓄銀行', addressEn: '9 Argyle Street', addressZh: '亞皆老街9號', district: 'Kowloon City', type: 'bank' }),
  );
  services.venues.setStatus(bank.id, 'deactivated');

  await ui.open('#/venues');
  await total(ui, '3');
  for (const v of [cafe, gym, bank]) await expect(rowFor(ui, v.id)).toBeVisible();
  await expect(rowFor(ui, bank.id)).toContainText('Deactivated 已停用');
  await ui.shot('venue-list');

  await search(ui).fill('Harb');
  await total(ui, '1');
  await expect(rowFor(ui, cafe.id)).toBeVisible();
  await expect(rowFor(ui, gym.id)).toHaveCount(0);

  await search(ui).fill('健身');
  await expect(rowFor(ui, gym.id)).toBeVisible();
  await expect(rowFor(ui, cafe.id)).toHaveCount(0);
  await total(ui, '1');

  await search(ui).fill(bank.id.slice(0, 6).toLowerCase());
  await expect(rowFor(ui, bank.id)).toBeVisible();
  await total(ui, '1');

  await search(ui).fill('');
  await page.getByLabel(/^Status/).selectOption('active');
  await total(ui, '2');
  await expect(rowFor(ui, bank.id)).toHaveCount(0);
  await page.getByLabel(/^Status/).selectOption('all');
  await page.getByLabel(/^District/).selectOption('Yau Tsim Mong');
  await total(ui, '1');
  await expect(rowFor(ui, gym.id)).toBeVisible();
  await page.getByLabel(/^Type/).selectOption('bank');
  await expect(page.getByText('No venues match this search.')).toBeVisible();
  await ui.shot('venue-list-no-match');
  await page.getByRole('button', { name: /Clear search and filters/ }).click();
  await total(ui, '3');

  // Typing quickly: only the final query's results are shown (stale answers are ignored).
  await search(ui).pressSequentially('Iron Temple', { delay: 20 });
  await total(ui, '1');
  await expect(rowFor(ui, gym.id)).toBeVisible();

  await rowFor(ui, gym.id).click();
  await expect(page.getByTestId('venue-id')).toHaveText(gym.id);
  await page.getByRole('link', { name: /Back to venues/ }).click();
  await expect(search(ui)).toHaveValue('Iron Temple');
});

/** Venue types with a fixed address (a taxi's name must be its plate). */
const PLACE_TYPES = VENUE_TYPE_IDS.filter((t) => t !== 'taxi');

test('the virtual list stays correct over 3,000 venues and scrolls to the last row', async ({ ui }) => {
  const { page, services } = ui;
  const created: Venue[] = [];
  services.db.transaction(() => {
    for (let i = 0; i < 3000; i++) {
      const n = String(i).padStart(4, '0');
      created.push(
        services.venues.create({
          nameEn: `Venue ${n} Kitchen`,
          nameZh: `場所${n}廚房`,
          addressEn: `${i + 1} Test Street`,
          addressZh: `測試街${i + 1}號`,
          district: DISTRICT_NAMES[i % DISTRICT_NAMES.length],
          type: PLACE_TYPES[i % PLACE_TYPES.length],
          contactPhone: null,
          contactEmail: null,
        }),
      );
    }
  })();

  await ui.open('#/venues');
  await total(ui, '3,000');
  // Only a window of rows is in the DOM.
  const rendered = await page.locator('[data-venue-id]').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(80);
  await expect(page.locator('[role="listitem"]').first()).toContainText('Venue 0000 Kitchen');

  const scroller = page.getByTestId('venue-scroll');
  await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  const last = created[2999] as Venue;
  await expect(rowFor(ui, last.id)).toBeVisible();
  await expect(rowFor(ui, last.id)).toContainText('Venue 2999 Kitchen');
  await expect(page.locator('[role="listitem"][aria-posinset="3000"]')).toContainText('場所2999廚房');

  // Jump to the middle: page 15 loads on demand.
  await scroller.evaluate((el) => el.scrollTo({ top: 64 * 1500 }));
  await expect(page.locator('[role="listitem"][aria-posinset="1501"]')).toContainText('Venue 1500 Kitchen');
  await ui.shot('venue-list-3000');

  // Search narrows the big list; the total is the server's count.
  await search(ui).fill('Venue 12');
  const expected = services.venues.search({ query: 'Venue 12', status: 'all', offset: 0, limit: 1 }).total;
  expect(expected).toBeGreaterThan(10);
  expect(expected).toBeLessThan(3000);
  await total(ui, String(expected));
  await search(ui).fill('場所2999');
  await total(ui, '1');
  await expect(rowFor(ui, last.id)).toBeVisible();
});

test('lays out at the 900 px minimum width and on a portrait tablet', async ({ ui }) => {
  const { page, services } = ui;
  const venue = services.venues.create(
    venueInput({ nameEn: 'The Extremely Long Named Harbourfront Seafood and Dim Sum Restaurant', nameZh: '維多利亞港海旁海鮮酒家點心專門店', type: 'beauty-massage' }),
  );
  for (const [width, height, name] of [
    [900, 700, 'w900'],
    [820, 1180, 'tablet'],
  ] as const) {
    await page.setViewportSize({ width, height });
    await ui.open('#/venues');
    await expect(rowFor(ui, venue.id)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'no horizontal scrolling').toBeLessThanOrEqual(0);
    await ui.shot(`venue-list-${name}`);
    await ui.open(`#/venues/${venue.id}`);
    await expect(page.getByTestId('venue-qr')).toBeVisible();
    const pageOverflow = await page.evaluate(() => {
      const main = document.querySelector('main') as HTMLElement;
      return main.scrollWidth - main.clientWidth;
    });
    expect(pageOverflow, 'venue page fits without horizontal scrolling').toBeLessThanOrEqual(0);
    await ui.shot(`venue-page-${name}`);
  }
});
