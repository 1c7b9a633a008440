/** Issue 10 §2–3 in the console: Chinese at full size and contrast, the language and theme settings, unsaved input, focus. */
import { expect, test, venueInput, type Ui } from './harness';

const nav = (ui: Ui) => ui.page.getByRole('navigation', { name: /Main|主選單/ });

test('the Chinese half of a bilingual label has the size and full opacity of the English', async ({ ui }) => {
  await ui.open('#/');
  const halves = await ui.page.locator('.bi-stack').evaluateAll((stacks) =>
    stacks.map((stack) => {
      const [en, zh] = [stack.querySelector('[lang="en"]'), stack.querySelector('[lang="zh-HK"]')].map((el) => getComputedStyle(el as Element));
      return { text: stack.textContent, enSize: en?.fontSize, zhSize: zh?.fontSize, zhOpacity: zh?.opacity };
    }),
  );
  expect(halves.length).toBeGreaterThan(3);
  for (const h of halves) expect({ size: h.zhSize, opacity: h.zhOpacity }, h.text ?? '').toEqual({ size: h.enSize, opacity: '1' });
});

test('words in each language keep their own order: "since 2026-11-26" / "2026-11-26 起", "3 venues" / "3 個場所"', async ({ ui }) => {
  const { page, services } = ui;
  for (const n of ['A', 'B', 'C']) services.venues.create(venueInput({ nameEn: `Venue ${n}`, nameZh: `場所${n}` }));
  const since = services.keys.active()?.validFrom ?? '';
  await ui.open('#/');
  const key = page.getByTestId('active-kid').locator('..');
  await expect(key).toContainText(`since ${since}`);
  await expect(key).toContainText(`${since} 起`);
  await expect(key).not.toContainText('since 起');
  await ui.open('#/venues');
  await expect(page.getByTestId('venue-total')).toHaveText('3 venues 3 個場所');
});

