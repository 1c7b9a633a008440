/** Hostile fleet CSVs: giant cells, a million duplicates, invalid UTF-8, NUL in notes, escape sequences in headers (issue 8 §6). */
import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/ipc/console-contract';
import { FleetCsvError, readFleetCsv, REJECTED_SHOWN_MAX } from '../../../services/batch/fleet-csv';

const previewResponse = (r: ReturnType<typeof readFleetCsv>) =>
  contract.previewBatch.response.safeParse({ valid: r.rows.length, alreadyRegistered: 0, rejected: r.rejected, rejectedNotShown: r.rejectedNotShown, warnings: r.warnings, encoding: r.encoding, pages: { sheet: 1, card: 1 }, draftId: '0'.repeat(32) });

function refusal(input: string | Uint8Array): FleetCsvError {
  try {
    readFleetCsv(input);
  } catch (error) {
    if (error instanceof FleetCsvError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('hostile fleet CSVs', () => {
  it('rejects a plate cell over 1,000 characters as an ordinary row, echoing 40 characters of it', () => {
    const result = readFleetCsv(`plate\n${'X'.repeat(2000)}\nAB12\n`);
    expect(result.rows.length).toBe(1);
    expect(result.rejected).toHaveLength(1);
    const [row] = result.rejected;
    expect(row?.row).toBe(2);
    expect(row?.plate).toBe(`${'X'.repeat(40)}…`);
    expect(row?.reason.length).toBeLessThan(200);
    expect(row?.reasonZh.length).toBeGreaterThan(2);
    expect(previewResponse(result).success).toBe(true);
  });

  it('rejects a 50 MB plate cell and a 2 MB notes cell, and keeps going', () => {
    const result = readFleetCsv(`plate,notes\n${'A'.repeat(50_000_000)},x\nAB12,${'n'.repeat(2_000_000)}\nCD34,fine\n`);
    expect(result.rows.length).toBe(1);
    expect([...result.rows][0]?.plate).toBe('CD34');
    expect(result.rejected.map((r) => r.row)).toEqual([2, 3]);
    for (const r of result.rejected) {
      expect(r.reason).toMatch(/longer than/);
      expect(r.plate.length).toBeLessThanOrEqual(41);
    }
  });

  it('reports the first rejected rows of a million duplicates and counts the rest', () => {
    const result = readFleetCsv(`plate\n${'AB12\n'.repeat(1_000_000)}CD34\n`);
    expect(result.rows.length).toBe(2);
    expect(result.rejected).toHaveLength(REJECTED_SHOWN_MAX);
    expect(REJECTED_SHOWN_MAX).toBe(1000);
    expect(result.rejectedNotShown).toBe(999_999 - REJECTED_SHOWN_MAX);
    expect(result.warnings.some((w) => /999,999 rows were rejected/.test(w.en) && /999,999/.test(w.zh))).toBe(true);
    expect(previewResponse(result).success).toBe(true);
  });

  it('refuses invalid UTF-8 with the byte offset and says how to save as CSV UTF-8', () => {
    const head = new TextEncoder().encode('plate,company_en\nAB12,Caf');
    const bytes = new Uint8Array([...head, 0xe9, ...new TextEncoder().encode(' Taxi\n')]); // Windows-1252 é
    const error = refusal(bytes);
    expect(error.message).toContain(`byte ${head.length}`);
    expect(error.message).toContain('line 2');
    expect(error.message).toContain('CSV UTF-8');
    expect(error.messageZh).toContain(`${head.length}`);
    expect(error.messageZh).toContain('CSV UTF-8');
    // Big5 bytes for 的士 are not UTF-8 but are Big5: read as such since issue 10 (fleet-csv-encodings.test.ts).
    const big5 = readFleetCsv(new Uint8Array([...new TextEncoder().encode('plate,company_zh\nAB12,'), 0xaa, 0xba, 0xa4, 0x68, 0x0a]));
    expect([big5.encoding, [...big5.rows][0]?.companyZh]).toEqual(['big5-hkscs', '的士']);
  });

  it('refuses text that already lost characters to a bad decode (U+FFFD), naming the row', () => {
    expect(refusal('plate,company_en\nAB12,ok\nCD34,Caf\uFFFD\n').message).toMatch(/line 3.*CSV UTF-8/s);
  });

  it('still reads valid UTF-8 bytes with a BOM', () => {
    const result = readFleetCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('plate,company_zh\nAB12,的士公司\n')]));
    expect([...result.rows][0]).toMatchObject({ plate: 'AB12', companyZh: '的士公司' });
  });

  it('rejects a NUL or an invisible character in notes (they would reach the manifest)', () => {
    const result = readFleetCsv('plate,notes\nAB12,before\u0000after\nCD34,spoof\u202Eed\nEF56,fine\n');
    expect([...result.rows].map((r) => r.plate)).toEqual(['EF56']);
    expect(result.rejected.map((r) => r.row)).toEqual([2, 3]);
    expect(result.rejected[0]?.reason).toMatch(/notes column contains invisible control characters/);
    expect(result.rejected[0]?.reasonZh).toMatch(/控制字元/);
  });

  it('shows unknown header names escaped: no escape sequence reaches a terminal', () => {
    const result = readFleetCsv('plate,\u001b[2J\u001b[31mowned\u009b0m,colour\nAB12,x,red\n');
    const warning = result.warnings.find((w) => w.en.startsWith('Ignored column'));
    expect(warning?.en).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(warning?.zh).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(warning?.en).toBe('Ignored columns: ⟨U+001B⟩[2j⟨U+001B⟩[31mowned⟨U+009B⟩0m, colour');
  });

  it('echoes a rejected plate with its control characters made visible', () => {
    const result = readFleetCsv('plate\n"AB\u001b[31m12"\n');
    expect(result.rejected[0]?.plate).toBe('AB⟨U+001B⟩[31m12');
  });
});
