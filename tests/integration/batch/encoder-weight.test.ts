/**
 * The batch's encoder thread stays light: nothing it loads imports zod. Its heap is bounded at 12 MB (flat memory
 * however large the fleet); zod's ≈ 3 MB once came in through the code issuer's error helpers, and the thread then
 * spent half its time collecting garbage — 18,000 stickers took 13 s instead of 6. Reads the build (`npm run build`).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { threadPath } from '../../../services/threads/thread-entries';
import { THREADS_DIR } from '../../helpers/temp-services';

/** Every package a built module imports, following its relative imports (the build's shared chunks). */
function packagesImported(file: string, seen = new Set<string>(), out = new Set<string>()): Set<string> {
  if (seen.has(file)) return out;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm)) {
    const spec = (m[1] ?? m[2] ?? m[3]) as string;
    if (spec.startsWith('.')) packagesImported(join(dirname(file), spec), seen, out);
    else out.add(spec);
  }
  return out;
}

describe('the encoder thread', () => {
  it('loads no zod (and nothing of the console but what signing and drawing a code need)', () => {
    const imported = packagesImported(threadPath(THREADS_DIR, 'batch-worker'));
    expect([...imported].sort()).toEqual(['node:crypto', 'node:worker_threads', 'node:zlib', 'qrcode']);
  });

  it('is read the way that finds zod where it is (the main process, through the build\'s shared chunks)', () => {
    expect(packagesImported(join(THREADS_DIR, 'index.js'))).toContain('zod');
  });
});
