import { describe, expect, it } from 'vitest';
import { FleetTable, FleetTableBuilder, type FleetRow } from '../../../services/batch/fleet-table';
import { readFleetCsv } from '../../../services/batch/fleet-csv';

const row = (i: number, over: Partial<FleetRow> = {}): FleetRow => ({
  row: i + 2,
  plate: `AB${i}`,
  fleet: `F${i % 3}`,
  companyEn: 'Star Taxi Co',
  companyZh: '星星的士公司',
  notes: i % 2 ? `spare car ${i}` : '',
  ...over,
});

describe('fleet table (vehicles in columns)', () => {
  it('gives back every row as it was added, past its first growth, storing repeated text once', () => {
    const b = new FleetTableBuilder();
    const rows = Array.from({ length: 3000 }, (_, i) => row(i));
    for (const r of rows) b.add(r);
    const table = b.finish();
    expect(table.length).toBe(3000);
    expect([...table]).toEqual(rows);
    expect(table.plate(2999)).toBe('AB2999');
    // 3 fleets, 1 company in each language, '' and 1,500 distinct notes.
    expect(table.data.strings).toHaveLength(3 + 1 + 1 + 1 + 1500);
  });

  it('keeps the plan (venue id, status) beside the rows, and survives a structured clone', () => {
    const b = new FleetTableBuilder();
    b.add(row(1, { plate: 'ZZ8888' }));
    b.add(row(2, { plate: 'A1' }));
    const planned = b.finish().withPlan((i, set) => (i === 0 ? set('23456789A', 'created') : set('BCDEFGHJK', 'reactivated')));
    const copy = new FleetTable(structuredClone(planned.data));
    expect([copy.venueId(0), copy.status(0), copy.venueId(1), copy.status(1)]).toEqual(['23456789A', 'created', 'BCDEFGHJK', 'reactivated']);
    expect(copy.at(1)).toEqual(row(2, { plate: 'A1' }));
    expect(() => b.finish().venueId(0)).toThrow(/not planned/);
  });

  it('refuses a plate that does not fit its 8 ASCII bytes', () => {
    const b = new FleetTableBuilder();
    expect(() => b.add(row(0, { plate: 'ABCDEFGHJ' }))).toThrow(RangeError);
    expect(() => b.add(row(0, { plate: 'ＡB1' }))).toThrow(RangeError);
  });
});

describe('fleet CSV notes', () => {
  it('copies notes through and rejects a note longer than 500 characters', () => {
    const long = 'n'.repeat(501);
    const result = readFleetCsv(`plate,notes\nAB1,"spare, night"\nAB2,${long}\n`);
    expect([...result.rows].map((r) => r.notes)).toEqual(['spare, night']);
    expect(result.rejected).toEqual([{ row: 3, plate: 'AB2', reason: 'The notes column must be at most 500 characters.', reasonZh: '備註（notes）欄不可超過 500 個字元。' }]);
  });
});
