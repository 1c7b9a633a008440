/**
 * The glyph table shared/ checks printed text against is the cmap of the font the PDFs embed, byte for byte:
 * the test re-reads the font with fontkit, so a new font without a regenerated table fails here (issue 10 §1).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { POSTER_FONT_FILE } from '../../../services/posters/fonts';
import { COVERAGE_FONT_FILE, COVERAGE_FONT_SHA256, COVERAGE_RUNS } from '../../../shared/printing/font-coverage';
import { fontCovers } from '../../../shared/printing/printable';
import { RESOURCES_DIR } from '../../helpers/temp-services';

const fontPath = join(RESOURCES_DIR, 'fonts', POSTER_FONT_FILE);

/** The table decoded into code points (the format is documented in scripts/generate-font-coverage.mjs). */
function tableCodePoints(): number[] {
  const out: number[] = [];
  let end = 0;
  for (const run of COVERAGE_RUNS.split(',')) {
    const [gap = '', length = ''] = run.split('.');
    const first = end + parseInt(gap, 36);
    end = first + parseInt(length, 36);
    for (let cp = first; cp < end; cp++) out.push(cp);
  }
  return out;
}

describe('font coverage table', () => {
  it('is generated from the font posters, stickers and cards embed, and that font has not changed', () => {
    expect(COVERAGE_FONT_FILE).toBe(POSTER_FONT_FILE);
    const sha256 = createHash('sha256').update(readFileSync(fontPath)).digest('hex');
    expect(sha256, 'the font changed: run node scripts/generate-font-coverage.mjs').toBe(COVERAGE_FONT_SHA256);
  });

  it("equals the font's character set", () => {
    const font = (fontkit as unknown as { openSync(path: string): { characterSet: number[] } }).openSync(fontPath);
    const expected = [...new Set(font.characterSet)].sort((a, b) => a - b);
    expect(tableCodePoints()).toEqual(expected);
    // And the lookup shared/ uses agrees with it, at every covered code point and the ones either side.
    const covered = new Set(expected);
    for (const cp of expected) {
      for (const probe of [cp - 1, cp, cp + 1]) if (fontCovers(probe) !== covered.has(probe)) expect.fail(`U+${probe.toString(16)}`);
    }
    expect(fontCovers(0x10ffff)).toBe(false);
    expect(fontCovers(0)).toBe(false);
  });
});
