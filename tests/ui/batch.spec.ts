/** The taxi fleet batch page: preview with rejected rows, error list, generate with progress, open the result, re-run, cancel. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from '@playwright/test';
import type { DataFolder } from '../../services/open-data-folder';
import { expect, test, venueCount } from './harness';

/** Letters a Hong Kong registration mark may use (no I, O or Q). */
const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/** Every 1- and 2-letter prefix (552 of them). */
const PREFIXES = [...LETTERS, ...[...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b))];

/** `n` distinct valid plates in assorted spellings: "AB 1234", "ab1234", "K 7". */
function plates(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const plate = `${PREFIXES[i % PREFIXES.length]}${i % 3 === 0 ? ' ' : ''}${1 + Math.floor(i / PREFIXES.length) + (i % 2) * 1000}`;
    out.push(i % 4 === 1 ? plate.toLowerCase() : plate);
  }
  // Guard the generator itself: every plate distinct once normalised.
  expect(new Set(out.map((p) => p.toUpperCase().replace(/\s+/g, ''))).size).toBe(n);
  return out;
}

const HEADER = 'plate,fleet,company_en,company_zh,notes,colour';
const FORMULA = '=HYPERLINK("x")';

/** The fleet file of the main test: 40 valid plates with bad rows mixed in, and what the preview must say about them. */
function fleetCsv(): { csv: string; valid: number; rejected: { row: number; plate: string; reason: RegExp; reasonZh: string }[] } {
  const good = plates(40);
  const records: string[] = [HEADER];
  const rejected: { row: number; plate: string; reason: RegExp; reasonZh: string }[] = [];
  const row = () => records.length + 1; // the row number the next record gets (header = row 1)
  const bad = (record: string, plate: string, reason: RegExp, reasonZh: string) => {
    rejected.push({ row: row(), plate, reason, reasonZh });
    records.push(record);
  };
  good.forEach((plate, i) => {
    if (i === 3) {
      // A quoted company name with a line break inside: one record over two lines, later row numbers unchanged.
      records.push(`${plate},Kowloon 1,"Star Taxi\nCompany Ltd",星星的士,,red`);
    } else if (i === 7) {
      records.push(`${plate},Kowloon 1,"${FORMULA.replace(/"/g, '""')}",公式公司,,`);
    } else records.push(`${plate},Kowloon ${1 + (i % 3)},Star Taxi Co,星星的士公司,,`);
    if (i === 5) bad('', '', /^Empty row\.$/, '空白行。');
    if (i === 9) bad('AI 1234,Kowloon 1,,,,', 'AI 1234', /letters I, O or Q/, '香港車牌不使用字母 I、O 或 Q。');
    if (i === 12) bad('ABCDEFGH12,Kowloon 1,,,,', 'ABCDEFGH12', /at most 8 letters and digits/, '車牌號碼最多 8 個字母及數字。');
    if (i === 15) bad('AB-12#,Kowloon 1,,,,', 'AB-12#', /Only letters A–Z and digits 0–9/, '只可使用英文字母 A–Z 及數字 0–9。');
    if (i === 20) bad('🚕 88,Kowloon 1,,,,', '🚕 88', /Only letters A–Z and digits 0–9/, '只可使用英文字母 A–Z 及數字 0–9。');
    if (i === 25) {
      // The same plate as the first data row (row 2), written differently.
      const dup = ` ${good[0]!.toLowerCase().replace(/\s+/g, '')} `;
      bad(`${dup},Kowloon 2,,,,`, dup, /^Duplicate of row 2\.$/, '與第 2 行重複。');
    }
    if (i === 30) bad(',,,,,', '', /^Empty row\.$/, '空白行。');
  });
  return { csv: `${records.join('\r\n')}\r\n`, valid: good.length, rejected };
}

