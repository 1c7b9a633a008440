/**
 * A fleet batch: checked CSV rows → signed taxi codes → a sticker PDF (and a manifest CSV), with progress
 * and cancel. The writer worker lays out pages and streams them to temp files while its encoder workers
 * sign and encode codes on every core; this thread only plans, relays progress and commits. Nothing reaches
 * the database or the chosen file names until both files are complete: then one transaction writes every
 * new taxi venue and the files are renamed into place. A cancelled or failed batch leaves no file and no rows.
 */
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppFailure, fail } from '../../../../shared/errors';
import { hkIsoDate } from '../../../../shared/time/hk';
import type { ConsoleServices } from '../console-services';
import { renameIntoPlace, tempPathFor } from '../files/atomic-file';
import type { BatchWarning, FleetCsv, FleetRow } from './fleet-csv';
import { pagesFor, type StickerTemplate } from './sticker-layout';
import type { PlannedSticker, StickerJob } from './sticker-pdf';
import type { WriterMessage } from './writer-worker';

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
  /** The built encoder worker (out/main/batch-worker.js); the writer worker (batch-writer.js) sits beside it. */
  workerPath: string;
  workers?: number | undefined;
}

/** What a batch did (the CLI's --report JSON). */
export interface BatchReport {
  created: number;
  reused: number;
  rejected: { row: number; plate: string; reason: string }[];
  warnings: BatchWarning[];
  pages: number;
  pdf: string;
  manifest: string | null;
  seconds: number;
}

interface Planned extends PlannedSticker {
  reactivate: boolean;
}

/** Decides, per plate, whether it reuses a registered taxi venue or gets a new id. Writes nothing. */
function plan(services: ConsoleServices, rows: FleetRow[], warnings: BatchWarning[]): Planned[] {
  const reserved = new Set<string>();
  const taxis = services.venues.taxisByPlate();
  return rows.map((r) => {
    const base = { plate: r.plate, fleet: r.fleet, companyEn: r.companyEn, companyZh: r.companyZh };
    const existing = taxis.get(r.plate);
    if (existing) {
      if (existing.status === 'deactivated') {
        warnings.push({ en: `Row ${r.row}: ${r.plate} was deactivated; it is active again.`, zh: `第 ${r.row} 行：${r.plate} 曾停用，現已重新啟用。` });
      }
      return { ...base, venueId: existing.id, status: 'reused', reactivate: existing.status === 'deactivated' };
    }
    const venueId = services.venues.newId(reserved);
    reserved.add(venueId);
    return { ...base, venueId, status: 'created', reactivate: false };
  });
}

/**
 * Writes the plan in one transaction, checking it again first: the page may have changed venues while the
 * stickers were being made. A plate registered meanwhile is a conflict (nothing is written); a reused taxi
 * deactivated meanwhile is made active again, so the printed codes verify.
 */
function commitPlan(services: ConsoleServices, planned: Planned[]): void {
  services.db
    .transaction(() => {
      const registered = services.venues.taxisByPlate();
      for (const p of planned) {
        const now = registered.get(p.plate);
        if (p.status === 'created') {
          if (now || services.venues.idTaken(p.venueId)) {
            fail(
              'conflict',
              `${p.plate} was registered while the batch ran; nothing was saved. Run the file again.`,
              `批次進行期間 ${p.plate} 已被登記；沒有儲存任何資料。請再執行一次。`,
            );
          }
          services.venues.insertTaxi({ id: p.venueId, plate: p.plate, companyEn: p.companyEn, companyZh: p.companyZh });
        } else if (now?.id !== p.venueId) {
          fail('conflict', `${p.plate} changed while the batch ran; nothing was saved. Run the file again.`, `批次進行期間 ${p.plate} 已更改；沒有儲存任何資料。`);
        } else if (now.status === 'deactivated') {
          services.venues.setStatus(p.venueId, 'active');
        }
      }
    })
    .immediate();
}

const cancelled = () =>
  new AppFailure({ code: 'cancelled', message: 'The batch was cancelled; no file was written and no venue was added.', messageZh: '已取消：沒有寫入檔案，也沒有新增場所。' });