test('the language setting: Chinese first, one language only; lang, title and Intl formats follow, and it is stored', async ({ ui }) => {
  const { page, services } = ui;
  services.venues.create(venueInput({ nameEn: 'Harbour View Café', nameZh: '海景咖啡室' }));
  await ui.open('#/settings');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await page.title()).toBe('Venue Console 場所管理台');

  await page.getByRole('radio', { name: '中文 + English' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-HK');
  await expect.poll(() => page.title()).toBe('場所管理台 Venue Console');
  await expect(nav(ui).getByRole('link').first()).toHaveText(/^\s*◎?\s*概覽\s+Overview/);
  await expect(page.getByRole('radio', { name: '中文 + English' })).toBeFocused();
  expect(services.settings.display().language).toBe('both-zh-first');

  await page.getByRole('radio', { name: /^中文$/ }).check();
  await expect.poll(() => page.title()).toBe('場所管理台');
  await expect(nav(ui)).not.toContainText('Overview');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('設定及密鑰');
  // Stored: a new page load shows Chinese only.
  await ui.page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('設定及密鑰');
  await ui.open('#/venues');
  await expect(page.getByTestId('venue-total')).toHaveText('1 個場所');
  await ui.open('#/');
  const since = services.keys.active()?.validFrom ?? '';
  await expect(page.getByTestId('active-kid').locator('..')).toContainText(`${since} 起`);
  await expect(page.getByTestId('active-kid').locator('..')).not.toContainText('since');

  await ui.open('#/settings');
  await page.getByRole('radio', { name: /^English$/ }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect.poll(() => page.title()).toBe('Venue Console');
  await expect(nav(ui)).not.toContainText('概覽');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings & keys');
  // Dates in the chosen locale (Intl): the venue page's "Created" in English, then in Chinese.
  const venue = services.venues.search({ query: '', status: 'all', offset: 0, limit: 1 }).items[0];
  await ui.open(`#/venues/${venue?.id ?? ''}`);
  const english = new Intl.DateTimeFormat('en-HK', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Hong_Kong', hourCycle: 'h23' }).format(venue?.createdAt);
  await expect(page.getByText(`${english} HKT`).first()).toBeVisible();
  services.settings.updateDisplay({ language: 'zh', theme: 'system' });
  await page.reload(); // the stored setting is read when the page loads
  const chinese = await page.evaluate(
    (t) => new Intl.DateTimeFormat('zh-HK', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Hong_Kong', hourCycle: 'h23' }).format(t),
    venue?.createdAt ?? 0,
  );
  await expect(page.getByText(`${chinese} HKT`).first()).toBeVisible();
  await expect(page.getByText(`${english} HKT`)).toHaveCount(0);
});

test('light, dark and system themes: a data-theme attribute on <html> that follows the setting', async ({ ui }) => {
  const { page, services } = ui;
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  await ui.open('#/settings');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark'); // system: follows the system
  const dark = await background();
  await page.getByRole('radio', { name: /^Light/ }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background()).not.toBe(dark);
  expect(services.settings.display().theme).toBe('light');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('radio', { name: /^Dark/ }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).toBe(dark);
  await page.getByRole('radio', { name: /Same as the system/ }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Windows high contrast: the page still renders its controls with system colours.
  await page.emulateMedia({ forcedColors: 'active' });
  await ui.open('#/venues');
  await expect(page.getByRole('link', { name: /New venue/ }).first()).toBeVisible();
});

const beforeUnloadBlocked = (ui: Ui) =>
  ui.page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });

test('leaving a form with unsaved input asks first: Back, the sidebar, Cancel and closing the window', async ({ ui }) => {
  const { page, services } = ui;
  const dialog = page.locator('dialog[open]');
  await ui.open('#/venues/new');
  expect(await beforeUnloadBlocked(ui), 'an untouched form closes without asking').toBe(false);
  await page.getByLabel(/English name/).fill('Half-typed Noodle Bar');
  expect(await beforeUnloadBlocked(ui), 'the window asks before closing').toBe(true);

  const overview = nav(ui).getByRole('link', { name: /Overview/ });
  await overview.click();
  await expect(dialog).toContainText('Leave without saving?');
  await dialog.getByRole('button', { name: /Cancel/ }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByLabel(/English name/)).toHaveValue('Half-typed Noodle Bar');
  await expect(overview).toBeFocused();

  await page.getByRole('link', { name: /^Cancel/ }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await page.getByRole('link', { name: /Back to venues/ }).click();
  await dialog.getByRole('button', { name: /Leave without saving/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Venues/ })).toBeVisible();
  expect(await beforeUnloadBlocked(ui)).toBe(false);

  // Saving is not leaving: a registered venue goes to its page without a question.
  await ui.open('#/venues/new');
  await page.getByLabel(/English name/).fill('Harbour View Café');
  await page.getByLabel(/Chinese name/).fill('海景咖啡室');
  await page.getByLabel(/English address/).fill('18 Harbour Road');
  await page.getByLabel(/Chinese address/).fill('港灣道18號');
  await page.getByLabel(/District/).selectOption('Wan Chai');
  await page.getByLabel(/Venue type/).selectOption('restaurant');
  await page.getByRole('button', { name: /Register venue/ }).click();
  await expect(page.getByTestId('venue-qr')).toBeVisible();
  await expect(dialog).toHaveCount(0);

  // The settings form too.
  await ui.open('#/settings');
  await page.getByLabel(/Operator name/).fill('Someone Else Ltd');
  await nav(ui).getByRole('link', { name: /Venues/ }).click();
  await expect(dialog).toContainText('Leave without saving?');
  await dialog.getByRole('button', { name: /Leave without saving/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Venues/ })).toBeVisible();
  expect(services.settings.get().operatorName).not.toBe('Someone Else Ltd');
});

test('focus stays on "Save poster as PDF" after saving, and the code text box is reachable by keyboard', async ({ ui }) => {
  const { page, services } = ui;
  const venue = services.venues.create(venueInput());
  await ui.open(`#/venues/${venue.id}`);
  const save = page.getByRole('button', { name: /Save poster as PDF/ });
  await save.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('saved-path')).toBeVisible();
  await expect(save).toBeFocused();

  const code = page.getByTestId('code-text');
  await page.getByRole('button', { name: /^Print/ }).focus();
  for (let i = 0; i < 8 && !(await code.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(code).toBeFocused();
  await expect(code).toHaveAccessibleName(/Code text/);
});