/** A large file of valid plates only, so a batch runs long enough to cancel. */
const bigCsv = (n: number): string => `plate,company_en\n${plates(n).map((p) => `${p},Big Fleet`).join('\n')}\n`;

const taxiCount = (services: DataFolder): number =>
  services.venues.search({ query: '', status: 'all', type: 'taxi', offset: 0, limit: 1 }).total;

async function upload(page: Page, name: string, csv: string): Promise<void> {
  await page.getByLabel(/Choose (CSV file|another file)/).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(page.getByTestId('file-name')).toHaveText(name);
}

/** Records every value the progress bar shows, from inside the page (a short batch may show it for only a moment). */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const log: { value: number; max: number }[] = [];
    (window as unknown as { progressLog: typeof log }).progressLog = log;
    const record = () => {
      const bar = document.querySelector<HTMLProgressElement>('[data-testid=progress-bar]');
      if (bar) log.push({ value: bar.value, max: bar.max });
    };
    new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value', 'max'] });
  });
}

const progressLog = (page: Page) => page.evaluate(() => (window as unknown as { progressLog: { value: number; max: number }[] }).progressLog);

test('previews a fleet CSV, saves the error list, generates stickers, opens the result, and reuses plates on a re-run', async ({ ui }) => {
  const { page, services } = ui;
  const fleet = fleetCsv();
  const venuesBefore = venueCount(services);
  await ui.open('#/');
  await page.getByRole('link', { name: /Taxi batch 的士批次/ }).click();
  await expect(page).toHaveURL(/#\/batch$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Taxi fleet batch 的士車隊批次');
  const help = page.getByTestId('format-help');
  await expect(help).toContainText('Required');
  await expect(help).toContainText('必填');
  await expect(help).toContainText('company_zh');
  await expect(help).toContainText('不可使用 I、O、Q');

  await upload(page, 'star-taxi-fleet.csv', fleet.csv);
  await expect(page.getByTestId('count-valid')).toHaveText(String(fleet.valid));
  await expect(page.getByTestId('count-registered')).toHaveText('0');
  await expect(page.getByTestId('count-rejected')).toHaveText(String(fleet.rejected.length));
  await expect(page.getByTestId('count-pages')).toHaveText(String(Math.ceil(fleet.valid / 12)));
  await expect(page.getByTestId('pages-card')).toContainText(`${fleet.valid} pages`);
  await expect(page.getByTestId('batch-warnings')).toContainText('Ignored column: colour');
  await expect(page.getByTestId('batch-warnings')).toContainText('已略過欄位：colour');

  // Every rejected row, numbered as a spreadsheet numbers it, with both languages' reasons: before anything is written.
  const rows = page.getByTestId('rejected-table').locator('tbody tr');
  await expect(rows).toHaveCount(fleet.rejected.length);
  for (const [i, expected] of fleet.rejected.entries()) {
    const cells = rows.nth(i).locator('td');
    await expect(cells.nth(0)).toHaveText(String(expected.row));
    if (expected.plate.trim() === '') await expect(cells.nth(1)).toHaveText('(empty) （空白）');
    else await expect(cells.nth(1)).toHaveText(expected.plate.trim());
    await expect(cells.nth(2).locator('[lang=en]')).toHaveText(expected.reason);
    await expect(cells.nth(2).locator('[lang=zh-HK]')).toHaveText(expected.reasonZh);
  }
  expect(fleet.rejected.map((r) => r.row)).toEqual([8, 13, 17, 21, 27, 33, 39]);
  expect(taxiCount(services)).toBe(0);
  expect(readdirSync(ui.downloadsDir)).toEqual([]);
  // A tall window so the picture holds the counts, the rejected rows and the options.
  await page.setViewportSize({ width: 1280, height: 1700 });
  await ui.shot('batch-preview');
  await page.setViewportSize({ width: 900, height: 1700 });
  await ui.shot('batch-preview-w900');
  await page.setViewportSize({ width: 1280, height: 860 });

  await page.getByRole('button', { name: /Save error list 儲存錯誤列表/ }).click();
  const errorsPath = page.getByTestId('errors-path');
  await expect(errorsPath).toHaveText(join(ui.downloadsDir, 'rejected-rows.csv'));
  const saved = parse(readFileSync(join(ui.downloadsDir, 'rejected-rows.csv')), { bom: true }) as string[][];
  expect(saved[0]).toEqual(['row', 'plate', 'reason', 'reason_zh']);
  expect(saved.slice(1).map((r) => Number(r[0]))).toEqual(fleet.rejected.map((r) => r.row));
  expect(saved.slice(1).map((r) => r[3])).toEqual(fleet.rejected.map((r) => r.reasonZh));

  // Generate with the sticker sheet template and the manifest.
  await expect(page.getByRole('radio', { name: /Sticker sheets/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Also save a manifest CSV 同時儲存清單 CSV/ })).toBeChecked();
  await watchProgress(page);
  await page.getByRole('button', { name: `Generate ${fleet.valid} codes 產生 ${fleet.valid} 個二維碼` }).click();
  const report = page.getByTestId('batch-report');
  await expect(report).toBeVisible();
  const seen = await progressLog(page);
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.every((p) => p.max === fleet.valid)).toBe(true);
  expect(seen.map((p) => p.value)).toEqual([...seen.map((p) => p.value)].sort((a, b) => a - b));
  await expect(page.getByTestId('progress-bar')).toHaveCount(0);

  await expect(page.getByTestId('report-created')).toHaveText(String(fleet.valid));
  await expect(page.getByTestId('report-reused')).toHaveText('0');
  await expect(page.getByTestId('report-rejected')).toHaveText(String(fleet.rejected.length));
  await expect(page.getByTestId('report-pages')).toHaveText(String(Math.ceil(fleet.valid / 12)));
  await expect(page.getByTestId('report-seconds')).toHaveText(/^\d+\.\d s$/);
  const pdfPath = join(ui.downloadsDir, `taxi-stickers-${fleet.valid}.pdf`);
  const manifestPath = join(ui.downloadsDir, `taxi-stickers-${fleet.valid}-manifest.csv`);
  await expect(page.getByTestId('report-pdf')).toHaveText(pdfPath);
  await expect(page.getByTestId('report-manifest')).toHaveText(manifestPath);
  expect(taxiCount(services)).toBe(fleet.valid);
  await ui.shot('batch-done');

  await page.getByRole('button', { name: /Open PDF 開啟 PDF/ }).click();
  await expect.poll(() => ui.opened).toEqual([pdfPath]);
  const pdf = readFileSync(pdfPath);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  if (existsSync('/usr/bin/pdfinfo')) {
    expect(execFileSync('/usr/bin/pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(new RegExp(`^Pages:\\s+${Math.ceil(fleet.valid / 12)}$`, 'm'));
  }
  await page.getByRole('button', { name: /Open manifest 開啟清單/ }).click();
  await expect.poll(() => ui.opened).toEqual([pdfPath, manifestPath]);

  const manifest = parse(readFileSync(manifestPath), { bom: true }) as string[][];
  expect(manifest[0]).toEqual(['plate', 'venue_id', 'code', 'fleet', 'company_en', 'company_zh', 'notes', 'status']);
  expect(manifest).toHaveLength(fleet.valid + 1);
  expect(manifest.slice(1).every((r) => r[7] === 'created')).toBe(true);
  const formulaRow = manifest.find((r) => r[5] === '公式公司');
  expect(formulaRow?.[4]).toBe(`'${FORMULA}`);
  // The line break typed inside the cell is printed (and listed) as a space.
  expect(manifest.find((r) => r[5] === '星星的士')?.[4]).toBe('Star Taxi Company Ltd');
  expect(readdirSync(ui.downloadsDir).filter((f) => f.endsWith('.partial'))).toEqual([]);

  // The same file again: every plate is already registered, so nothing new is created.
  const venuesAfterFirst = venueCount(services);
  expect(venuesAfterFirst).toBe(venuesBefore + fleet.valid);
  await page.getByRole('button', { name: /Start another batch/ }).first().click();
  await upload(page, 'star-taxi-fleet.csv', fleet.csv);
  await expect(page.getByTestId('count-registered')).toHaveText(String(fleet.valid));
  await page.getByRole('button', { name: `Generate ${fleet.valid} codes 產生 ${fleet.valid} 個二維碼` }).click();
  await expect(page.getByTestId('batch-report')).toBeVisible();
  await expect(page.getByTestId('report-created')).toHaveText('0');
  await expect(page.getByTestId('report-reused')).toHaveText(String(fleet.valid));
  expect(venueCount(services)).toBe(venuesAfterFirst);
  expect(taxiCount(services)).toBe(fleet.valid);
});

test('cancelling a running batch writes no file and adds no venue', async ({ ui }) => {
  const { page, services } = ui;
  const n = 12_000;
  await ui.open('#/batch');
  await upload(page, 'big-fleet.csv', bigCsv(n));
  await expect(page.getByTestId('count-valid')).toHaveText('12,000');
  await expect(page.getByTestId('no-rejected')).toBeVisible();
  await page.getByRole('radio', { name: /Cards/ }).check();
  await expect(page.getByTestId('count-pages')).toHaveText('12,000');
  await page.getByRole('button', { name: /Generate 12,000 codes/ }).click();

  const bar = page.getByRole('progressbar', { name: /Generating codes 正在產生二維碼/ });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('max', String(n));
  await expect.poll(async () => Number(await bar.getAttribute('value')), { intervals: [50] }).toBeGreaterThan(0);
  // A reload (or a visit to another page and back) finds the running job again.
  await page.reload();
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('max', String(n));
  // Let it run a little so the rate and time left have settled for the picture (still far from the end).
  await expect.poll(async () => Number(await bar.getAttribute('value')), { intervals: [50] }).toBeGreaterThan(n * 0.12);
  await expect(page.getByTestId('progress-count')).toContainText(`/ ${n.toLocaleString('en-HK')}`);
  await expect(page.getByTestId('progress-rate')).toContainText(/\d per second 每秒/);
  await expect(page.getByTestId('progress-left')).toContainText(/left/);
  await ui.shot('batch-progress');

  await page.getByRole('button', { name: /^Cancel 取消$/ }).click();
  await expect(page.getByTestId('batch-cancelled')).toContainText('nothing was written and no venue was added');
  await expect(page.getByTestId('batch-cancelled')).toContainText('沒有寫入任何檔案，亦沒有新增場所');
  await expect(bar).toHaveCount(0);
  const left = readdirSync(ui.downloadsDir);
  expect(left.filter((f) => f.endsWith('.pdf') || f.endsWith('.csv') || f.endsWith('.partial'))).toEqual([]);
  expect(taxiCount(services)).toBe(0);
  await ui.shot('batch-cancelled');

  // The page is ready for another run.
  await page.getByRole('button', { name: /Start another batch/ }).click();
  await expect(page.getByLabel(/Choose CSV file/)).toBeAttached();
});

test('a file without a plate column is refused with a bilingual error and no preview', async ({ ui }) => {
  const { page } = ui;
  await ui.open('#/batch');
  await expect(page.getByTestId('format-help')).toBeVisible();
  await ui.shot('batch-empty');
  await upload(page, 'wrong.csv', 'registration,company\nAB 1234,Star\n');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('"plate" column');
  await expect(alert).toContainText('「plate」欄');
  // It says which columns it found (issue 10 §3).
  await expect(alert).toContainText('Columns found: registration, company.');
  await expect(alert).toContainText('找到的欄位：registration、company');
  await expect(page.getByTestId('preview-counts')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Generate/ })).toHaveCount(0);
  await ui.shot('batch-file-error');

  // Dropping a good file on the zone replaces the error with its preview.
  const dropped = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['plate\nAB 1234\n'], 'right.csv', { type: 'text/csv' }));
    return data;
  });
  await page.getByTestId('drop-zone').dispatchEvent('dragover', { dataTransfer: dropped });
  await expect(page.getByTestId('drop-zone')).toHaveClass(/drop-zone-over/);
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: dropped });
  await expect(page.getByTestId('file-name')).toHaveText('right.csv');
  await expect(page.getByTestId('count-valid')).toHaveText('1');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Generate 1 code 產生 1 個二維碼' })).toBeEnabled();
});

