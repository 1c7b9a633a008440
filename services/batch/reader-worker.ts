/**
 * The batch reader thread: parses and checks one fleet CSV (see fleet-csv.ts) and hands back the valid rows
 * as column arrays (moved, not copied) with the rejected rows and warnings. Reading 18,000 rows creates a
 * burst of short-lived objects; here they live and die in a small heap that is thrown away with the thread,
 * instead of growing the app's main thread for good (docs/decisions.md, "Fleet rows in columns").
 */
import { parentPort, workerData } from 'node:worker_threads';
import { FleetCsvError, readFleetCsv, type RejectedRow, type BatchWarning } from './fleet-csv';
import type { FleetTableData } from './fleet-table';

/** What the reader sends back. */
export type ReaderMessage =
  | { type: 'read'; rows: FleetTableData; rejected: RejectedRow[]; rejectedNotShown: number; warnings: BatchWarning[] }
  | { type: 'invalid'; message: string; messageZh: string }
  | { type: 'error'; message: string };

const post = (m: ReaderMessage, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(m, transfer);
try {
  const csv = readFleetCsv((workerData as { input: string | Uint8Array }).input);
  const rows = csv.rows.data;
  post({ type: 'read', rows, rejected: csv.rejected, rejectedNotShown: csv.rejectedNotShown, warnings: csv.warnings }, [rows.rows.buffer, rows.plates.buffer, rows.text.buffer] as ArrayBuffer[]);
} catch (error) {
  if (error instanceof FleetCsvError) post({ type: 'invalid', message: error.message, messageZh: error.messageZh });
  else post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
