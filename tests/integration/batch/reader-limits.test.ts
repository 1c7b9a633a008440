/** The CSV reader thread survives hostile files and answers with rows, not a crash (issue 8 §6). Needs `npm run build`. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FleetCsvError, readFleetCsvInWorker, REJECTED_SHOWN_MAX } from '../../../services/batch/fleet-csv';
import { threadPath } from '../../../services/threads/thread-entries';
import { THREADS_DIR } from '../../helpers/temp-services';

const READER = THREADS_DIR;

describe('the CSV reader thread', () => {
  it('is built', () => {
    expect(existsSync(threadPath(THREADS_DIR, 'batch-reader')), 'run `npm run build` first').toBe(true);
  });

  it('reads a million duplicate rows in its bounded heap: 1,000 listed, the rest counted', async () => {
    const csv = await readFleetCsvInWorker(`plate\n${'AB12\n'.repeat(1_000_000)}CD34\n`, READER);
    expect(csv.rows.length).toBe(2);
    expect(csv.rejected).toHaveLength(REJECTED_SHOWN_MAX);
    expect(csv.rejectedNotShown).toBe(999_999 - REJECTED_SHOWN_MAX);
  });

  it('rejects the row of a 50 MB cell and reads the rest', async () => {
    const csv = await readFleetCsvInWorker(new TextEncoder().encode(`plate,notes\n${'A'.repeat(50_000_000)},x\nAB12,ok\n`), READER);
    expect(csv.rows.length).toBe(1);
    expect(csv.rejected.map((r) => [r.row, r.plate.length])).toEqual([[2, 41]]);
  });

  it('refuses invalid UTF-8 bytes as a file it cannot read', async () => {
    await expect(readFleetCsvInWorker(new Uint8Array([...new TextEncoder().encode('plate\nAB'), 0xff, 0x0a]), READER)).rejects.toBeInstanceOf(FleetCsvError);
  });
});
