/**
 * Fleet CSVs in the encodings Excel and other tools save (issue 10 §1): UTF-8 with and without a BOM, UTF-16 LE
 * and BE with a BOM, and Big5-HKSCS (what plain "CSV" gives on a Traditional-Chinese Windows). The fixtures in
 * tests/fixtures/fleet-csv/ were made from one UTF-8 text with `iconv -f UTF-8 -t BIG5-HKSCS` (or UTF-16LE/BE
 * with the BOM written before it); the notes hold HKSCS characters (𨋢 U+282E2, 啫 U+556B, 衞 U+885E).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FleetCsvError, readFleetCsv } from '../../../services/batch/fleet-csv';
import { csvText } from '../../../services/batch/csv-text';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/fleet-csv/${name}`, import.meta.url)));
const refusal = (input: Uint8Array): FleetCsvError => {
  try {
    readFleetCsv(input);
  } catch (error) {
    if (error instanceof FleetCsvError) return error;
    throw error;
  }
  throw new Error('the file was read');
};

describe('fleet CSV encodings', () => {
  for (const [file, encoding] of [
    ['big5-hkscs.csv', 'big5-hkscs'],
    ['utf8-bom.csv', 'utf-8-bom'],
    ['utf16le-bom.csv', 'utf-16le'],
    ['utf16be-bom.csv', 'utf-16be'],
  ] as const) {
    it(`reads ${file} as ${encoding}, Chinese and HKSCS characters included`, () => {
      const csv = readFleetCsv(fixture(file));
      expect(csv.encoding).toBe(encoding);
      expect(csv.rejected).toEqual([]);
      const rows = [...csv.rows];
      expect(rows.map((r) => r.plate)).toEqual(['AB1234', 'CD88', 'EF5678', 'GH321']);
      expect(rows.every((r) => r.companyZh === '金星的士有限公司' && r.companyEn === 'Golden Star Taxi')).toBe(true);
      expect(rows.map((r) => r.notes)).toEqual(['𨋢 lift at depot', '啫喱 night shift', '衞生 check', '']);
    });
  }

  it('reads a file without a BOM that is valid UTF-8 as UTF-8', () => {
    const text = new TextDecoder().decode(fixture('utf8-bom.csv').subarray(3));
    expect(readFleetCsv(new TextEncoder().encode(text)).encoding).toBe('utf-8');
    expect(csvText(new TextEncoder().encode('plate\nAB12\n'))).toEqual({ text: 'plate\nAB12\n', encoding: 'utf-8' });
  });

  it('refuses invalid UTF-8 with the byte offset and how to save as CSV UTF-8, in both languages', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('plate,company_en\nAB12,Caf'), 0xe9, 0x20, 0x0a]);
    const error = refusal(bytes);
    expect(error.message).toMatch(/byte 25 \(line 2\)/);
    expect(error.message).toMatch(/CSV UTF-8/);
    expect(error.messageZh).toMatch(/第 25 個位元組/);
    expect(error.messageZh).toMatch(/CSV UTF-8/);
  });

  it('refuses a Big5 file with an invalid sequence, naming Big5 and the byte offset', () => {
    const big5 = fixture('big5-hkscs.csv');
    // A lead byte followed by a space (not a Big5 trail byte) at offset 60, inside "Golden Star Taxi".
    const bad = new Uint8Array([...big5.subarray(0, 60), 0xa4, 0x20, ...big5.subarray(60)]);
    const error = refusal(bad);
    expect(error.message).toMatch(/not valid Big5-HKSCS .*text: byte 60 \(line 2\)/);
    expect(error.message).toMatch(/CSV UTF-8/);
    expect(error.messageZh).toMatch(/不是有效的 Big5-HKSCS/);
    expect(error.messageZh).toMatch(/第 60 個位元組/);
  });

  it('refuses a UTF-16 file with a broken surrogate pair or an odd length, with the byte offset', () => {
    const le = fixture('utf16le-bom.csv');
    expect(refusal(le.subarray(0, le.length - 1)).message).toMatch(new RegExp(`byte ${le.length - 2} \\(line 5\\)`));
    // A lone high surrogate (D83D) in place of the "A" of the second line's plate.
    const offset = [...le].findIndex((b, i) => i % 2 === 0 && b === 0x41 && le[i + 1] === 0);
    const lone = new Uint8Array(le);
    lone[offset] = 0x3d;
    lone[offset + 1] = 0xd8;
    expect(refusal(lone).message).toMatch(new RegExp(`byte ${offset} \\(line 2\\)`));
  });
});
