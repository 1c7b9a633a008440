/** A batch's report names the cards whose company names were shortened to fit (real writer and encoder threads). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../../services/batch/batch-job';
import { readFleetCsv } from '../../../services/batch/fleet-csv';
import { BATCH_WORKER, openTestServices, tempDir } from '../../helpers/temp-services';
import { pdfInfo } from '../../helpers/pdf-tools';

const ctx = openTestServices({ clock: () => Date.parse('2026-11-23T03:00:00Z') });
const out = tempDir('vc-batch-fit-');

beforeAll(() => {
  expect(existsSync(BATCH_WORKER), 'run `npm run build` first').toBe(true);
});
afterAll(() => {
  ctx.cleanup();
  out.cleanup();
});

describe('batch fit warnings', () => {
  it('names the cards whose company names were shortened, and only those', async () => {
    const longEn = `${'W'.repeat(60)} ${'WM'.repeat(59)}`; // 179 characters of wide letters
    const longZh = '鬱龘的士有限公司'.repeat(22); // 176 characters
    const csv = ['plate,fleet,company_en,company_zh,notes', 'LG1234,A,Golden Star Taxi Co,金星的士公司,', `WW8888,B,${longEn},${longZh},`, ''].join('\r\n');
    const pdfPath = join(out.dir, 'cards.pdf');
    const report = await runBatch(ctx.services.batchDeps, readFleetCsv(csv), { template: 'card', pdfPath, workers: 1 });
    expect(pdfInfo(pdfPath).Pages).toBe('2');
    const shortened = report.warnings.filter((w) => w.en.includes('shortened'));
    expect(shortened).toHaveLength(1);
    expect(shortened[0]?.en).toContain('1 card: row 3 (WW8888)');
    expect(shortened[0]?.en).not.toContain('LG1234');
    expect(shortened[0]?.zh).toContain('第 3 行（WW8888）');
  });
});
