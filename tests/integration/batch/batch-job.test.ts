/** Fleet batches end to end: real worker threads, real PDFs decoded from renders, real SQLite. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCodeWithTrustFile } from '../../../shared/qr/verify';
import { runBatch, type BatchProgress } from '../../../services/batch/batch-job';
import { FleetCsvError, readFleetCsv, readFleetCsvInWorker } from '../../../services/batch/fleet-csv';
import { BATCH_WORKER, openTestServices, tempDir, THREADS_DIR } from '../../helpers/temp-services';
import { decodeQrCodes, pdfInfo, pdfText, renderPdf } from '../../helpers/pdf-tools';
import { fleetCsvOf, messyFleetCsv, validPlates } from '../../helpers/fleet-fixtures';

const ctx = openTestServices({ clock: () => Date.parse('2026-11-23T03:00:00Z') });
const s = ctx.services;
const out = tempDir('vc-batch-');
const taxis = () => s.venues.search({ query: '', status: 'all', type: 'taxi', offset: 0, limit: 1 }).total;

beforeAll(() => {
  expect(existsSync(BATCH_WORKER), 'run `npm run build` first').toBe(true);
});
afterAll(() => {
  ctx.cleanup();
  out.cleanup();
});

describe('fleet batch', () => {
  const { csv } = messyFleetCsv();
  const parsed = readFleetCsv(csv);
  const pdfPath = join(out.dir, 'stickers.pdf');
  const manifestPath = join(out.dir, 'manifest.csv');

  it('writes one sheet PDF, a manifest and every taxi venue, reporting progress', async () => {
    const seen: BatchProgress[] = [];
    const report = await runBatch(s.batchDeps, parsed, { template: 'sheet', pdfPath, manifestPath, onProgress: (p) => seen.push(p) });
    expect(report).toMatchObject({ created: 188, reused: 0, pages: Math.ceil(188 / 12), warnings: [{ en: 'Ignored column: colour', zh: '已略過欄位：colour' }] });
    expect(report.rejected).toHaveLength(12);
    expect(taxis()).toBe(188);
    expect(pdfInfo(pdfPath).Pages).toBe(String(Math.ceil(188 / 12)));
    expect(seen.at(-1)).toMatchObject({ phase: 'done', done: 188, total: 188 });
    expect(seen.some((p) => p.phase === 'generating')).toBe(true);
    expect(readdirSync(out.dir).filter((f) => f.endsWith('.partial'))).toEqual([]);

    const lines = readFileSync(manifestPath, 'utf8').split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('\uFEFFplate,venue_id,code,fleet,company_en,company_zh,notes,status');
    expect(lines).toHaveLength(189);
    expect(lines.find((l) => l.startsWith('ZZ2,'))).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
  });

  it('prints stickers whose QR codes decode from the rendered page and verify as the right taxis', async () => {
    const pages = renderPdf(pdfPath, join(out.dir, 'render'), { dpi: 150, first: 1, last: 2 });
    const manifest = new Map(
      readFileSync(manifestPath, 'utf8')
        .split('\r\n')
        .slice(1)
        .filter(Boolean)
        .map((l) => [l.split(',')[2], l.split(',')[0]]),
    );
    const trust = s.trust.index();
    for (const png of pages) {
      const codes = await decodeQrCodes(png);
      expect(codes).toHaveLength(12);
      for (const code of codes) {
        const verdict = verifyCodeWithTrustFile(code, trust);
        expect(verdict.ok).toBe(true);
        if (verdict.ok) {
          expect(verdict.venue.type).toBe('taxi');
          expect(manifest.get(code)).toBe(verdict.venue.nameEn);
          expect(s.venues.findTaxi(verdict.venue.nameEn)?.id).toBe(verdict.venue.venueId);
        }
      }
    }
    const text = pdfText(pdfPath);
    expect(text).toContain('Scan to check in');
    expect(text).toContain('掃描二維碼登記');
    expect(text).toContain('Safe Visit 安心到訪'); // the test names (tests/helpers/temp-services TEST_SETTINGS)
  });

  it('reuses every plate when the same file runs again: nothing new', async () => {
    const again = join(out.dir, 'again.pdf');
    const report = await runBatch(s.batchDeps, parsed, { template: 'card', pdfPath: again });
    expect(report).toMatchObject({ created: 0, reused: 188, pages: 188 });
    expect(taxis()).toBe(188);
    expect(pdfInfo(again)['Page size']).toMatch(/^419\.5\d? x 595\.2\d? pts/);
    const [code] = await decodeQrCodes(renderPdf(again, join(out.dir, 'card'), { dpi: 72, first: 1, last: 1 })[0] as string);
    const verdict = verifyCodeWithTrustFile(code ?? '', s.trust.index());
    expect(verdict.ok && verdict.venue.venueId).toBe(s.venues.findTaxi(parsed.rows.plate(0))?.id);
  });

  it('cancels within a second and leaves no file and no rows', async () => {
    const big = readFleetCsv(fleetCsvOf(validPlates(6000, 500)));
    const before = taxis();
    const controller = new AbortController();
    const target = join(out.dir, 'cancelled.pdf');
    let abortedAt = 0;
    const run = runBatch(s.batchDeps, big, {
      template: 'sheet',
      pdfPath: target,
      manifestPath: join(out.dir, 'cancelled.csv'),
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'generating' && p.done > 0 && !abortedAt) {
          abortedAt = performance.now();
          controller.abort();
        }
      },
    });
    await expect(run).rejects.toMatchObject({ appError: { code: 'cancelled' } });
    expect(performance.now() - abortedAt).toBeLessThan(1000);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(out.dir).filter((f) => f.includes('cancelled'))).toEqual([]);
    expect(taxis()).toBe(before);
  });

  it('refuses a file with no valid row and writes nothing', async () => {
    const bad = readFleetCsv('plate\nIOQ\n');
    await expect(runBatch(s.batchDeps, bad, { template: 'sheet', pdfPath: join(out.dir, 'none.pdf') })).rejects.toMatchObject({
      appError: { code: 'validation' },
    });
    expect(existsSync(join(out.dir, 'none.pdf'))).toBe(false);
  });

  it('stops cleanly when the writer thread fails: an error, no file, no rows', async () => {
    // No fonts where the writer looks for them: it fails after the batch has started.
    const broken = openTestServices({ resourcesDir: out.dir });
    try {
      const target = join(out.dir, 'broken.pdf');
      await expect(runBatch(broken.services.batchDeps, parsed, { template: 'sheet', pdfPath: target, manifestPath: join(out.dir, 'broken.csv') })).rejects.toThrow(
        /ENOENT|font/i,
      );
      expect(readdirSync(out.dir).filter((f) => f.startsWith('broken'))).toEqual([]);
      expect(broken.services.venues.search({ query: '', status: 'all', type: 'taxi', offset: 0, limit: 1 }).total).toBe(0);
    } finally {
      broken.cleanup();
    }
  });
});

describe('fleet CSV reader thread', () => {
  const reader = THREADS_DIR;

  it('reads in its own thread exactly what the in-thread reader reads', async () => {
    const { csv } = messyFleetCsv();
    const here = readFleetCsv(csv);
    const there = await readFleetCsvInWorker(Buffer.from(csv), reader);
    expect([...there.rows]).toEqual([...here.rows]);
    expect(there.rejected).toEqual(here.rejected);
    expect(there.warnings).toEqual(here.warnings);
  });

  it('passes on a file it cannot read at all as a FleetCsvError', async () => {
    await expect(readFleetCsvInWorker('registration,fleet\nAB1,x\n', reader)).rejects.toBeInstanceOf(FleetCsvError);
  });
});

