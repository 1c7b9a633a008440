import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PRELOAD_DIR = fileURLToPath(new URL('../../../out/preload/', import.meta.url));

describe('built preloads (npm run build makes them)', () => {
  for (const [name, global, foreign] of [
    ['console', 'venueConsole', 'getScannerContext'],
    ['scanner', 'venueScanner', 'getOverview'],
  ] as const) {
    it(`${name}.cjs is one sandbox-ready file: it requires only electron, exposes ${global}, and names no other window's channel`, () => {
      const code = readFileSync(`${PRELOAD_DIR}${name}.cjs`, 'utf8');
      const required = [...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
      expect(required).toEqual(['electron']);
      expect(code).toContain(`"${global}"`);
      expect(code).not.toContain(foreign);
      expect(code).not.toMatch(/\bzod\b|ZodType/);
    });
  }
});
