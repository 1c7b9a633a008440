/**
 * The venue page's poster (issue 10): a live thumbnail of the very PDF Save writes, drawn by pdf.js under the
 * console's CSP (the harness fails on any CSP violation), at the chosen size; Open and Show in folder for the
 * file just saved; Print prints that same PDF.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { pdfInfoOf, pdfTextOf } from '../helpers/pdf-tools';
import { expect, test, venueInput } from './harness';

/** The thumbnail canvas's pixel size and how many of its pixels are not white. */
async function thumbnail(page: Page): Promise<{ width: number; height: number; cssWidth: number; inked: number }> {
  return page.getByTestId('poster-preview-canvas').evaluate((el) => {
    const canvas = el as HTMLCanvasElement;
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 200 || (data[i + 1] ?? 255) < 200 || (data[i + 2] ?? 255) < 200) inked++;
    return { width: canvas.width, height: canvas.height, cssWidth: canvas.getBoundingClientRect().width, inked };
  });
}

const words = (text: string): string => text.replace(/\s+/g, ' ').trim();

test('the venue page previews the poster PDF at the chosen size; the preview is the saved PDF', async ({ ui }) => {
  const { page, services } = ui;
  await page.setViewportSize({ width: 1280, height: 860 });
  const venue = services.venues.create(venueInput({ nameEn: 'Harbour View Café', nameZh: '海景咖啡室' }));
  await ui.open(`#/venues/${venue.id}`);

  const preview = page.getByTestId('poster-preview');
  await expect(preview).toHaveAttribute('data-state', 'ready');
  const a4 = await thumbnail(page);
  expect(a4.inked).toBeGreaterThan(a4.width * a4.height * 0.03);
  expect(a4.height / a4.width).toBeCloseTo(841.89 / 595.28, 2);
  expect(a4.cssWidth).toBeGreaterThan(200);
  expect(a4.cssWidth).toBeLessThanOrEqual(301);
  await ui.shot('venue-page-poster-preview');

  await page.getByRole('radio', { name: 'A3' }).check();
  await expect(preview).toHaveAttribute('data-size', 'a3');
  await expect(preview).toHaveAttribute('data-state', 'ready');
  const a3 = await thumbnail(page);
  expect(a3.inked).toBeGreaterThan(a3.width * a3.height * 0.03);
  expect(a3.height / a3.width).toBeCloseTo(1190.55 / 841.89, 2);

  // The preview's PDF and the saved PDF say the same words, at the same size.
  const previewPdf = await ui.handlers.getPosterPreview({ id: venue.id, size: 'a3' }, { senderUrl: ui.appUrl, mainFrame: true });
  const previewBytes = Buffer.from(previewPdf.pdfBase64, 'base64');
  await page.getByRole('button', { name: /Save poster as PDF/ }).click();
  const saved = (await page.getByTestId('saved-path').textContent())?.trim() ?? '';
  expect(existsSync(saved)).toBe(true);
  const savedBytes = readFileSync(saved);
  expect(words(pdfTextOf(previewBytes))).toBe(words(pdfTextOf(savedBytes)));
  expect(pdfInfoOf(previewBytes)['Page size']).toBe(pdfInfoOf(savedBytes)['Page size']);

  // Open and Show in folder reach the file just saved, and only it.
  await page.getByRole('button', { name: /^Open 開啟$/ }).click();
  await expect.poll(() => ui.opened).toEqual([saved]);
  await page.getByRole('button', { name: /Show in folder/ }).click();
  await expect.poll(() => ui.shown).toEqual([saved]);

  // Print prints the same PDF at the chosen size (A3), from a temp file deleted afterwards.
  await page.getByRole('button', { name: /^Print/ }).click();
  await expect.poll(() => ui.printed.length).toBe(1);
  const printed = ui.printed[0] ?? { path: '', bytes: Buffer.alloc(0) };
  expect(existsSync(printed.path)).toBe(false);
  expect(printed.path.startsWith(ui.dataDir)).toBe(false);
  expect(words(pdfTextOf(printed.bytes))).toBe(words(pdfTextOf(savedBytes)));
  expect(pdfInfoOf(printed.bytes)['Page size']).toMatch(/^841\.8\d* x 1190\.5\d* pts \(A3\)$/);
  await expect(page.getByRole('button', { name: /^Print/ })).toBeFocused();
});

test('the preview draws a poster with the scheme mark (a JPEG) under the CSP', async ({ ui }) => {
  const { page, services } = ui;
  services.settings.setSchemeMark(readFileSync(new URL('../fixtures/scheme-mark/mark-120x80.jpg', import.meta.url)));
  const venue = services.venues.create(venueInput({ nameEn: 'Marked Tea House', nameZh: '標誌茶室' }));
  await ui.open(`#/venues/${venue.id}`);
  await expect(page.getByTestId('poster-preview')).toHaveAttribute('data-state', 'ready');
  const a4 = await thumbnail(page);
  expect(a4.inked).toBeGreaterThan(a4.width * a4.height * 0.03);
});
