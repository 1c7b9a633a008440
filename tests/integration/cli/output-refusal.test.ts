/**
 * Every output option of every `venue-console` command, pointed at the database, its siblings, links to them,
 * the command's own input, another output of the same command, a folder or a missing folder: refused with a
 * bilingual message and a non-zero exit, and not one byte changes anywhere (issue 8 §1). Runs the CLI in-process.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../cli/main';
import { cliPaths } from '../../../cli/services';
import { tempDir, THREADS_DIR } from '../../helpers/temp-services';
import { databaseTargets, fingerprint, snapshotFiles, type HostileTarget } from '../../helpers/hostile-targets';
import { fleetCsvOf, validPlates } from '../../helpers/fleet-fixtures';
import { inProcessCli } from '../../helpers/in-process-cli';
import { makeTestAuthority, testNotice } from '../../helpers/test-authority';

const home = tempDir('vc-out-refusal-');
const data = join(home.dir, 'data');
const links = join(home.dir, 'links');
const csv = join(home.dir, 'fleet.csv');
let venueId = '';
let pristine: { restore: () => void };

const cli = inProcessCli(data, { passphrase: 'output refusal 2026', now: Date.parse('2026-11-23T03:00:00Z') });

/** A command that writes files, how to run it, and which of its options name an output (or an input). */
interface Writer {
  name: string;
  args: () => string[];
  outputs: string[];
  inputs: Record<string, string>;
}

const WRITERS: Writer[] = [
  { name: 'poster', args: () => ['poster', venueId, '--size', 'a4'], outputs: ['--out'], inputs: {} },
  { name: 'trust export', args: () => ['trust', 'export'], outputs: ['--out'], inputs: {} },
  { name: 'batch', args: () => ['batch', '--csv', csv, '--quiet'], outputs: ['--out', '--manifest', '--report'], inputs: { '--csv': csv } },
  // Issue 8 §2 adds `backup --out FILE`; it is covered here as soon as it exists.
  { name: 'backup', args: () => ['backup'], outputs: ['--out'], inputs: {} },
  // Issue 11: the operator's certificate request for the authority.
  { name: 'keys request', args: () => ['keys', 'request'], outputs: ['--out'], inputs: {} },
  // Issue 12: the desk log's export for the health authority (refused before it reads any notice).
  { name: 'desk-log export', args: () => ['desk-log', 'export', '--notice', 'N-1'], outputs: ['--out'], inputs: {} },
];
/** Commands that write no file a person names. */
const NON_WRITERS = [
  'keys init',
  'keys list',
  'keys rotate',
  'keys revoke',
  'keys certificate',
  'authority pin',
  'authority show',
  'settings',
  'venue add',
  'venue list',
  'code',
  'verify',
  'match',
  'health-code',
  'notices fetch',
  'notices import',
  'notices list',
  'notices ack',
  'notices status',
  'notices feed',
  'scan',
  'desk-log summary',
];
const present = (w: Writer) => COMMANDS.some((c) => c.name === w.name);

/** Runs `w` with `option` set to `target` and every other output at a fresh harmless path; expects a refusal that changed nothing. */
async function expectRefused(w: Writer, option: string, target: string, label: string): Promise<void> {
  pristine.restore();
  databaseTargets(data, links); // (re)makes the links an unfixed writer may have replaced
  const before = fingerprint(home.dir);
  const argv = [...w.args()];
  for (const o of w.outputs) argv.push(o, o === option ? target : join(home.dir, `harmless${o.replace(/-/g, '_')}.out`));
  const r = await cli(argv);
  expect(fingerprint(home.dir), `${w.name} ${option} → ${label}: files changed`).toEqual(before);
  expect(r.code, `${w.name} ${option} → ${label}: exit code (stderr: ${r.stderr})`).not.toBe(0);
  expect(r.stderr, `${w.name} ${option} → ${label}: bilingual message`).toMatch(/[\u4e00-\u9fff]/);
  expect(r.stderr, `${w.name} ${option} → ${label}: no stack trace`).not.toMatch(/Unexpected error|\n\s+at /);
}

