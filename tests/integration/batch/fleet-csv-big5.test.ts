/**
 * A Big5-HKSCS fleet CSV (issue 10 §1) read by the reader thread, run as a batch and searched: the company name is
 * stored as 金星, not mojibake, and the preview and the CLI say which encoding was read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../../services/batch/batch-job';
import { readFleetCsvInWorker } from '../../../services/batch/fleet-csv';
import { createHandlers } from '../../../electron/main/handlers';
import { dispatch, senderPolicyFor } from '../../../electron/main/ipc/dispatch';
import type { Platform } from '../../../services/platform/platform';
import { BATCH_WORKER, openTestServices, tempDir, THREADS_DIR } from '../../helpers/temp-services';

const APP_URL = 'file:///opt/Venue%20Console/resources/app/out/renderer/index.html';
const big5 = readFileSync(new URL('../../fixtures/fleet-csv/big5-hkscs.csv', import.meta.url));
const ctx = openTestServices({ clock: () => Date.parse('2026-11-23T03:00:00Z') });
const out = tempDir('vc-batch-big5-');

beforeAll(() => {
  expect(existsSync(BATCH_WORKER), 'run `npm run build` first').toBe(true);
});
afterAll(() => {
  ctx.cleanup();
  out.cleanup();
});

describe('a Big5-HKSCS fleet CSV', () => {
  it('previews through IPC as bytes, saying it was read as Big5-HKSCS', async () => {
    const platform: Platform = { chooseSavePath: async () => null, openPath: async () => false } as unknown as Platform;
    const handlers = createHandlers({ ...ctx.services, platform });
    const preview = await dispatch(handlers, 'previewBatch', { csvBase64: big5.toString('base64') }, { senderUrl: APP_URL }, senderPolicyFor(APP_URL));
    expect(preview.ok && preview.value).toMatchObject({ valid: 4, rejected: [], encoding: 'big5-hkscs' });
  });

  it('is decoded in the reader thread, stored and found by searching 金星', async () => {
    const csv = await readFleetCsvInWorker(new Uint8Array(big5), THREADS_DIR);
    expect(csv.encoding).toBe('big5-hkscs');
    const report = await runBatch(ctx.services.batchDeps, csv, { template: 'sheet', pdfPath: join(out.dir, 'stickers.pdf') });
    expect(report.created).toBe(4);
    const found = ctx.services.venues.search({ query: '金星', status: 'all', type: 'taxi', offset: 0, limit: 10 });
    expect(found.total).toBe(4);
    expect(found.items.every((v) => v.addressZh.includes('金星的士有限公司'))).toBe(true);
  });
});
