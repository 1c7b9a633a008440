/**
 * Issue 10, "Whose brand": a fresh install names no real scheme. The console opens on a setup page that asks
 * for the operator and scheme names (required), sketches a poster with them and creates the signing key with a
 * button; wherever a missing key is reported, the same button creates it (never a command-line instruction).
 */
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './harness';
import { venueInput } from '../helpers/temp-services';

test.describe('a fresh install', () => {
  test.use({ withKey: false, withSettings: false });

  test('opens on the setup page, requires both names, creates the key and goes to the overview', async ({ ui }) => {
    const { page, services } = ui;
    expect(services.settings.get().schemeName).toBe(''); // no default names a real scheme
    await ui.open('#/');
    await expect(page).toHaveURL(/#\/setup$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Set up Venue Console');
    const operator = page.getByLabel(/Operator name/);
    const scheme = page.getByLabel(/Scheme name/);
    await expect(operator).toHaveAttribute('placeholder', /Harbour Dining Group/);
    await expect(scheme).toHaveValue('');
    await expectNoSeriousViolations(page, 'setup');

    const create = page.getByRole('button', { name: /Create signing key/ });
    await expect(create).toContainText('建立簽署密鑰');
    await create.click();
    await expect(operator).toHaveAttribute('aria-invalid', 'true');
    await expect(scheme).toHaveAttribute('aria-invalid', 'true');
    expect(services.keys.active()).toBeNull(); // nothing created while the names are refused
    expect(services.settings.configured()).toBe(false);
    await expectNoSeriousViolations(page, 'setup-errors');

    await operator.fill('Harbour Dining Group');
    await scheme.fill('Safe Visit 安心到訪');
    const sketch = page.getByTestId('poster-sketch');
    await expect(sketch).toContainText('Safe Visit 安心到訪');
    await expect(sketch).toContainText('Harbour Dining Group');
    await expect(sketch).toContainText(/sketch/i);
    await ui.shot('setup');
    await create.click();

    await expect(page).toHaveURL(/#\/$/);
    const kid = services.keys.active()?.kid ?? 'missing';
    await expect(page.getByTestId('active-kid')).toHaveText(kid);
    await expect(page.getByTestId('scheme-name')).toHaveText('Safe Visit 安心到訪');
    await expect(page.getByTestId('no-key-notice')).toHaveCount(0);
    expect(services.settings.get()).toMatchObject({ operatorName: 'Harbour Dining Group', schemeName: 'Safe Visit 安心到訪' });

    // Set up once: the next start goes where it is sent.
    await ui.open('#/venues');
    await expect(page).toHaveURL(/#\/venues$/);
  });
});

test.describe('a missing key', () => {
  test.use({ withKey: false });

  test('the overview notice offers "Create signing key", and it creates the key', async ({ ui }) => {
    const { page, services } = ui;
    await ui.open('#/');
    await expect(page).toHaveURL(/#\/$/); // names saved: no setup page
    const notice = page.getByRole('alert').filter({ has: page.getByTestId('no-key-notice') });
    await expect(notice).toBeVisible();
    await expectNoSeriousViolations(page, 'overview-no-key');
    await notice.getByRole('button', { name: /Create signing key/ }).click();
    await expect(page.getByTestId('active-kid')).toHaveText(services.keys.active()?.kid ?? 'missing');
    await expect(page.getByTestId('no-key-notice')).toHaveCount(0);
  });

  test('the venue page reports the missing key with the same button, and the code appears', async ({ ui }) => {
    const { page, services } = ui;
    const venue = services.venues.create(venueInput());
    await ui.open(`#/venues/${venue.id}`);
    const missing = page.getByTestId('venue-key-missing');
    await expect(missing).toContainText('尚未建立簽署密鑰');
    await expect(missing).not.toContainText(/keys init|command line/i);
    await missing.getByRole('button', { name: /Create signing key/ }).click();
    await expect(missing).toHaveCount(0);
    expect(services.keys.active()).not.toBeNull();
    await expect(page.getByTestId('code-text')).not.toBeEmpty();
  });

  test('a batch that failed for want of a key offers the same button', async ({ ui }) => {
    const { page, services } = ui;
    await ui.open('#/batch');
    await page.getByLabel(/Choose CSV file/).setInputFiles({ name: 'fleet.csv', mimeType: 'text/csv', buffer: Buffer.from('plate\nAB 1234\n', 'utf8') });
    await page.getByRole('button', { name: /Generate 1 code/ }).click();
    const failed = page.getByTestId('batch-failed');
    await expect(failed.getByRole('alert')).toContainText('尚未建立簽署密鑰');
    await expect(failed).not.toContainText(/keys init|command line/i);
    await failed.getByRole('button', { name: /Create signing key/ }).click();
    await expect(failed).toContainText('Signing key created.');
    expect(services.keys.active()).not.toBeNull();
  });
});
