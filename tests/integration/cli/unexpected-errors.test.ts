/** The CLI never shows a stack trace: unexpected errors are mapped to clear messages and logged (issue 8 §6). */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../cli/main';
import { RESOURCES_DIR, tempDir, TEST_PASSPHRASE } from '../../helpers/temp-services';

// A poster writer that fails the way a full disk does (ENOSPC) when asked for a file named full-disk.pdf.
vi.mock('../../../services/posters/poster-pdf', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../services/posters/poster-pdf')>();
  return {
    ...real,
    writePosterPdf: (async (target: string, ...rest: unknown[]) => {
      if (target.endsWith('full-disk.pdf')) {
        throw Object.assign(new Error(`ENOSPC: no space left on device, write '${target}'`), { code: 'ENOSPC', syscall: 'write', path: target });
      }
      return (real.writePosterPdf as (...a: unknown[]) => unknown)(target, ...rest);
    }) as typeof real.writePosterPdf,
  };
});

const home = tempDir('vc-cli-errors-');
const data = join(home.dir, 'data');
let venueId = '';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    ['--data', data, ...args],
    { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: { VENUE_CONSOLE_PASSPHRASE: TEST_PASSPHRASE }, stdinIsTTY: false, now: () => Date.parse('2026-11-23T02:00:00Z') },
    { resourcesDir: RESOURCES_DIR },
  );
  return { code, stdout, stderr };
}

beforeAll(async () => {
  expect((await cli(['keys', 'init'])).code).toBe(0);
  const add = await cli(['venue', 'add', '--name-en', 'Harbour Fitness', '--name-zh', '海港健身', '--address-en', '8 Harbour Road', '--address-zh', '港灣道8號', '--district', 'Wan Chai', '--type', 'fitness-centre']);
  expect(add.code, add.stderr).toBe(0);
  venueId = JSON.parse(add.stdout).id;
});
afterAll(() => home.cleanup());

describe('CLI unexpected errors', () => {
  it('a folder given as --out: a clear message, no stack, exit non-zero', async () => {
    const folder = join(home.dir, 'a-folder');
    mkdirSync(folder);
    const r = await cli(['poster', venueId, '--out', folder]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).not.toContain('    at ');
    expect(r.stderr).not.toContain('Unexpected error:');
    expect(r.stderr).toMatch(/folder/i);
    expect(r.stdout).toBe('');
  });

  it('a missing folder in --out: a clear message naming the log file, the stack in the log', async () => {
    const r = await cli(['poster', venueId, '--out', join(home.dir, 'no-such-folder', 'poster.pdf')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).not.toContain('    at ');
    expect(r.stderr).toMatch(/does not exist|not found|no such/i);
    if (r.stderr.includes('venue-console.log')) expect(readFileSync(join(data, 'venue-console.log'), 'utf8')).toContain('    at ');
  });

  it('a full disk (ENOSPC): a clear message naming the log file; the stack only in the log, mode 0600', async () => {
    const r = await cli(['poster', venueId, '--out', join(home.dir, 'full-disk.pdf')]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('    at ');
    expect(r.stderr).not.toContain('Unexpected error:');
    expect(r.stderr).toMatch(/disk is full/i);
    expect(r.stderr).toContain(join(data, 'venue-console.log'));
    const log = readFileSync(join(data, 'venue-console.log'), 'utf8');
    expect(log).toContain('ENOSPC');
    expect(log).toContain('    at ');
    if (process.platform !== 'win32') expect(statSync(join(data, 'venue-console.log')).mode & 0o777).toBe(0o600);
  });
});
