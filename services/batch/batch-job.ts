/**
 * A fleet batch: checked CSV rows → signed taxi codes → a sticker PDF (and a manifest CSV), with progress
 * and cancel. The writer worker lays out pages and streams them to temp files while its encoder workers
 * sign and encode codes on every core; this thread only plans, relays progress and commits. Nothing reaches
 * the database or the chosen file names until both files are complete: then one transaction writes every
 * new taxi venue and the files are renamed into place. A cancelled or failed batch leaves no file and no rows.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppFailure, fail } from '../../shared/errors';
import type { BatchPhase, BatchReport } from '../../shared/batch/batch-status';
import { VENUE_ID_ALPHABET } from '../../shared/venue/venue-id';
import type { CodeSigning } from '../codes/code-issuer';
import { renameIntoPlace, tempPathFor } from '../files/atomic-file';
import { removeStaleTempFiles } from '../files/stale-temp-files';
import { checkOutputTargets, type OutputTarget } from '../files/output-target';
import { startWorker } from '../threads/start-worker';
import { newStopFlag } from '../threads/stop-flag';
import type { BatchDeps } from './batch-deps';
import type { BatchWarning, FleetCsv } from './fleet-csv';
import type { FleetTable } from './fleet-table';
import { pagesFor, type StickerTemplate } from './sticker-layout';
import type { FitNotes, StickerJob, WriterProtocol } from './sticker-pdf';

/** Progress of a running batch. */
export interface BatchProgress {
  phase: Extract<BatchPhase, 'generating' | 'saving' | 'done' | 'cancelled'>;
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
  /** Where the PDF goes; checked (with the manifest and `inputs`) before anything is written, and again before the rename. */
  pdfPath: string;
  manifestPath?: string | undefined;
  /** Files the batch read (the CLI's --csv): an output may not be one of them. */
  inputs?: readonly string[] | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((p: BatchProgress) => void) | undefined;
  /** Encoder threads (default: one per core). */
  workers?: number | undefined;
}

/** What a batch did (the CLI's --report JSON): the output of `batchReportSchema`. */
export type { BatchReport };

/**
 * Decides, per plate, whether it reuses a registered taxi venue (reactivating a deactivated one) or gets a
 * new id. Writes nothing; returns the table with a venue id and status per vehicle.
 */
function plan(deps: BatchDeps, rows: FleetTable, warnings: BatchWarning[]): FleetTable {
  // New ids must differ from each other as well as from the database. The batch remembers the number its
  // id's first six characters spell (31^6 < 2^30: a small integer, so the set holds no string per vehicle)
  // and draws again on a repeat: a little stricter than needed (a repeat is rare, 1 in 25,000 at 36,000
  // vehicles), and it keeps the planning thread's heap flat however many vehicles come.
  const prefixes = new Set<number>();
  const prefixOf = (id: string) => {
    let v = 0;
    for (let k = 0; k < 6; k++) v = v * VENUE_ID_ALPHABET.length + VENUE_ID_ALPHABET.indexOf(id[k] as string);
    return v;
  };
  const taxis = deps.venues.taxisByPlate();
  return rows.withPlan((i, set) => {
    const plate = rows.plate(i);
    const existing = taxis.get(plate);
    if (existing) {
      if (existing.status !== 'deactivated') return set(existing.id, 'reused');
      warnings.push({ en: `Row ${rows.row(i)}: ${plate} was deactivated; it is active again.`, zh: `第 ${rows.row(i)} 行：${plate} 曾停用，現已重新啟用。` });
      return set(existing.id, 'reactivated');
    }
    let venueId = deps.venues.newId();
    while (prefixes.has(prefixOf(venueId))) venueId = deps.venues.newId();
    prefixes.add(prefixOf(venueId));
    set(venueId, 'created');
  });
}

/**
 * Writes the plan in one transaction, checking it again first: the page may have changed venues while the
 * stickers were being made. A plate registered meanwhile is a conflict (nothing is written); a reused taxi
 * deactivated meanwhile is made active again, so the printed codes verify. Each vehicle's code is recorded
 * as signed with the batch's key (through the code issuer), so revoking that key lists these taxis.
 */
