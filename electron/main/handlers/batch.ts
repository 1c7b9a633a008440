/** IPC handlers for fleet batches: preview a CSV, run it with progress, cancel, save the error list, open the result. */
import { fail } from '../../../shared/errors';
import type { Handlers } from '../ipc/dispatch';
import type { Platform } from '../../../services/platform/platform';
import type { BatchJobs } from '../../../services/batch/batch-jobs';
import { BatchDrafts } from '../../../services/batch/batch-drafts';
import { csvCell } from '../../../services/batch/manifest-csv';
import { pagesFor } from '../../../services/batch/sticker-layout';
import { writeFileAtomic } from '../../../services/files/atomic-file';
import { checkOutputTarget } from '../../../services/files/output-target';
import type { VenueRepository } from '../../../services/venues/venue-repository';

/** What the batch handlers use. */
export interface BatchHandlerDeps {
  batches: Pick<BatchJobs, 'read' | 'start' | 'status' | 'cancel'>;
  venues: Pick<VenueRepository, 'taxisByPlate'>;
  platform: Platform;
  /** The data folder: the rejected-rows file is never written onto its files. */
  dataDir: string;
  /** Previewed CSVs awaiting a start (one set per window by default). */
  drafts?: BatchDrafts;
}

/** Handlers for the fleet batch page. */
export function batchHandlers(
  s: BatchHandlerDeps,
): Pick<Handlers, 'previewBatch' | 'startBatch' | 'getBatchStatus' | 'cancelBatch' | 'saveRejectedRows' | 'openBatchOutput'> {
  const drafts = s.drafts ?? new BatchDrafts();
  return {
    previewBatch: async ({ csvBase64 }) => {
      // The file's bytes: the reader detects their encoding.
      const parsed = await s.batches.read(Buffer.from(csvBase64, 'base64'));
      const registered = s.venues.taxisByPlate();
      let alreadyRegistered = 0;
      for (let i = 0; i < parsed.rows.length; i++) if (registered.has(parsed.rows.plate(i))) alreadyRegistered++;
      return {
        valid: parsed.rows.length,
        alreadyRegistered,
        rejected: parsed.rejected,
        rejectedNotShown: parsed.rejectedNotShown,
        warnings: parsed.warnings,
        encoding: parsed.encoding,
        pages: { sheet: pagesFor('sheet', parsed.rows.length), card: pagesFor('card', parsed.rows.length) },
        draftId: drafts.put(parsed),
      };
    },
    startBatch: async ({ draftId, template, manifest }) => {
      // The rows the operator previewed, held in main: the file crosses IPC once.
      const parsed = drafts.get(draftId);
      if (parsed.rows.length === 0) fail('validation', 'No row of the file has a valid registration mark.', '檔案中沒有任何有效的車牌號碼。');
      const pdfPath = await s.platform.chooseSavePath({
        title: 'Save taxi stickers as PDF',
        defaultName: `taxi-${template === 'sheet' ? 'stickers' : 'cards'}-${parsed.rows.length}.pdf`,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (!pdfPath) return null;
      const manifestPath = manifest ? pdfPath.replace(/(\.pdf)?$/i, '-manifest.csv') : null;
      const status = s.batches.start(parsed, { template, pdfPath, manifestPath });
      drafts.drop(draftId);
      return status;
    },
    getBatchStatus: ({ jobId }) => s.batches.status(jobId),
    cancelBatch: ({ jobId }) => s.batches.cancel(jobId),
    saveRejectedRows: async ({ rejected }) => {
      const path = await s.platform.chooseSavePath({
        title: 'Save rejected rows',
        defaultName: 'rejected-rows.csv',
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      });
      if (!path) return { path: null };
      const lines = rejected.map((r) => `${[String(r.row), r.plate, r.reason, r.reasonZh].map(csvCell).join(',')}\r\n`);
      writeFileAtomic(checkOutputTarget(path, { dataDir: s.dataDir }), `\uFEFFrow,plate,reason,reason_zh\r\n${lines.join('')}`);
      return { path };
    },
    openBatchOutput: async ({ jobId, which }) => {
      // Only the files a finished batch wrote can be opened, never a path the page names.
      const status = s.batches.status(jobId);
      const path = which === 'pdf' ? status.pdfPath : status.manifestPath;
      if (status.phase !== 'done' || !path) fail('conflict', `The batch has no ${which === 'pdf' ? 'PDF' : 'manifest'} to open.`, '此批次沒有可開啟的檔案。');
      // Never hand the desktop a file it would run rather than show (a name typed as "x.exe" in the dialog).
      if (!/\.(pdf|csv)$/i.test(path)) fail('conflict', 'Only PDF and CSV files are opened from here.', '這裏只會開啟 PDF 及 CSV 檔案。');
      return { opened: await s.platform.openPath(path) };
    },
  };
}

