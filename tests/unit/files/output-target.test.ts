/** The one check every file written for a person passes first (issue 8 §1). */
import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppFailure } from '../../../shared/errors';
import { checkOutputTarget, checkOutputTargets, isOwnedByConsole } from '../../../services/files/output-target';
import { tempDir } from '../../helpers/temp-services';

const home = tempDir('vc-output-target-');
const data = join(home.dir, 'data');
const out = join(home.dir, 'out');
mkdirSync(join(data, 'backups'), { recursive: true });
mkdirSync(out);
writeFileSync(join(data, 'venue-console.sqlite3'), 'SQLite format 3\0');
writeFileSync(join(out, 'fleet.csv'), 'plate\n');
afterAll(() => home.cleanup());

/** The AppFailure a check throws (fails the test if it does not throw one). */
function refusal(run: () => unknown): AppFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('expected the target to be refused');
}

function expectRefused(target: string, options: { inputs?: string[]; otherOutputs?: string[] } = {}, en?: RegExp): void {
  const failure = refusal(() => checkOutputTarget(target, { dataDir: data, ...options }));
  expect(failure.appError.code, target).toBe('output-refused');
  expect(failure.appError.messageZh, target).toMatch(/[\u4e00-\u9fff]/);
  expect(failure.appError.message, target).toMatch(/nothing was written/i);
  if (en) expect(failure.appError.message, target).toMatch(en);
}

describe('checkOutputTarget', () => {
  it('accepts an ordinary new or existing file and returns its absolute path', () => {
    expect(checkOutputTarget(join(out, 'poster.pdf'), { dataDir: data })).toBe(join(out, 'poster.pdf'));
    writeFileSync(join(out, 'old.pdf'), 'x');
    expect(checkOutputTarget(join(out, 'old.pdf'), { dataDir: data })).toBe(join(out, 'old.pdf'));
    // A file of the person's own in the data folder is not the console's.
    expect(checkOutputTarget(join(data, 'my-stickers.pdf'), { dataDir: data })).toBe(join(data, 'my-stickers.pdf'));
  });

  it('refuses the database, its -wal/-shm/-journal and every other file the console owns in its data folder', () => {
    for (const name of ['venue-console.sqlite3', 'venue-console.sqlite3-wal', 'venue-console.sqlite3-shm', 'venue-console.sqlite3-journal', 'venue-console.log', 'VENUE-CONSOLE.SQLITE3', 'backups/a.pdf']) {
      expectRefused(join(data, name), {}, /console's own/);
    }
    expect(isOwnedByConsole(join(data, 'backups'), data)).toBe(true);
    expect(isOwnedByConsole(join(out, 'venue-console.sqlite3'), data)).toBe(false);
  });

  it('refuses the database through a symlink, a chain of symlinks, a dangling symlink and a symlinked folder', () => {
    symlinkSync(join(data, 'venue-console.sqlite3'), join(out, 'db.pdf'));
    symlinkSync(join(out, 'db.pdf'), join(out, 'chain.pdf'));
    symlinkSync(join(data, 'venue-console.sqlite3-journal'), join(out, 'dangling.pdf'));
    symlinkSync('../data', join(out, 'data-link'));
    for (const t of ['db.pdf', 'chain.pdf', 'dangling.pdf', 'data-link/venue-console.sqlite3', 'data-link/venue-console.sqlite3-wal']) expectRefused(join(out, t), {}, /console's own/);
  });

  it('refuses a symlink loop with a message', () => {
    symlinkSync(join(out, 'loop-b'), join(out, 'loop-a'));
    symlinkSync(join(out, 'loop-a'), join(out, 'loop-b'));
    expectRefused(join(out, 'loop-a'), {}, /link/);
  });

  it('refuses a folder, a missing folder and a file used as a folder', () => {
    expectRefused(out, {}, /is a folder/);
    expectRefused(data, {}, /is a folder/);
    expectRefused(join(data, 'backups'), {});
    expectRefused(join(out, 'missing', 'x.pdf'), {}, /does not exist/);
    expectRefused(join(out, 'fleet.csv', 'x.pdf'), {}, /not a folder/);
  });

  it('refuses devices, FIFOs and /proc, /sys, /dev paths', () => {
    expectRefused('/dev/null', {}, /device or system/);
    expectRefused('/proc/self/status', {}, /device or system/);
    expectRefused('/sys/kernel/new-file', {}, /device or system/);
    expectRefused('/dev/shm/new-file.pdf', {}, /device or system/);
    execFileSync('mkfifo', [join(out, 'fifo')]);
    expectRefused(join(out, 'fifo'), {}, /device or system/);
  });

  it('refuses an input of the same command, also through a symlink or a hard link', () => {
    const csv = join(out, 'fleet.csv');
    symlinkSync(csv, join(out, 'fleet-link.csv'));
    linkSync(csv, join(out, 'fleet-hard.csv'));
    expectRefused(csv, { inputs: [csv] }, /input/);
    expectRefused(join(out, 'fleet-link.csv'), { inputs: [csv] }, /input/);
    expectRefused(csv, { inputs: [join(out, 'fleet-link.csv')] }, /input/);
    expectRefused(join(out, 'fleet-hard.csv'), { inputs: [csv] }, /input/);
  });

  it('refuses two outputs of one command that are the same file', () => {
    const a = join(out, 'stickers.pdf');
    symlinkSync(a, join(out, 'stickers-link.pdf'));
    expectRefused(a, { otherOutputs: [a] }, /same file/);
    expectRefused(a, { otherOutputs: [join(out, 'stickers-link.pdf')] }, /same file/);
    const failure = refusal(() => checkOutputTargets([a, join(out, 'report.json'), join(out, 'stickers-link.pdf')], { dataDir: data }));
    expect(failure.appError.code).toBe('output-refused');
    expect(checkOutputTargets([a, join(out, 'report.json')], { dataDir: data })).toEqual([a, join(out, 'report.json')]);
  });
});
