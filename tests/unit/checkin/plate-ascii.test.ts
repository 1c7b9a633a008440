/** Plates are ASCII letters and digits as typed: characters that upper-case into ASCII are refused, not converted. */
import { describe, expect, it } from 'vitest';
import { isValidPlate, plateProblem } from '../../../shared/checkin/plate';
import { readFleetCsv } from '../../../services/batch/fleet-csv';

describe('plates are ASCII as typed', () => {
  // Full-width ＬＧ１２３４ is folded to ASCII since issue 10 (tests/unit/batch/fleet-csv-items.test.ts).
  for (const plate of ['ß1', 'AB12ſ', 'ﬀ123', 'ǆ12', 'ﬅ1', 'ı123', '\u212A12']) {
    it(`refuses ${JSON.stringify(plate)} instead of converting it`, () => {
      expect(plateProblem(plate)).toBe('symbols');
      expect(isValidPlate(plate)).toBe(false);
    });
  }

  it('still accepts lower case ASCII and spaces', () => {
    expect(plateProblem('ab 1234')).toBeNull();
    expect(plateProblem('FF 12')).toBeNull();
  });

  it('rejects such a row in a fleet CSV', () => {
    const result = readFleetCsv('plate\nﬀ123\nſ88\nAB12ß\nFF123\n');
    expect(result.rows.length).toBe(1);
    expect(result.rejected.map((r) => r.plate)).toEqual(['ﬀ123', 'ſ88', 'AB12ß']);
    expect(result.rejected.every((r) => /A–Z/.test(r.reason))).toBe(true);
  });
});