test('a file with no valid row cannot be generated; a cancelled save dialog writes nothing', async ({ ui }) => {
  const { page, services } = ui;
  await ui.open('#/batch');
  await upload(page, 'bad.csv', 'plate\nQQ 1\n\n');
  await expect(page.getByTestId('count-valid')).toHaveText('0');
  await expect(page.getByRole('button', { name: /Generate 0 codes/ })).toBeDisabled();

  // The save dialog answers "cancel" (the folder platform never does, so the handler is swapped for this test).
  const handlers = ui.handlers as unknown as Record<string, unknown>;
  handlers.startBatch = async () => null;
  await upload(page, 'good.csv', 'plate\nAB 1234\nCD 5678\n');
  await page.getByRole('button', { name: /Generate 2 codes/ }).click();
  await expect(page.getByTestId('no-save-place')).toContainText('未選擇儲存位置');
  await expect(page.getByTestId('count-valid')).toHaveText('2');
  expect(taxiCount(services)).toBe(0);
  expect(readdirSync(ui.downloadsDir)).toEqual([]);
});

test('a long list of rejected rows is capped on screen but saved in full', async ({ ui }) => {
  const { page } = ui;
  const bad = Array.from({ length: 620 }, (_, i) => `QQ ${i + 1}`);
  await ui.open('#/batch');
  await upload(page, 'many-bad.csv', `plate\nAB 1\n${bad.join('\n')}\n`);
  await expect(page.getByTestId('count-rejected')).toHaveText('620');
  await expect(page.getByTestId('rejected-table').locator('tbody tr')).toHaveCount(500);
  await expect(page.getByTestId('rejected-table').locator('tbody tr').last().locator('td').first()).toHaveText('502');
  await expect(page.getByTestId('rejected-more')).toContainText('And 120 more rows are not shown');
  await expect(page.getByTestId('rejected-more')).toContainText('另有 120 行未在此顯示');
  await page.getByRole('button', { name: /Save error list/ }).click();
  await expect(page.getByTestId('errors-path')).toBeVisible();
  const saved = parse(readFileSync(join(ui.downloadsDir, 'rejected-rows.csv')), { bom: true }) as string[][];
  expect(saved).toHaveLength(621);
  expect(saved[620]).toEqual(['622', 'QQ 620', 'Hong Kong registration marks do not use the letters I, O or Q.', '香港車牌不使用字母 I、O 或 Q。']);
});

test.describe('without a signing key', () => {
  test.use({ withKey: false });

  test('a batch that fails shows a bilingual error and adds nothing', async ({ ui }) => {
    const { page, services } = ui;
    await ui.open('#/batch');
    await upload(page, 'fleet.csv', 'plate\nAB 1234\n');
    await page.getByRole('button', { name: /Generate 1 code/ }).click();
    const failed = page.getByTestId('batch-failed');
    await expect(failed.getByRole('alert')).toContainText('尚未建立簽署密鑰');
    await expect(failed).toContainText('no venue was added');
    expect(taxiCount(services)).toBe(0);
    expect(readdirSync(ui.downloadsDir)).toEqual([]);
  });
});
