/** fitText: shrink to the minimum, then wrap (at spaces, between Chinese characters, inside a too-long word), then cut with "…". */
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { fitText } from '../../../services/posters/fit-text';
import { posterFont } from '../../../services/posters/fonts';
import { registerFontObject } from '../../../services/posters/pdfkit-internals';
import { RESOURCES_DIR } from '../../helpers/temp-services';

const doc = new PDFDocument({ autoFirstPage: false });
registerFontObject(doc, 'f', posterFont(RESOURCES_DIR));
const width = (text: string, size: number) => doc.font('f').fontSize(size).widthOfString(text);
const box = { font: 'f', max: 20, min: 10, width: 200, maxHeight: 60 };

describe('fitText', () => {
  it('keeps a short text on one line at the largest size', () => {
    expect(fitText(doc, 'Tai Wai', box)).toMatchObject({ size: 20, lines: ['Tai Wai'], truncated: false });
  });

  it('shrinks a text that fits on one line at a smaller size', () => {
    const fitted = fitText(doc, 'Lift Lobby Noodle House', box);
    expect(fitted.lines).toEqual(['Lift Lobby Noodle House']);
    expect(fitted.size).toBeLessThan(20);
    expect(fitted.size).toBeGreaterThanOrEqual(10);
    expect(width('Lift Lobby Noodle House', fitted.size)).toBeLessThanOrEqual(200);
  });

  it('wraps at spaces, between Chinese characters and inside a word wider than the line', () => {
    const text = `Flat W ${'W'.repeat(40)} 觀塘道鬱龘大廈地下觀塘道鬱龘大廈地下`;
    const fitted = fitText(doc, text, { ...box, maxHeight: 500 });
    expect(fitted.truncated).toBe(false);
    expect(fitted.lines.length).toBeGreaterThan(1);
    expect(fitted.lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    for (const line of fitted.lines) expect(width(line, fitted.size)).toBeLessThanOrEqual(200);
    expect(fitted.height).toBeLessThanOrEqual(500);
  });

  it('cuts the last line that fits with an ellipsis when even the smallest size does not fit', () => {
    const fitted = fitText(doc, 'WM'.repeat(200), box);
    expect(fitted).toMatchObject({ size: 10, truncated: true });
    expect(fitted.height).toBeLessThanOrEqual(60);
    expect(fitted.lines.at(-1)).toMatch(/…$/);
    for (const line of fitted.lines) expect(width(line, 10)).toBeLessThanOrEqual(200);
  });

  it('allows one line at the smallest size even when the height budget is smaller', () => {
    const fitted = fitText(doc, '鬱'.repeat(100), { ...box, maxHeight: 1 });
    expect(fitted.lines).toHaveLength(1);
    expect(fitted.truncated).toBe(true);
  });
});
