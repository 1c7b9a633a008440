/** The one QR-runs function (posters, the page's SVG, batch stickers): runs cover exactly the dark modules, each once. */
import { describe, expect, it } from 'vitest';
import { encodeQr, forEachQrRun, qrRuns, qrSvgPath } from '../../../services/posters/qr-matrix';
import { encodeSticker } from '../../../services/batch/sticker-qr';

describe('QR runs', () => {
  it('cover every dark module once and no light one, as maximal horizontal runs', () => {
    for (const text of ['VC1:0123456789', 'hello, world', `VC1:${'9'.repeat(120)}`]) {
      const m = encodeQr(text);
      const covered = new Uint8Array(m.size * m.size);
      forEachQrRun(m, (x, y, length) => {
        expect(length).toBeGreaterThan(0);
        expect(x === 0 || !m.dark[y * m.size + x - 1]).toBe(true); // starts after a light module or the edge
        expect(x + length === m.size || !m.dark[y * m.size + x + length]).toBe(true); // ends before one
        for (let i = x; i < x + length; i++) covered[y * m.size + i] = (covered[y * m.size + i] ?? 0) + 1;
      });
      expect([...covered]).toEqual([...m.dark]);
      expect(qrSvgPath(m)).toBe(qrRuns(m).map((r) => `M${r.x + 4} ${r.y + 4}h${r.length}v1h-${r.length}z`).join(''));
    }
  });

  it('are what a batch sticker draws', () => {
    const record = { kid: '0011223344556677', issuedOn: '2026-11-23', venueId: 'ABCDEFGH', type: 'taxi' as const, nameEn: 'AB1234', nameZh: 'AB1234' };
    const sticker = encodeSticker(record, () => new Uint8Array(64));
    const rects = sticker.ops.trim().split('\n').map((line) => line.split(' ').slice(0, 3).map(Number));
    let dark = 0;
    for (const [, , w] of rects) dark += w ?? 0;
    expect(rects.every(([x, y, w]) => (x ?? 0) >= 4 && (y ?? 0) >= 4 && (x ?? 0) + (w ?? 0) <= sticker.size + 4)).toBe(true);
    expect(dark).toBeGreaterThan(sticker.size * sticker.size * 0.3);
  });
});