function commitPlan(deps: BatchDeps, planned: FleetTable, signing: CodeSigning): void {
  deps.transaction(() => {
    const registered = deps.venues.taxisByPlate();
    for (let i = 0; i < planned.length; i++) {
      const plate = planned.plate(i);
      const venueId = planned.venueId(i);
      const now = registered.get(plate);
      if (planned.status(i) === 'created') {
        if (now || deps.venues.idTaken(venueId)) {
          fail(
            'conflict',
            `${plate} was registered while the batch ran; nothing was saved. Run the file again.`,
            `批次進行期間 ${plate} 已被登記；沒有儲存任何資料。請再執行一次。`,
          );
        }
        deps.venues.insertTaxi({ id: venueId, plate, companyEn: planned.text(i, 'companyEn'), companyZh: planned.text(i, 'companyZh') });
      } else if (now?.id !== venueId) {
        fail('conflict', `${plate} changed while the batch ran; nothing was saved. Run the file again.`, `批次進行期間 ${plate} 已更改；沒有儲存任何資料。`);
      } else if (now.status === 'deactivated') {
        deps.venues.setStatus(venueId, 'active');
      }
      deps.issuer.recordBatchCode(signing, venueId);
    }
  });
}

const cancelled = () =>
  new AppFailure({ code: 'cancelled', message: 'The batch was cancelled; no file was written and no venue was added.', messageZh: '已取消：沒有寫入檔案，也沒有新增場所。' });

const outOfMemory = (e: Error | string) => /ERR_WORKER_OUT_OF_MEMORY|reaching memory limit/.test(typeof e === 'string' ? e : `${(e as { code?: string }).code} ${e.message}`);
const tooBig = () =>
  new AppFailure({
    code: 'internal',
    message: 'The batch ran out of memory and stopped; no file was written and no venue was added. Split the file and run the parts one by one.',
    messageZh: '批次記憶體不足而停止：沒有寫入檔案，也沒有新增場所。請把檔案分拆後逐一執行。',
  });

/** The report's words for what the writer cut short to fit. */
function fitWarnings(notes: FitNotes | null, template: StickerTemplate): BatchWarning[] {
  const warnings: BatchWarning[] = [];
  if (!notes) return warnings;
  if (notes.schemeShortened) {
    warnings.push({ en: 'The scheme name is too long for the stickers and was shortened with "…".', zh: '計劃名稱太長，貼紙上已以「…」縮短。' });
  }
  if (notes.shortenedCount > 0) {
    const which = notes.shortened.map((s) => `row ${s.row} (${s.plate})`).join(', ');
    const whichZh = notes.shortened.map((s) => `第 ${s.row} 行（${s.plate}）`).join('、');
    const more = notes.shortenedCount - notes.shortened.length;
    const kind = `${template === 'card' ? 'card' : 'sticker'}${notes.shortenedCount === 1 ? '' : 's'}`;
    warnings.push({
      en: `Company names too long to print whole were shortened with "…" on ${notes.shortenedCount} ${kind}: ${which}${more > 0 ? ` and ${more} more` : ''}.`,
      zh: `${notes.shortenedCount} 張${template === 'card' ? '卡' : '貼紙'}上的公司名稱太長，已以「…」縮短：${whichZh}${more > 0 ? `，另有 ${more} 張` : ''}。`,
    });
  }
  return warnings;
}

/** How long a cancelled writer may take to stop its encoders and leave before it is terminated. */
const WRITER_LEAVE_GRACE_MS = 3_000;

/**
 * Runs the writer thread to completion; rejects on error or abort (after the thread has stopped). Returns the
 * writer's fit notes. Abort raises the batch's stop flag: the threads stop between vehicles and leave by
 * themselves (terminating one in the middle of native work can abort the process), terminated only if late.
 */
async function runWriter(makeJob: (stop: SharedArrayBuffer) => StickerJob, threadsDir: string, signal: AbortSignal | undefined, onDone: (done: number) => void): Promise<FitNotes | null> {
  if (signal?.aborted) throw cancelled();
  // What the thread said before it stopped: null for 'done', an error for 'error' or 'cancelled'. The function
  // returns only once the thread has stopped, so the caller never deletes temp files a live thread still writes.
  let outcome: Error | null | undefined;
  let notes: FitNotes | null = null;
  const stop = newStopFlag();
  const writer = startWorker<WriterProtocol>('batch-writer', {
    threadsDir,
    init: makeJob(stop.buffer),
    // A bounded heap keeps the batch's memory flat whatever its size.
    resourceLimits: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 12 },
    onMessage: (m) => {
      if (m.type === 'progress') onDone(m.done);
      else if (m.type === 'cancelled') outcome ??= cancelled(); // the thread ends by itself
      else {
        // 'done': both files are closed and the encoders gone, so stopping the thread now is success; 'error': report.
        if (m.type === 'done') notes = m;
        outcome ??= m.type === 'done' ? null : outOfMemory(m.message) ? tooBig() : new Error(m.message);
        void writer.stop();
      }
    },
  });
  const onAbort = () => {
    stop.raise();
    void writer.stopAfter(WRITER_LEAVE_GRACE_MS);
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    await writer.exited;
  } catch (error) {
    outcome ??= outOfMemory(error as Error) ? tooBig() : (error as Error);
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  const result = outcome !== undefined ? outcome : signal?.aborted ? cancelled() : new Error('the batch writer ended early');
  if (result) throw result;
  return notes;
}

