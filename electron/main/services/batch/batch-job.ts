/**
 * A fleet batch: checked CSV rows → signed taxi codes → a sticker PDF (and a manifest CSV), with progress
 * and cancel. Codes are signed and encoded in worker threads; this thread lays out pages and streams the
 * PDF to a temp file, waiting for the disk when it falls behind. Nothing reaches the database or the
 * chosen file names until the PDF is complete: then one transaction writes every new taxi venue and the
 * files are renamed into place. A cancelled or failed batch leaves no file and no rows.
 */
import { once } from 'node:events';
import PDFDocument from 'pdfkit';
import { fail } from '../../../../shared/errors';
import { hkIsoDate } from '../../../../shared/time/hk';
import type { ConsoleServices } from '../console-services';
import { openAtomicWrite } from '../files/atomic-file';
import { posterFont } from '../posters/fonts';
import { EncoderPool } from './encoder-pool';
import type { FleetCsv, FleetRow } from './fleet-csv';
import { MANIFEST_HEADER, manifestLine } from './manifest-csv';
import { drawCard, drawCutMarks, drawSheetSticker, pagesFor, templateGeometry, type StickerTemplate } from './sticker-layout';

/** Progress of a running batch. */
export interface BatchProgress {
  phase: 'generating' | 'saving' | 'done' | 'cancelled';
  done: number;
  total: number;
  /** Stickers per second so far. */
  rate: number;
  /** Estimated seconds left. */
  secondsLeft: number;
}

/** Options for {@link runBatch}. */
export interface BatchOptions {
  template: StickerTemplate;
  pdfPath: string;
  manifestPath?: string | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((p: BatchProgress) => void) | undefined;
  /** The built encoder worker (out/main/batch-worker.js). */
  workerPath: string;
  workers?: number | undefined;
}

/** What a batch did (the CLI's --report JSON). */
export interface BatchReport {
  created: number;
  reused: number;
  rejected: { row: number; plate: string; reason: string }[];
  warnings: string[];
  pages: number;
  pdf: string;
  manifest: string | null;
  seconds: number;
}

interface Planned extends FleetRow {
  venueId: string;
  status: 'created' | 'reused';
  reactivate: boolean;
}

const FONT = 'sticker';

/**
 * pdfkit caches the shaped layout of every distinct word it has drawn, for the life of the document; with
 * a different plate and id on every sticker that cache grows with the batch. Clearing it each page keeps
 * memory flat (the few repeated words are shaped again once a page).
 */
function forgetLayouts(doc: PDFKit.PDFDocument): void {
  const font = (doc as unknown as { _font?: { layoutCache?: unknown } })._font;
  if (font && font.layoutCache) font.layoutCache = Object.create(null);
}

/** Decides, per plate, whether it reuses a registered taxi venue or gets a new id. Writes nothing. */
function plan(services: ConsoleServices, rows: FleetRow[], warnings: string[]): Planned[] {
  const reserved = new Set<string>();
  return rows.map((r) => {
    const existing = services.venues.findTaxi(r.plate);
    if (existing) {
      if (existing.status === 'deactivated') warnings.push(`Row ${r.row}: ${r.plate} was deactivated; it will be active again.`);
      return { ...r, venueId: existing.id, status: 'reused', reactivate: existing.status === 'deactivated' };
    }
    const venueId = services.venues.newId(reserved);
    reserved.add(venueId);
    return { ...r, venueId, status: 'created', reactivate: false };
  });
}