beforeAll(async () => {
  cliPaths.threadsDir = THREADS_DIR;
  mkdirSync(links);
  writeFileSync(csv, fleetCsvOf(validPlates(3)));
  expect((await cli(['keys', 'init'])).code).toBe(0);
  // A certificate request names the operator: the folder has one.
  expect((await cli(['settings', '--operator-name', 'Harbour Fitness Ltd', '--scheme-name', 'Safe Visit'])).code).toBe(0);
  const add = await cli(['venue', 'add', '--name-en', 'Harbour Fitness', '--name-zh', '海港健身', '--address-en', '8 Harbour Road, Wan Chai', '--address-zh', '灣仔港灣道8號', '--district', 'Wan Chai', '--type', 'fitness-centre']);
  expect(add.code, add.stderr).toBe(0);
  venueId = JSON.parse(add.stdout).id;
  // An exposure notice at the venue, so `desk-log export --notice N-1` has something to write.
  const now = Date.parse('2026-11-23T03:00:00Z');
  const authority = makeTestAuthority(now - 86_400_000);
  writeFileSync(join(home.dir, 'root.json'), JSON.stringify(authority.root));
  expect((await cli(['authority', 'pin', '--root', join(home.dir, 'root.json')])).code).toBe(0);
  const feed = authority.feed(now - 3_600_000, [testNotice({ id: 'N-1', targets: [{ venueId }], windows: [{ from: '2026-11-22T19:00:00+08:00', until: '2026-11-22T21:00:00+08:00' }] })]);
  writeFileSync(join(home.dir, 'feed.json'), JSON.stringify(feed));
  const imported = await cli(['notices', 'import', join(home.dir, 'feed.json')]);
  expect(imported.code, imported.stderr).toBe(0);
  mkdirSync(join(data, 'backups'));
  pristine = snapshotFiles(data);
});
afterAll(() => {
  cliPaths.threadsDir = '';
  home.cleanup();
});

describe('CLI output options never overwrite the console’s own files', () => {
  it('knows every command: each one either writes through a listed output option or writes no file', () => {
    for (const w of WRITERS) expect(present(w), `${w.name} is a command`).toBe(true);
    for (const c of COMMANDS) expect(WRITERS.some((w) => w.name === c.name) || NON_WRITERS.includes(c.name), `classify "${c.name}" in this test`).toBe(true);
    for (const w of WRITERS.filter(present)) {
      const usage = COMMANDS.find((c) => c.name === w.name)?.usage ?? '';
      for (const o of [...w.outputs, ...Object.keys(w.inputs)]) expect(usage).toContain(o);
    }
  });

  it('still writes every output to ordinary files (also a file of the person’s own in the data folder)', async () => {
    for (const w of WRITERS.filter(present)) {
      pristine.restore();
      const folder = join(home.dir, `ok-${w.name.replace(/ /g, '-')}`);
      mkdirSync(folder);
      const argv = [...w.args()];
      const paths = w.outputs.map((o, i) => (i === 0 && w.name === 'poster' ? join(data, 'my-poster.pdf') : join(folder, `out${o.replace(/-/g, '_')}`)));
      w.outputs.forEach((o, i) => argv.push(o, paths[i] as string));
      const r = await cli(argv);
      expect(r.code, `${w.name}: ${r.stderr}`).toBe(0);
      for (const p of paths) expect(statSync(p).size, p).toBeGreaterThan(0);
    }
    pristine.restore();
  });

  for (const w of WRITERS) {
    for (const option of w.outputs) {
      it(`${w.name} ${option}: the database, its -wal/-shm/-journal and links to them`, async () => {
        for (const t of databaseTargets(data, links)) await expectRefused(w, option, t.path, t.label);
      });

      it(`${w.name} ${option}: any other file the console owns, a folder, a device, a missing folder`, async () => {
        // A FIFO stands for devices here: an unfixed writer run as root could replace /dev/null itself.
        const fifo = join(links, 'a-fifo');
        rmSync(fifo, { force: true });
        execFileSync('mkfifo', [fifo]);
        const others: HostileTarget[] = [
          { label: 'the log file', path: join(data, 'venue-console.log') },
          { label: 'a file in the backups folder', path: join(data, 'backups', 'x.pdf') },
          { label: 'the backups folder', path: join(data, 'backups') },
          { label: 'the data folder', path: data },
          { label: 'a folder', path: home.dir },
          { label: 'a FIFO', path: fifo },
          { label: '/proc/self/status', path: '/proc/self/status' },
          { label: 'a missing folder', path: join(home.dir, 'no-such-folder', 'out.pdf') },
        ];
        for (const t of others) await expectRefused(w, option, t.path, t.label);
      });

      for (const [input, path] of Object.entries(w.inputs)) {
        it(`${w.name} ${option}: the file given as ${input}, directly and through a symlink`, async () => {
          const link = join(links, 'input-link.csv');
          rmSync(link, { force: true });
          symlinkSync(path, link);
          await expectRefused(w, option, path, input);
          await expectRefused(w, option, link, `a symlink to ${input}`);
        });
      }
    }

    if (w.outputs.length > 1) it(`${w.name}: two outputs that are the same file`, async () => {
      const [a, b] = w.outputs as [string, string];
      const same = join(home.dir, 'same.out');
      const link = join(links, 'same-link.out');
      rmSync(link, { force: true });
      symlinkSync(same, link);
      for (const second of [same, link]) {
        pristine.restore();
        const before = fingerprint(home.dir);
        const argv = [...w.args(), a, same, b, second];
        const r = await cli(argv);
        expect(r.code, `${a} and ${b} → ${second}: ${r.stderr}`).not.toBe(0);
        expect(fingerprint(home.dir)).toEqual(before);
        expect(r.stderr).toMatch(/[\u4e00-\u9fff]/);
      }
    });
  }
});
