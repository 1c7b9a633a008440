/**
 * The batch reader thread: parses and checks one fleet CSV (see fleet-csv.ts) and hands back the valid rows
 * as column arrays (moved, not copied) with the rejected rows and warnings. Reading 18,000 rows creates a
 * burst of short-lived objects; here they live and die in a small heap that is thrown away with the thread,
 * instead of growing the app's main thread for good (docs/decisions.md, "Fleet rows in columns").
 */
import { threadPort } from '../threads/thread-port';
import { FleetCsvError, readFleetCsv, type ReaderProtocol } from './fleet-csv';

const port = threadPort<ReaderProtocol>();
try {
  const csv = readFleetCsv(port.init.input);
  const rows = csv.rows.data;
  port.post({ type: 'read', rows, rejected: csv.rejected, rejectedNotShown: csv.rejectedNotShown, warnings: csv.warnings, encoding: csv.encoding }, [
    rows.rows.buffer,
    rows.plates.buffer,
    rows.text.buffer,
  ] as ArrayBuffer[]);
} catch (error) {
  if (error instanceof FleetCsvError) port.post({ type: 'invalid', message: error.message, messageZh: error.messageZh });
  else port.post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
