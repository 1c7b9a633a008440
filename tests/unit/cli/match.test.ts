import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { matchCommand } from '../../../cli/commands/match';
import type { CliIo } from '../../../cli/command';
import { vid } from '../checkin/fixtures';

const A = vid('ABCDEFGH');
const B = vid('JKMNPQRS');
let dir = '';

/** Runs the command with captured output. */
async function run(argv: string[], now = Date.parse('2026-11-23T14:00:00Z')): Promise<{ code: number; out: string; errText: string }> {
  let out = '';
  let errText = '';
  const io: CliIo = { stdout: (s) => (out += s), stderr: (s) => (errText += s), env: {}, stdinIsTTY: false, now: () => now };
  const code = await matchCommand.run({ argv, io, dataDir: dir });
  return { code, out, errText };
}

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const visits = [
  { kind: 'venue', venueId: A, checkIn: '2026-11-23T12:00:00+08:00', checkOut: '2026-11-23T13:00:00+08:00' },
  { kind: 'taxi', plate: 'AB 1234', checkIn: '2026-11-23T05:10:00Z', checkOut: '2026-11-23T05:30:00Z' },
  { kind: 'venue', venueId: B, checkIn: '2026-11-23T14:00:00+08:00', checkOut: null },
];
const exposures = [
  { kind: 'venue', venueId: B, from: '2026-11-23T12:00:00+08:00', until: '2026-11-23T13:00:00+08:00' },
  { kind: 'venue', venueId: A, from: '2026-11-23T12:45:00+08:00', until: '2026-11-23T15:00:00+08:00' },
  { kind: 'taxi', plate: 'ab1234', from: '2026-11-23T13:00:00+08:00', until: '2026-11-23T13:15:00+08:00' },
  { kind: 'building', building: 'Block A', from: '2026-11-23T00:00:00+08:00', until: '2026-11-23T23:00:00+08:00' },
];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vc-match-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('venue-console match', () => {
  it('prints the matches with input positions and overlap minutes', async () => {
    const r = await run(['--visits', file('v.json', visits), '--exposures', file('e.json', exposures)]);
    expect(r.errText).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      matches: [
        { visit: 0, exposure: 1, overlapMinutes: 45 },
        { visit: 1, exposure: 2, overlapMinutes: 20 },
      ],
    });
  });

  it('applies --tolerance and reads a diary export object', async () => {
    const r = await run(['--visits', file('export.json', { format: 'venue-console-visits', version: 1, visits }), '--exposures', file('e2.json', { exposures }), '--tolerance', '0']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      matches: [
        { visit: 0, exposure: 1, overlapMinutes: 15 },
        { visit: 1, exposure: 2, overlapMinutes: 5 },
      ],
    });
  });

  it('--now decides what 31 days means', async () => {
    const args = ['--visits', file('v3.json', visits), '--exposures', file('e3.json', exposures)];
    // visit 0 checked in 2026-11-23 12:00 HK: kept at exactly 31 days, gone a millisecond later
    const exactly = await run([...args, '--now', '2026-12-24T12:00:00+08:00']);
    expect(JSON.parse(exactly.out).matches.map((m: { visit: number }) => m.visit)).toEqual([0, 1]);
    const later = await run([...args, '--now', '2026-12-24T12:00:00.001+08:00']);
    expect(JSON.parse(later.out).matches.map((m: { visit: number }) => m.visit)).toEqual([1]);
    const gone = await run([...args, '--now', '2026-12-25T00:00:00+08:00']);
    expect(JSON.parse(gone.out)).toEqual({ matches: [] });
  });

  it.each([
    ['bad JSON', '[{"kind":"venue",', /v-bad\.json: is not valid JSON/],
    ['an unknown kind', [visits[0], { ...visits[1], kind: 'bus' }], /visits\[1\]\.kind: unknown kind "bus"/],
    ['an unparseable time', [visits[0], visits[1], { ...visits[2], checkIn: 'tomorrow' }], /visits\[2\]\.checkIn: is not an ISO 8601 time/],
    ['a time without an offset', [{ ...visits[0], checkOut: '2026-11-23T13:00:00' }], /visits\[0\]\.checkOut: is not an ISO 8601 time/],
    ['checkOut before checkIn', [visits[0], visits[1], visits[2], { ...visits[0], checkOut: '2026-11-23T11:00:00+08:00' }], /visits\[3\]\.checkOut: is before checkIn/],
  ])('refuses %s in visits: non-zero exit, entry and field on stderr, nothing on stdout', async (_name, content, message) => {
    const r = await run(['--visits', file('v-bad.json', content), '--exposures', file('e-ok.json', exposures)]);
    expect(r.code).not.toBe(0);
    expect(r.out).toBe('');
    expect(r.errText).toMatch(message);
  });

  it('refuses a bad exposure, naming the entry and field', async () => {
    const bad = [...exposures, { kind: 'venue', venueId: A, from: '2026-11-23T12:00:00+08:00', until: '2026-11-23T11:00:00+08:00' }];
    const r = await run(['--visits', file('v4.json', visits), '--exposures', file('e-bad.json', bad)]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.errText).toMatch(/exposures\[4\]\.until: is before from/);
  });

  it('refuses missing options, a bad tolerance, a bad --now and an unreadable file', async () => {
    const v = file('v5.json', visits);
    const e = file('e5.json', exposures);
    for (const argv of [[], ['--visits', v], ['--visits', v, '--exposures', e, '--tolerance', '-5'], ['--visits', v, '--exposures', e, '--now', '2026-11-23'], ['--visits', join(dir, 'missing.json'), '--exposures', e], ['--visits', v, '--exposures', e, '--bogus']]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.out).toBe('');
      expect(r.errText).toMatch(/^venue-console match: /);
    }
  });

  it('prints usage for --help', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('--tolerance');
  });
});
