import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isValidVenueId, newVenueId, VENUE_ID_ALPHABET, venueIdCheckChar } from '../../../shared/venue/venue-id';

describe('new venue ids', () => {
  it('are 8 random characters and their check character, every character of the alphabet in use', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const id = newVenueId((n) => randomBytes(n));
      expect(id).toHaveLength(9);
      expect(venueIdCheckChar(id.slice(0, 8))).toBe(id[8]);
      expect(isValidVenueId(id)).toBe(true);
      for (const c of id.slice(0, 8)) seen.add(c);
    }
    expect([...seen].sort().join('')).toBe([...VENUE_ID_ALPHABET].sort().join(''));
  });

  it('skip bytes that would bias the choice (248 and above) and map the rest modulo 31', () => {
    // 255 and 248 are skipped; 0, 31, 62 … all mean the first character.
    const bytes = Uint8Array.from([255, 248, 0, 31, 62, 93, 1, 32, 2, 33]);
    const id = newVenueId(() => bytes);
    expect(id.slice(0, 8)).toBe('22223344');
    expect(id[8]).toBe(venueIdCheckChar('22223344'));
  });
});