/** Runs the writer worker to completion; rejects on error or abort (after the worker has stopped). */
function runWriter(makeJob: () => StickerJob, writerPath: string, signal: AbortSignal | undefined, onDone: (done: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(cancelled());
      return;
    }
    const worker = new Worker(writerPath, {
      workerData: makeJob(),
      // A bounded heap keeps the batch's memory flat whatever its size.
      resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 24 },
    });
    let settled = false;
    const finish = (error: Error | null) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve();
    };
    const onAbort = () => {
      void worker.terminate().then(() => finish(cancelled()));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    let completed = false;
    worker.on('message', (m: WriterMessage) => {
      if (m.type === 'progress') onDone(m.done);
      else if (m.type === 'error') {
        // Stop the thread before its temp files are deleted by the caller.
        void worker.terminate().finally(() => finish(new Error(m.message)));
      } else if (m.type === 'done') {
        // Both files are closed; the thread ends by itself (or is stopped here) and that is success.
        completed = true;
        void worker.terminate();
        finish(null);
      }
    });
    worker.on('error', (e) => finish(e));
    worker.on('exit', (code) =>
      finish(completed ? null : signal?.aborted ? cancelled() : code === 0 ? new Error('the batch writer ended early') : new Error(`the batch writer stopped (code ${code})`)),
    );
  });
}

/** Runs a batch over already-checked CSV rows. Throws an AppFailure with code `cancelled` when aborted. */
export async function runBatch(services: ConsoleServices, csv: FleetCsv, options: BatchOptions): Promise<BatchReport> {
  const started = performance.now();
  const warnings = [...csv.warnings];
  const rejected = csv.rejected.map((r) => ({ row: r.row, plate: r.plate, reason: r.reason }));
  if (csv.rows.length === 0) fail('validation', 'No row of the file has a valid registration mark.', '檔案中沒有任何有效的車牌號碼。');
  if (!options.workerPath) fail('internal', 'The batch workers are not built (run npm run build).');
  const planned = plan(services, csv.rows, warnings);
  const signer = services.keys.activeSigner();
  const total = planned.length;
  const progress = (phase: BatchProgress['phase'], done: number) => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    options.onProgress?.({ phase, done, total, rate, secondsLeft: rate > 0 ? (total - done) / rate : 0 });
  };
  const pdfTemp = tempPathFor(options.pdfPath);
  const manifestTemp = options.manifestPath ? tempPathFor(options.manifestPath) : null;
  const removeTemps = () => {
    rmSync(pdfTemp, { force: true });
    if (manifestTemp) rmSync(manifestTemp, { force: true });
  };
  // Built inside a function and handed to the worker: no variable here keeps this copy of the plan alive.
  const makeJob = (): StickerJob => ({
    items: planned.map(({ reactivate: _r, ...p }) => p),
    template: options.template,
    pdfTemp,
    manifestTemp,
    title: `Taxi check-in ${options.template === 'sheet' ? 'stickers' : 'cards'} (${total})`,
    schemeName: services.settings.get().schemeName,
    issuedOn: hkIsoDate(services.clock()),
    kid: signer.kid,
    // The unsealed key goes only to this process's own worker threads, never over IPC.
    pkcs8: new Uint8Array(signer.keyObject.export({ format: 'der', type: 'pkcs8' })),
    resourcesDir: services.resourcesDir,
    encoderPath: options.workerPath,
    workers: options.workers,
  });
  progress('generating', 0);
  try {
    await runWriter(makeJob, join(dirname(options.workerPath), 'batch-writer.js'), options.signal, (done) => progress('generating', done));
    if (options.signal?.aborted) throw cancelled();
    progress('saving', total);
    commitPlan(services, planned);
  } catch (error) {
    removeTemps();
    if (error instanceof AppFailure && error.appError.code === 'cancelled') progress('cancelled', 0);
    throw error;
  }
  try {
    renameIntoPlace(pdfTemp, options.pdfPath);
    if (manifestTemp && options.manifestPath) renameIntoPlace(manifestTemp, options.manifestPath);
  } catch (error) {
    removeTemps();
    // The venues are saved and valid; running the same file again reuses them and prints their stickers.
    fail(
      'io',
      `The taxi venues were saved, but the files could not be written (${(error as Error).message}). Run the same file again to print their stickers; nothing will be duplicated.`,
      `的士場所已儲存，但未能寫入檔案。請以同一檔案再執行一次以列印貼紙；不會產生重複。`,
    );
  }
  progress('done', total);
  return {
    created: planned.filter((p) => p.status === 'created').length,
    reused: planned.filter((p) => p.status === 'reused').length,
    rejected,
    warnings,
    pages: pagesFor(options.template, total),
    pdf: options.pdfPath,
    manifest: options.manifestPath ?? null,
    seconds: (performance.now() - started) / 1000,
  };
}
