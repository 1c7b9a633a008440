/**
 * Fleet CSV findings of issue 10 §3: a header-only file, full-width plates from Chinese input methods, a header
 * without a plate column (naming the columns found) and the Chinese headers 車牌 / 車牌號碼.
 */
import { describe, expect, it } from 'vitest';
import { FleetCsvError, readFleetCsv } from '../../../services/batch/fleet-csv';
import { isValidPlate, normalisePlate, plateProblem } from '../../../shared/checkin/plate';

const refusal = (csv: string): FleetCsvError => {
  try {
    readFleetCsv(csv);
  } catch (error) {
    if (error instanceof FleetCsvError) return error;
    throw error;
  }
  throw new Error('the file was read');
};

describe('fleet CSV: rows, plates and headers', () => {
  it('says a header-only file has no vehicle rows, in both languages', () => {
    for (const csv of ['plate,fleet\r\n', 'plate', '\uFEFFplate,company_en\n']) {
      const error = refusal(csv);
      expect(error.message).toBe('The file has no vehicle rows: it holds only the header.');
      expect(error.messageZh).toBe('檔案沒有任何車輛資料行：只有標題列。');
    }
  });

  it('folds full-width letters, digits and spaces (ＬＧ１２３４) to ASCII, and still refuses ß, ſ and ﬀ', () => {
    expect(normalisePlate('ＬＧ１２３４')).toBe('LG1234');
    expect(normalisePlate('ｌｇ\u3000１２')).toBe('LG12');
    expect(plateProblem('ＬＧ１２３４')).toBeNull();
    expect(isValidPlate('ＡＢ　１２３')).toBe(true);
    for (const bad of ['ﬀ123', 'ſ88', 'AB12ß', 'ＬＧ－１', 'ＬＧ＃１', '①２３']) expect(plateProblem(bad), bad).toBe('symbols');
    expect(plateProblem('ＩＯ１')).toBe('letters-i-o-q');
    const csv = readFleetCsv('plate\nＬＧ１２３４\nｃｄ　８８\nLG1234\n');
    expect([...csv.rows].map((r) => r.plate)).toEqual(['LG1234', 'CD88']);
    expect(csv.rejected).toEqual([{ row: 4, plate: 'LG1234', reason: 'Duplicate of row 2.', reasonZh: '與第 2 行重複。' }]);
  });

  it('names the columns it found when there is no plate column', () => {
    const error = refusal('registration,fleet,company_en\nAB1,x,y\n');
    expect(error.message).toMatch(/no "plate" column/);
    expect(error.message).toMatch(/Columns found: registration, fleet, company_en\./);
    expect(error.messageZh).toMatch(/找到的欄位：registration、fleet、company_en/);
  });

  it('recognises 車牌 and 車牌號碼 as the plate column', () => {
    for (const header of ['車牌', '車牌號碼', ' 車牌號碼 ']) {
      const csv = readFleetCsv(`${header},company_zh\nAB1234,金星的士\n`);
      expect([...csv.rows].map((r) => [r.plate, r.companyZh])).toEqual([['AB1234', '金星的士']]);
      expect(csv.warnings).toEqual([]);
    }
  });
});
