/** Overview, operator settings, key rotation and trust file export against the real services. */
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { pdfTextOf } from '../helpers/pdf-tools';
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
  await page.getByRole('region', { name: /Operator settings/ }).getByRole('button', { name: /^Save/ }).click();
  await expect(scheme).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#schemeName-error')).toContainText('Scheme name');
  await expect(page.locator('#schemeName-error')).toContainText('計劃名稱');
  const before = services.settings.get();
  expect(before.schemeName.trim()).not.toBe('');
  await ui.shot('settings-errors');

  await scheme.fill('Safe Visits 安心到訪');
  await page.getByLabel(/Operator name/).fill('Kowloon Dining Group');
  await page.getByRole('region', { name: /Operator settings/ }).getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await expect(scheme).toHaveAttribute('aria-invalid', 'false');
  expect(services.settings.get()).toMatchObject({ operatorName: 'Kowloon Dining Group', schemeName: 'Safe Visits 安心到訪' });

  // The poster uses the scheme name.
  const venue = services.venues.create(venueInput());
  await ui.open(`#/venues/${venue.id}`);
  await expect(page.getByTestId('venue-qr')).toBeVisible();
  await page.getByRole('button', { name: /^Print/ }).click();
  await expect.poll(() => ui.printed.length).toBe(1);
  expect(pdfTextOf(ui.printed[0]?.bytes ?? new Uint8Array()).replace(/\s+/g, ' ')).toContain('Safe Visits 安心到訪');
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

test('revokes a retired key through a dialog that needs a reason, then offers to re-issue the posters it signed', async ({ ui }) => {
  const { page, services } = ui;
  const signed = services.venues.create(venueInput());
  const other = services.venues.create(venueInput({ nameEn: 'Second Venue', nameZh: '第二場所', addressEn: '2 Second Street' }));
  services.issuer.issue(signed);
  const oldKid = services.keys.active()?.kid ?? '';
  const newKid = services.keys.rotate().kid;
  services.issuer.issue(other);
  await ui.open('#/settings');
  const table = page.getByTestId('key-table');
  const oldRow = table.locator('tr', { hasText: oldKid });
  await expect(table.locator('tr', { hasText: newKid }).getByRole('button', { name: /Revoke/ })).toBeVisible();

  const opener = oldRow.getByRole('button', { name: /Revoke/ });
  await opener.click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText(oldKid);
  await expect(dialog).toContainText('Every code this key signed will be refused');
  await expect(dialog).toContainText('此密鑰簽署的所有二維碼都會被拒絕');
  const reason = dialog.getByRole('textbox', { name: /Reason/ });
  await expect(reason).toBeFocused();
  // Escape cancels and gives focus back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  await opener.click();
  await dialog.getByRole('button', { name: /Revoke key/ }).click();
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('Give a reason')).toBeVisible();
  expect(services.keys.list().find((k) => k.kid === oldKid)?.status).toBe('retired');
  await reason.fill('Old laptop stolen 舊手提電腦被盜');
  await ui.shot('settings-revoke-confirm');
  await dialog.getByRole('button', { name: /Revoke key/ }).click();
  await expect(dialog).toBeHidden();

  await expect(oldRow).toContainText('Revoked 已撤銷');
  await expect(oldRow.getByRole('button', { name: /Revoke/ })).toHaveCount(0);
  expect(services.keys.list().find((k) => k.kid === oldKid)).toMatchObject({ status: 'revoked', revocationReason: 'Old laptop stolen 舊手提電腦被盜' });
  const offer = page.getByTestId('reissue-offer');
  await expect(offer).toContainText('1 venue has posters signed by this key');
  await expect(offer).toContainText('1 個場所的海報由此密鑰簽署');
  const link = offer.getByRole('link', { name: /Tai Wai Tea Restaurant/ });
  await expect(link).toHaveAttribute('href', `#/venues/${signed.id}`);
  await expect(offer.getByRole('link', { name: /Second Venue/ })).toHaveCount(0);
  await offer.scrollIntoViewIfNeeded();
  await ui.shot('settings-revoked');

  // Following the offer re-issues the poster: the venue page signs a new code with the active key.
  await link.click();
  await expect(page.getByTestId('venue-qr')).toBeVisible();
  await expect(page.getByText(newKid)).toBeVisible();
  expect(services.issuedCodes.venuesSignedBy(oldKid)[0]?.reissuedOn).not.toBeNull();
});

test('revoking the active key says a new key is made first, and the console keeps issuing codes', async ({ ui }) => {
  const { page, services } = ui;
  const activeKid = services.keys.active()?.kid ?? '';
  await ui.open('#/settings');
  const table = page.getByTestId('key-table');
  await table.locator('tr', { hasText: activeKid }).getByRole('button', { name: /Revoke/ }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('This is the active key: a new key is created first');
  await expect(dialog).toContainText('這是使用中的密鑰');
  await dialog.getByRole('textbox', { name: /Reason/ }).fill('Passphrase shared by mistake');
  await ui.shot('settings-revoke-active-confirm');
  await dialog.getByRole('button', { name: /Rotate and revoke/ }).click();
  await expect(dialog).toBeHidden();
  await expect(table.locator('tbody tr')).toHaveCount(2);
  const newKid = services.keys.active()?.kid ?? '';
  expect(newKid).not.toBe(activeKid);
  await expect(table.locator('tr', { hasText: activeKid })).toContainText('Revoked 已撤銷');
  await expect(table.locator('tr', { hasText: newKid })).toContainText('Active 使用中');
  await expect(page.getByTestId('reissue-offer')).toContainText('No poster signed by this key is recorded');
  await expect(page.locator('.banner-success', { hasText: 'New key created:' })).toContainText(newKid);
});

test('Back up now saves a copy of the open database through the save dialog and shows its path', async ({ ui }) => {
  const { page, services } = ui;
  services.venues.create(venueInput());
  await ui.open('#/settings');
  const backups = page.getByRole('region', { name: /Backups/ });
  await expect(backups).toContainText(ui.dataDir); // where the automatic daily backups are kept
  await expect(backups).toContainText('每日');
  await backups.getByRole('button', { name: /Back up now/ }).click();
  const shown = page.getByTestId('backup-path');
  await expect(shown).toContainText(/venue-console-backup-\d{4}-\d{2}-\d{2}\.sqlite3$/);
  const file = (await shown.textContent()) ?? '';
  expect(file.startsWith(ui.downloadsDir)).toBe(true);
  const copy = new Database(file, { readonly: true });
  expect(copy.prepare('SELECT count(*) AS n FROM venues').get()).toEqual({ n: 1 });
  copy.close();
  await backups.scrollIntoViewIfNeeded();
  await ui.shot('settings-backup');
});
