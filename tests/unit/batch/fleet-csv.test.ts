import { describe, expect, it } from 'vitest';
import { FleetCsvError, readFleetCsv } from '../../../services/batch/fleet-csv';
import { csvCell, manifestLine } from '../../../services/batch/manifest-csv';
import { messyFleetCsv } from '../../helpers/fleet-fixtures';

describe('fleet CSV import', () => {
  it('reports every bad row of the 200-row file with its row number, plate as written and reason', () => {
    const { csv, valid, rejected } = messyFleetCsv();
    const result = readFleetCsv(csv);
    expect(result.rows).toHaveLength(valid);
    expect(result.rejected.map((r) => r.row).sort((a, b) => a - b)).toEqual([...rejected.keys()].sort((a, b) => a - b));
    for (const r of result.rejected) {
      expect(r.reason).toMatch(rejected.get(r.row) as RegExp);
      expect(r.reasonZh.length).toBeGreaterThan(2);
    }
    expect(result.rejected.find((r) => r.reason.startsWith('Duplicate'))?.plate).toMatch(/^[A-Z]{2}\d+$/);
    expect(result.rejected.find((r) => /I, O or Q/.test(r.reason))?.plate).toBe('IO 1234');
    expect(result.warnings).toEqual([{ en: 'Ignored column: colour', zh: '已略過欄位：colour' }]);
  });

  it('normalises plates and keeps quoted commas, quotes and newlines inside fields', () => {
    const { csv } = messyFleetCsv();
    const rows = [...readFleetCsv(csv).rows];
    expect(rows.every((r) => /^[A-HJ-NPR-Z0-9]{1,8}$/.test(r.plate))).toBe(true);
    const quoted = rows.find((r) => r.plate === 'ZZ1');
    expect(quoted?.companyEn).toBe('Star, "Night" Taxis'); // the line break typed in the cell prints as a space
    // The quoted newline is inside one record: the rows after it keep their numbers.
    const formula = rows.find((r) => r.plate === 'ZZ2');
    expect(formula?.row).toBe((quoted?.row ?? 0) + 1);
  });

  it('reads LF files without a BOM and refuses a file without a plate column', () => {
    expect(readFleetCsv('plate\nab 123\nAB123\n').rejected).toEqual([{ row: 3, plate: 'AB123', reason: 'Duplicate of row 2.', reasonZh: '與第 2 行重複。' }]);
    expect(() => readFleetCsv('registration,fleet\nAB1,x\n')).toThrow(FleetCsvError);
    expect(() => readFleetCsv('plate\n"unterminated\n')).toThrow(/not valid CSV/);
  });
});

describe('manifest CSV', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const evil of ['=1+1', '+61', '-2', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(evil).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('Star Taxi Co')).toBe('Star Taxi Co');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(manifestLine({ plate: 'AB1', venueId: 'X', code: 'VC1:1', fleet: '', companyEn: '-x', companyZh: '公司', notes: '@home', status: 'created' })).toBe(
      "AB1,X,VC1:1,,'-x,公司,'@home,created\r\n",
    );
  });
});
