/** Issue 10: the scheme's mark in Settings — choose (checked in main), preview, refusals in both languages, remove. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './harness';
import { solidPng } from '../helpers/tiny-png';

test('chooses a PNG mark, shows it, refuses a GIF with a clear message, and removes the mark', async ({ ui }) => {
  const { page, services } = ui;
  const png = join(ui.downloadsDir, 'mark.png');
  writeFileSync(png, solidPng(240, 120));
  const gif = join(ui.downloadsDir, 'mark.gif');
  writeFileSync(gif, Buffer.concat([Buffer.from('GIF89a', 'latin1'), Buffer.alloc(64)]));

  await ui.open('#/settings');
  const card = page.locator('.card', { has: page.getByRole('heading', { name: /Scheme's mark/ }) });
  await expect(card.getByTestId('no-scheme-mark')).toBeVisible();

  ui.answerOpenDialog(png);
  await card.getByRole('button', { name: /Choose image/ }).click();
  const img = card.getByTestId('scheme-mark-img');
  await expect(img).toBeVisible();
  await expect(img).toHaveAttribute('src', /^data:image\/png;base64,/);
  expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(240);
  await expect(card.getByTestId('scheme-mark-size')).toContainText('240×120 px');
  expect(services.settings.schemeMark()).toMatchObject({ width: 240, height: 120 });
  await expectNoSeriousViolations(page, 'settings-scheme-mark');
  await ui.shot('settings-scheme-mark');

  ui.answerOpenDialog(gif);
  await card.getByRole('button', { name: /Choose image/ }).click();
  const error = card.getByTestId('scheme-mark-error');
  await expect(error).toContainText('PNG or JPEG');
  await expect(error).toContainText('PNG 或 JPEG');
  await expect(img).toBeVisible(); // the stored mark is kept
  await expectNoSeriousViolations(page, 'settings-scheme-mark-refused');

  ui.answerOpenDialog(null); // Cancel: nothing changes, no message
  await card.getByRole('button', { name: /Choose image/ }).click();
  await expect(img).toBeVisible();

  await card.getByRole('button', { name: /Remove mark/ }).click();
  await expect(card.getByTestId('no-scheme-mark')).toBeVisible();
  await expect(img).toHaveCount(0);
  expect(services.settings.schemeMark()).toBeNull();
});