/** Runs a batch over already-checked CSV rows. Throws an AppFailure with code `cancelled` when aborted. */
export async function runBatch(services: ConsoleServices, csv: FleetCsv, options: BatchOptions): Promise<BatchReport> {
  const started = performance.now();
  const warnings = [...csv.warnings];
  const rejected = csv.rejected.map((r) => ({ row: r.row, plate: r.plate, reason: r.reason }));
  if (csv.rows.length === 0) {
    fail('validation', 'No row of the file has a valid registration mark.', '檔案中沒有任何有效的車牌號碼。');
  }
  const planned = plan(services, csv.rows, warnings);
  const signer = services.keys.activeSigner();
  const issuedOn = hkIsoDate(services.clock());
  const schemeName = services.settings.get().schemeName;
  const total = planned.length;
  const geometry = templateGeometry(options.template);
  const pages = pagesFor(options.template, total);

  const pdfOut = openAtomicWrite(options.pdfPath);
  const manifestOut = options.manifestPath ? openAtomicWrite(options.manifestPath) : null;
  const pool = new EncoderPool({
    workerPath: options.workerPath,
    workers: options.workers,
    init: { pkcs8: new Uint8Array(signer.keyObject.export({ format: 'der', type: 'pkcs8' })), kid: signer.kid, issuedOn },
  });
  const doc = new PDFDocument({
    size: geometry.pageSize,
    margin: 0,
    autoFirstPage: false,
    info: { Title: `Taxi check-in ${options.template === 'sheet' ? 'stickers' : 'cards'} (${total})`, Author: 'Venue Console', Creator: 'Venue Console' },
    lang: 'zh-HK',
  });
  doc.registerFont(FONT, posterFont(services.resourcesDir) as unknown as string);
  // pdfkit ignores a paused pipe and buffers everything it has not handed on, so its output goes straight
  // into the file stream, and the loop below waits for 'drain' whenever that stream's buffer is full.
  doc.on('data', (chunk: Buffer) => pdfOut.stream.write(chunk));
  doc.on('end', () => pdfOut.stream.end());
  manifestOut?.stream.write(`\uFEFF${MANIFEST_HEADER}`);

  const progress = (phase: BatchProgress['phase'], done: number) => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    options.onProgress?.({ phase, done, total, rate, secondsLeft: rate > 0 ? (total - done) / rate : 0 });
  };
  const aborted = () => options.signal?.aborted === true;
  const onAbort = () => void pool.close();
  options.signal?.addEventListener('abort', onAbort, { once: true });

  let done = 0;
  let lastReport = 0;
  try {
    for await (const chunk of pool.encode(planned.map((p) => ({ venueId: p.venueId, plate: p.plate })))) {
      for (const sticker of chunk) {
        if (aborted()) break;
        const item = planned[done] as Planned;
        const slot = done % geometry.perPage;
        if (slot === 0) {
          forgetLayouts(doc);
          doc.addPage();
          if (options.template === 'sheet') drawCutMarks(doc);
        }
        const text = { plate: item.plate, venueId: item.venueId, companyEn: item.companyEn, companyZh: item.companyZh, issuedOn, schemeName };
        if (options.template === 'sheet') drawSheetSticker(doc, slot, sticker, text, FONT);
        else drawCard(doc, sticker, text, FONT);
        manifestOut?.stream.write(
          manifestLine({ plate: item.plate, venueId: item.venueId, code: sticker.code, fleet: item.fleet, companyEn: item.companyEn, companyZh: item.companyZh, status: item.status }),
        );
        done++;
      }
      if (aborted()) break;
      // Backpressure: let the disk catch up before laying out more pages.
      if (pdfOut.stream.writableNeedDrain) await once(pdfOut.stream, 'drain');
      if (manifestOut?.stream.writableNeedDrain) await once(manifestOut.stream, 'drain');
      if (process.env.VC_DEBUG_MEMORY && done % 1200 === 0) {
        const m = process.memoryUsage();
        process.stderr.write(`mem ${done} rss ${(m.rss / 1e6).toFixed(0)} heap ${(m.heapUsed / 1e6).toFixed(0)}/${(m.heapTotal / 1e6).toFixed(0)} ext ${(m.external / 1e6).toFixed(0)} ab ${(m.arrayBuffers / 1e6).toFixed(0)} pending ${pdfOut.stream.writableLength}\n`);
      }
      if (performance.now() - lastReport > 100) {
        lastReport = performance.now();
        progress('generating', done);
      }
    }
  } catch (error) {
    if (!aborted()) {
      await cleanUp();
      throw error;
    }
  }
  if (aborted()) {
    await cleanUp();
    progress('cancelled', done);
    fail('cancelled', 'The batch was cancelled; no file was written and no venue was added.', '已取消：沒有寫入檔案，也沒有新增場所。');
  }
  options.signal?.removeEventListener('abort', onAbort);
  await pool.close();
  progress('saving', done);
  doc.end();
  manifestOut?.stream.end();
  try {
    if (process.env.VC_DEBUG_MEMORY) process.stderr.write(`mem before-db rss ${(process.memoryUsage().rss / 1e6).toFixed(0)}\n`);
    // Wait for both files to be complete on disk before any row is written.
    await Promise.all([pdfOut.commitPending(), manifestOut?.commitPending()]);
    services.db
      .transaction(() => {
        for (const p of planned) {
          if (p.status === 'created') services.venues.insertTaxi({ id: p.venueId, plate: p.plate, companyEn: p.companyEn, companyZh: p.companyZh });
          else if (p.reactivate) services.venues.setStatus(p.venueId, 'active');
        }
      })
      .immediate();
  } catch (error) {
    pdfOut.abort();
    manifestOut?.abort();
    throw error;
  }
  if (process.env.VC_DEBUG_MEMORY) process.stderr.write(`mem after-db rss ${(process.memoryUsage().rss / 1e6).toFixed(0)}\n`);
  pdfOut.rename();
  manifestOut?.rename();
  progress('done', done);
  return {
    created: planned.filter((p) => p.status === 'created').length,
    reused: planned.filter((p) => p.status === 'reused').length,
    rejected,
    warnings,
    pages,
    pdf: options.pdfPath,
    manifest: options.manifestPath ?? null,
    seconds: (performance.now() - started) / 1000,
  };

  async function cleanUp(): Promise<void> {
    options.signal?.removeEventListener('abort', onAbort);
    await pool.close();
    doc.removeAllListeners('data');
    pdfOut.abort();
    manifestOut?.abort();
  }
}
