/** Overview, operator settings, key rotation and trust file export against the real services. */
import { readFileSync } from 'node:fs';
import { expect, test, venueInput } from './harness';

test('the overview shows counts, the active key, the data folder and the scheme name', async ({ ui }) => {
  const { page, services } = ui;
  services.venues.create(venueInput());
  const second = services.venues.create(venueInput({ nameEn: 'Second Venue', nameZh: '第二場所', addressEn: '2 Second Street' }));
  services.venues.setStatus(second.id, 'deactivated');
  await ui.open('#/');
  await expect(page.getByTestId('venue-count')).toHaveText('2');
  await expect(page.getByTestId('active-venue-count')).toHaveText('1');
  await expect(page.getByTestId('active-kid')).toHaveText(services.keys.active()?.kid ?? 'missing');
  await expect(page.getByText(ui.dataDir)).toBeVisible();
  await expect(page.getByTestId('scheme-name')).toHaveText(services.settings.get().schemeName);
  await expect(page.getByTestId('no-key-notice')).toHaveCount(0);
  await ui.shot('overview');
});

test.describe('without a signing key', () => {
  test.use({ withKey: false });

  test('the overview explains that no key exists and the venue page shows a bilingual error', async ({ ui }) => {
    const { page, services } = ui;
    const venue = services.venues.create(venueInput());
    await ui.open('#/');
    await expect(page.getByTestId('no-key-notice')).toContainText('No active signing key');
    await expect(page.getByTestId('no-key-notice')).toContainText('沒有使用中的簽署密鑰');
    await ui.shot('overview-no-key');
    await ui.open(`#/venues/${venue.id}`);
    await expect(page.getByRole('alert')).toContainText('尚未建立簽署密鑰');
  });
});

test('changes the operator and scheme names, with field errors for bad input', async ({ ui }) => {
  const { page, services } = ui;
  await ui.open('#/settings');
  const scheme = page.getByLabel(/Scheme name/);
  await expect(scheme).toHaveValue(services.settings.get().schemeName);
  await scheme.fill('   ');
  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(scheme).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#schemeName-error')).toContainText('Scheme name');
  await expect(page.locator('#schemeName-error')).toContainText('計劃名稱');
  const before = services.settings.get();
  expect(before.schemeName.trim()).not.toBe('');
  await ui.shot('settings-errors');

  await scheme.fill('Safe Visits 安心到訪');
  await page.getByLabel(/Operator name/).fill('Kowloon Dining Group');
  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await expect(scheme).toHaveAttribute('aria-invalid', 'false');
  expect(services.settings.get()).toEqual({ operatorName: 'Kowloon Dining Group', schemeName: 'Safe Visits 安心到訪' });

  // The poster uses the scheme name.
  const venue = services.venues.create(venueInput());
  await ui.open(`#/venues/${venue.id}`);
  await expect(page.getByTestId('venue-qr')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-poster')).toContainText('Safe Visits 安心到訪');
});

test('rotates the signing key after a confirm step and exports the trust file', async ({ ui }) => {
  const { page, services } = ui;
  const oldKid = services.keys.active()?.kid ?? '';
  await ui.open('#/settings');
  const table = page.getByTestId('key-table');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table).toContainText(oldKid);
  await ui.shot('settings');

  await page.getByRole('button', { name: /Rotate key/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('posters already printed keep verifying');
  await expect(dialog).toContainText('已列印的海報會繼續有效');
  await ui.shot('settings-rotate-confirm');
  await dialog.getByRole('button', { name: /Rotate key/ }).click();
  await expect(dialog).toBeHidden();
  await expect(table.locator('tbody tr')).toHaveCount(2);
  const newKid = services.keys.active()?.kid ?? '';
  expect(newKid).not.toBe(oldKid);
  await expect(page.locator('.banner-success', { hasText: 'New key created:' })).toContainText(newKid);
  await expect(table.locator('tr', { hasText: oldKid })).toContainText('Retired 已退役');
  await expect(table.locator('tr', { hasText: newKid })).toContainText('Active 使用中');

  await page.getByRole('button', { name: /Export trust file/ }).click();
  const path = page.getByTestId('trust-path');
  await expect(path).toContainText('venue-console-trust.json');
  const file = (await path.textContent()) ?? '';
  expect(file.startsWith(ui.downloadsDir)).toBe(true);
  const trust = JSON.parse(readFileSync(file, 'utf8')) as { keys: { kid: string }[] };
  expect(trust.keys.map((k) => k.kid).sort()).toEqual([oldKid, newKid].sort());
});
