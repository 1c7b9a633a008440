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

/** Widths of the list cells of one row, and whether its English name is cut short. */
async function rowCells(ui: Ui, id: string) {
  return rowFor(ui, id).evaluate((row) => {
    const width = (sel: string) => (row.querySelector(sel) as HTMLElement | null)?.getBoundingClientRect().width ?? 0;
    const name = row.querySelector('.name-en') as HTMLElement;
    return {
      name: width('.cell-name'),
      district: width('.cell-district'),
      status: width('.cell-status'),
      nameCut: name.scrollWidth > name.clientWidth + 1 || name.scrollHeight > name.clientHeight + 1,
    };
  });
}

/** For each filter select, the widest option's text against the room inside the select (arrow allowed for). */
async function clippedSelects(ui: Ui): Promise<string[]> {
  return ui.page.evaluate(() => {
    const canvas = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
    const clipped: string[] = [];
    for (const select of document.querySelectorAll<HTMLSelectElement>('.filters select')) {
      const style = getComputedStyle(select);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 18;
      for (const option of select.options) if (canvas.measureText(option.text).width > room) clipped.push(`${select.id}: ${option.text}`);
      if (select.scrollWidth > select.clientWidth) clipped.push(`${select.id} scrolls`);
    }
    return clipped;
  });
}

const noHorizontalScroll = (ui: Ui) =>
  ui.page.evaluate(() => {
    const main = document.querySelector('main') as HTMLElement;
    return Math.max(document.documentElement.scrollWidth - document.documentElement.clientWidth, main.scrollWidth - main.clientWidth);
  });

test('a portrait tablet and 200 % zoom: no sideways scrolling, names before columns, whole filter labels', async ({ ui }) => {
  const { page, services } = ui;
  const venue = services.venues.create(
    venueInput({ nameEn: 'Harbourfront Seafood Restaurant', nameZh: '維多利亞港海旁海鮮酒家', district: 'Yau Tsim Mong', type: 'beauty-massage' }),
  );
  services.venues.setStatus(venue.id, 'deactivated');
  // 768×1024 is a portrait tablet; 640×430 is a 1280×860 window at 200 % zoom (WCAG 1.4.10 reflow).
  for (const [width, height, name] of [
    [768, 1024, 'w768'],
    [640, 430, 'zoom200'],
  ] as const) {
    await page.setViewportSize({ width, height });
    await ui.open('#/venues');
    await expect(rowFor(ui, venue.id)).toBeVisible();
    expect(await noHorizontalScroll(ui), `${name}: no horizontal scrolling`).toBeLessThanOrEqual(0);
    const cells = await rowCells(ui, venue.id);
    expect(cells.nameCut, `${name}: the venue name is shown whole`).toBe(false);
    expect(cells.status, `${name}: the status column is narrower than the name`).toBeLessThan(cells.name);
    expect(cells.district, `${name}: the district column is narrower than the name`).toBeLessThan(cells.name);
    expect(await clippedSelects(ui), `${name}: filter selects show their whole labels`).toEqual([]);
    // Several rows of the list fit on screen (at 200 % zoom the page scrolls to them).
    const table = await page.locator('.venue-table').boundingBox();
    expect(table?.height ?? 0, `${name}: room for at least 4 rows`).toBeGreaterThanOrEqual(4 * 64);
    await ui.shot(`venue-list-${name}`);
    // The sidebar collapses to an icon rail whose links keep their names.
    await expect(page.getByRole('link', { name: /Settings & keys/ })).toBeVisible();
    const nav = await page.getByRole('navigation', { name: /Main/ }).boundingBox();
    expect(nav?.width ?? 999, `${name}: the sidebar is a narrow rail`).toBeLessThanOrEqual(80);

    await ui.open(`#/venues/${venue.id}`);
    await expect(page.getByTestId('deactivated-notice')).toBeVisible();
    expect(await noHorizontalScroll(ui), `${name}: venue page fits`).toBeLessThanOrEqual(0);
  }
});

test('at 1024×768 the QR, Save and Print of the venue page are in the first screen', async ({ ui }) => {
  const { page, services } = ui;
  const venue = services.venues.create(
    venueInput({ nameEn: 'The Extremely Long Named Harbourfront Seafood and Dim Sum Restaurant', nameZh: '維多利亞港海旁海鮮酒家點心專門店' }),
  );
  for (const [width, height] of [
    [1024, 768],
    [768, 1024],
    [1280, 860],
  ] as const) {
    await page.setViewportSize({ width, height });
    await ui.open(`#/venues/${venue.id}`);
    await expect(page.getByTestId('venue-qr')).toBeVisible();
    for (const target of [page.getByTestId('venue-qr'), page.getByRole('button', { name: /Save poster as PDF/ }), page.getByRole('button', { name: /^Print/ })]) {
      const box = await target.boundingBox();
      expect(box, `${width}×${height}`).not.toBeNull();
      expect((box?.y ?? 0) + (box?.height ?? 0), `${width}×${height}: ${String(target)} above the fold`).toBeLessThanOrEqual(height);
    }
    await ui.shot(`venue-page-${width}x${height}`);
  }
});
