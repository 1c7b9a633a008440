/** A killed run's hidden `.partial` files are removed by the next batch and when the services open (issue 8 §6). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBatch } from '../../../services/batch/batch-job';
import { readFleetCsv } from '../../../services/batch/fleet-csv';
import { removeStaleTempFiles, STALE_TEMP_MAX_AGE_MS } from '../../../services/files/stale-temp-files';
import { fleetCsvOf, validPlates } from '../../helpers/fleet-fixtures';
import { openTestServices, tempDir } from '../../helpers/temp-services';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const folder = () => {
  const t = tempDir('vc-stale-');
  cleanups.push(t.cleanup);
  return t.dir;
};

/** The pid of a process that has ended (a child we ran to completion). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

const touch = (path: string, ageMs = 0) => {
  writeFileSync(path, 'x'.repeat(1000));
  const t = (Date.now() - ageMs) / 1000;
  utimesSync(path, t, t);
};

describe('stale temp files', () => {
  it('removes only our exact pattern, for a dead process or past the age limit', () => {
    const dir = folder();
    const dead = deadPid();
    const removed = {
      dead: `.stickers.pdf.${dead}.0123456789ab.partial`,
      oldButLive: `.manifest.csv.${process.pid}.abcdef012345.partial`,
      weirdName: `.my file.v2.pdf.${dead}.ffffffffffff.partial`,
    };
    const kept = {
      live: `.stickers.pdf.${process.pid}.0123456789ab.partial`,
      noDot: `stickers.pdf.${dead}.0123456789ab.partial`,
      upperHex: `.stickers.pdf.${dead}.0123456789AB.partial`,
      shortHex: `.stickers.pdf.${dead}.0123.partial`,
      other: `.stickers.pdf.partial`,
      userFile: 'stickers.pdf',
    };
    touch(join(dir, removed.dead));
    touch(join(dir, removed.oldButLive), STALE_TEMP_MAX_AGE_MS + 60_000);
    touch(join(dir, removed.weirdName));
    for (const name of Object.values(kept)) touch(join(dir, name));
    mkdirSync(join(dir, `.folder.${dead}.0123456789ab.partial`));
    symlinkSync(join(dir, 'stickers.pdf'), join(dir, `.link.${dead}.0123456789ab.partial`));

    const gone = removeStaleTempFiles(dir);
    expect(gone.sort()).toEqual(Object.values(removed).map((n) => join(dir, n)).sort());
    const left = readdirSync(dir).sort();
    expect(left).toEqual([...Object.values(kept), `.folder.${dead}.0123456789ab.partial`, `.link.${dead}.0123456789ab.partial`].sort());
    expect(existsSync(join(dir, 'stickers.pdf'))).toBe(true);
  });

  it('never throws for a folder that is missing or unreadable', () => {
    expect(removeStaleTempFiles(join(folder(), 'missing'))).toEqual([]);
  });

  it('a batch removes stale temp files of a killed run in its output folder before it starts', async () => {
    const out = folder();
    const stale = join(out, `.taxi-stickers.pdf.${deadPid()}.0123456789ab.partial`);
    touch(stale);
    const ctx = openTestServices();
    cleanups.push(ctx.cleanup);
    const csv = readFleetCsv(fleetCsvOf(validPlates(3)));
    await runBatch(ctx.services.batchDeps, csv, { template: 'sheet', pdfPath: join(out, 'taxi-stickers.pdf') });
    expect(existsSync(stale)).toBe(false);
    expect(readdirSync(out)).toEqual(['taxi-stickers.pdf']);
  });

  it('opening the services removes stale temp files in the data folder', () => {
    const dataDir = folder();
    const stale = join(dataDir, `.venue-console-trust.json.${deadPid()}.0123456789ab.partial`);
    touch(stale);
    const ctx = openTestServices({ dataDir, withKey: false });
    cleanups.push(() => ctx.services.close());
    expect(existsSync(stale)).toBe(false);
  });
});