/** Runs a batch over already-checked CSV rows. Throws an AppFailure with code `cancelled` when aborted. */
export async function runBatch(deps: BatchDeps, csv: FleetCsv, options: BatchOptions): Promise<BatchReport> {
  const started = performance.now();
  const warnings = [...csv.warnings];
  const rejected = csv.rejected.map((r) => ({ row: r.row, plate: r.plate, reason: r.reason }));
  if (csv.rows.length === 0) fail('validation', 'No row of the file has a valid registration mark.', '檔案中沒有任何有效的車牌號碼。');
  if (!deps.threadsDir) fail('internal', 'The batch workers are not built (run npm run build).');
  const checkTargets = () =>
    checkOutputTargets([options.pdfPath, ...(options.manifestPath ? [options.manifestPath] : [])], { dataDir: deps.dataDir, inputs: options.inputs ?? [] });
  const [pdfTarget, manifestTarget] = checkTargets() as [OutputTarget, OutputTarget | undefined];
  const planned = plan(deps, csv.rows, warnings);
  const signing = deps.issuer.batchSigning();
  const total = planned.length;
  const progress = (phase: BatchProgress['phase'], done: number) => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    options.onProgress?.({ phase, done, total, rate, secondsLeft: rate > 0 ? (total - done) / rate : 0 });
  };
  // A killed run (SIGKILL, power cut) left its hidden temp files here: remove them before adding ours.
  for (const dir of new Set([dirname(pdfTarget), ...(manifestTarget ? [dirname(manifestTarget)] : [])])) removeStaleTempFiles(dir);
  const pdfTemp = tempPathFor(pdfTarget);
  const manifestTemp = manifestTarget ? tempPathFor(manifestTarget) : null;
  const removeTemps = () => {
    rmSync(pdfTemp, { force: true });
    if (manifestTemp) rmSync(manifestTemp, { force: true });
  };
  // Built inside a function and handed to the worker: no variable here keeps the job (and key bytes) alive.
  const makeJob = (stop: SharedArrayBuffer): StickerJob => ({
    vehicles: planned.data,
    template: options.template,
    pdfTemp,
    manifestTemp,
    title: `Taxi check-in ${options.template === 'sheet' ? 'stickers' : 'cards'} (${total})`,
    schemeName: deps.schemeName(),
    signing: { kid: signing.kid, issuedOn: signing.issuedOn },
    // The unsealed key goes only to this process's own worker threads, never over IPC.
    pkcs8: new Uint8Array(signing.keyObject.export({ format: 'der', type: 'pkcs8' })),
    resourcesDir: deps.resourcesDir,
    threadsDir: deps.threadsDir,
    workers: options.workers,
    stop,
  });
  progress('generating', 0);
  try {
    warnings.push(...fitWarnings(await runWriter(makeJob, deps.threadsDir, options.signal, (done) => progress('generating', done)), options.template));
    if (options.signal?.aborted) throw cancelled();
    progress('saving', total);
    checkTargets(); // a link or file may have appeared at a target while the stickers were made
    commitPlan(deps, planned, signing);
  } catch (error) {
    removeTemps();
    if (error instanceof AppFailure && error.appError.code === 'cancelled') progress('cancelled', 0);
    throw error;
  }
  try {
    renameIntoPlace(pdfTemp, pdfTarget);
    if (manifestTemp && manifestTarget) renameIntoPlace(manifestTemp, manifestTarget);
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
  let created = 0;
  for (let i = 0; i < total; i++) if (planned.status(i) === 'created') created++;
  return {
    created,
    reused: total - created,
    rejected,
    rejectedNotShown: csv.rejectedNotShown,
    warnings,
    pages: pagesFor(options.template, total),
    pdf: options.pdfPath,
    manifest: options.manifestPath ?? null,
    seconds: (performance.now() - started) / 1000,
  };
}
