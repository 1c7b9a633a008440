/**
 * Batches running in the app: started by one IPC call, watched by polling, cancelled by another. One batch
 * at a time (each uses every core). Finished jobs are kept until the next one starts, so the page can show
 * the outcome after a reload.
 */
import { randomUUID } from 'node:crypto';
import { AppFailure, fail, type AppError } from '../../shared/errors';
import { describeUnexpectedError } from '../errors/describe-error';
import { checkOutputTargets } from '../files/output-target';
import type { BatchStatus } from '../../shared/batch/batch-status';
import type { BatchDeps } from './batch-deps';
import { runBatch } from './batch-job';
import { FleetCsvError, readFleetCsvInWorker, type FleetCsv } from './fleet-csv';
import type { StickerTemplate } from './sticker-layout';

/** What the page sees of a job: the output of `batchStatusSchema`. */
export type { BatchStatus };

/** The app's batch jobs. */
export class BatchJobs {
  private current: { status: BatchStatus; controller: AbortController; finished: Promise<void> } | null = null;

  constructor(private readonly deps: BatchDeps) {}

  /** Reads and checks a fleet CSV off this thread; a file that cannot be read at all is a validation failure. */
  async read(csv: string | Uint8Array): Promise<FleetCsv> {
    if (!this.deps.threadsDir) fail('internal', 'The batch workers are not built (run npm run build).');
    try {
      return await readFleetCsvInWorker(csv, this.deps.threadsDir);
    } catch (error) {
      if (error instanceof FleetCsvError) fail('validation', error.message, error.messageZh);
      throw error;
    }
  }

  /** Starts a batch in the background; refuses while another is running, or output paths `checkOutputTarget` refuses. */
  start(csv: FleetCsv, options: { template: StickerTemplate; pdfPath: string; manifestPath: string | null }): BatchStatus {
    if (this.current && this.isRunning(this.current.status)) {
      fail('conflict', 'A batch is already running; wait for it or cancel it first.', '另一批次正在進行；請等待完成或先取消。');
    }
    // Refused here, as the caller's error, before the job starts (runBatch checks again).
    checkOutputTargets([options.pdfPath, ...(options.manifestPath ? [options.manifestPath] : [])], { dataDir: this.deps.dataDir });
    const controller = new AbortController();
    const status: BatchStatus = {
      jobId: randomUUID(),
      phase: 'starting',
      done: 0,
      total: csv.rows.length,
      rate: 0,
      secondsLeft: 0,
      pdfPath: options.pdfPath,
      manifestPath: options.manifestPath,
      report: null,
      error: null,
    };
    const finished = runBatch(this.deps, csv, {
      template: options.template,
      pdfPath: options.pdfPath,
      manifestPath: options.manifestPath ?? undefined,
      signal: controller.signal,
      onProgress: (p) => Object.assign(status, p),
    }).then(
      (report) => {
        Object.assign(status, { phase: 'done', report, done: status.total, secondsLeft: 0 });
      },
      (error: unknown) => {
        const appError: AppError =
          error instanceof AppFailure ? error.appError : describeUnexpectedError(error, this.deps.errorLog('batch', error));
        Object.assign(status, { phase: appError.code === 'cancelled' ? 'cancelled' : 'failed', error: appError });
      },
    );
    this.current = { status, controller, finished };
    return { ...status };
  }

  /** The status of a job. */
  status(jobId: string): BatchStatus {
    if (!this.current || this.current.status.jobId !== jobId) fail('not-found', 'No such batch.', '找不到該批次。');
    return { ...this.current.status };
  }

  /** Asks a running job to stop; resolves once it has (files removed, nothing written). */
  async cancel(jobId: string): Promise<BatchStatus> {
    const job = this.current;
    if (!job || job.status.jobId !== jobId) fail('not-found', 'No such batch.', '找不到該批次。');
    job.controller.abort();
    await job.finished;
    return { ...job.status };
  }

  /** Cancels the running job, if any, and waits until it has stopped (used when the app quits). */
  async cancelCurrent(): Promise<void> {
    const job = this.current;
    if (!job || !this.isRunning(job.status)) return;
    job.controller.abort();
    await job.finished;
  }

  /** Waits for the current job (tests and shutdown). */
  async idle(): Promise<void> {
    await this.current?.finished;
  }

  private isRunning(s: BatchStatus): boolean {
    return s.phase === 'starting' || s.phase === 'generating' || s.phase === 'saving';
  }
}
