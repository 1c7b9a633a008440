/** Fleet CSV fixtures for batch tests. */

const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/** `n` distinct valid Hong Kong plates, written as fleets type them ("AB 1234", some in lower case). */
export function validPlates(n: number, offset = 0): string[] {
  return Array.from({ length: n }, (_, k) => {
    const i = k + offset;
    const plate = `${LETTERS[i % 23]}${LETTERS[Math.floor(i / 23) % 23]} ${(i % 9000) + 100}`;
    return i % 5 === 0 ? plate.toLowerCase() : plate;
  });
}

/** A CSV of the given plates with the optional columns filled in. */
export function fleetCsvOf(plates: string[], eol = '\r\n'): string {
  return `plate,fleet,company_en,company_zh,notes${eol}${plates.map((p, i) => `${p},Fleet ${i % 3},Star Taxi Co,星星的士公司,${eol === '\n' ? '' : ''}`).join(eol)}${eol}`;
}

/**
 * The 200-row file of the batch issue: 186 valid plates and one of every kind of bad row. Returns the text and
 * the rows that must be rejected (row numbers as a spreadsheet shows them: header = 1).
 */
export function messyFleetCsv(): { csv: string; valid: number; rejected: Map<number, RegExp> } {
  const plates = validPlates(186);
  const rows: string[] = [];
  const rejected = new Map<number, RegExp>();
  const bad: [string, RegExp][] = [
    [',,,,', /Empty row/],
    ['IO 1234,F,Co,公司,', /I, O or Q/],
    ['QA 12,F,Co,公司,', /I, O or Q/],
    ['ABCDEFGH9,F,Co,公司,', /at most 8/],
    ['AB-123,F,Co,公司,', /Only letters/],
    ['AB 12$,F,Co,公司,', /Only letters/],
    ['🚕 88,F,Co,公司,', /Only letters/],
    [',F,Co,公司,', /empty/],
    ['ＡＢ－１２,F,Co,公司,', /Only letters/], // full-width letters fold to A–Z (issue 10), a full-width hyphen does not
    ['"AB\n12",F,Co,公司,', /Only letters/], // a quoted newline inside the plate
    ['CD 34,F,<b>Bold</b> Taxis,公司,', /< or >/], // markup in a printed company name
  ];
  // Interleave: a bad row after every 20 valid ones; then a duplicate and two tricky-but-valid rows.
  let p = 0;
  for (const [line, reason] of bad) {
    for (let k = 0; k < 20 && p < plates.length; k++) rows.push(`${plates[p++]},F1,Star Taxi Co,星星的士公司,`);
    rows.push(line);
    rejected.set(rows.length + 1, reason);
  }
  while (p < plates.length) rows.push(`${plates[p++]},F2,Star Taxi Co,星星的士公司,`);
  // A quoted company name with a comma and a newline inside; a formula-like company name (valid plates).
  rows.push('ZZ 1,F3,"Star, ""Night""\nTaxis",星星,ok');
  rows.push('ZZ 2,F3,=HYPERLINK("http://evil.example"),公司,');
  rows.push(`${plates[3]?.toUpperCase().replace(' ', '')},F9,Dup Co,重複,`);
  rejected.set(rows.length + 1, /Duplicate of row 5\./);
  const csv = `\uFEFFplate,fleet,company_en,company_zh,notes,colour\r\n${rows.join('\r\n')}\r\n`;
  return { csv, valid: plates.length + 2, rejected };
}
