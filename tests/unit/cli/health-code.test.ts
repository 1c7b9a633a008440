import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { healthCodeCommand } from '../../../cli/commands/health-code';
import type { CliIo } from '../../../cli/command';
import { vid } from '../checkin/fixtures';

const A = vid('ABCDEFGH');
let dir = '';
let n = 0;

async function run(content: unknown, extra: string[] = [], now = Date.parse('2026-11-23T02:00:00Z')) {
  const path = join(dir, `p${n++}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  let out = '';
  let errText = '';
  const io: CliIo = { stdout: (s) => (out += s), stderr: (s) => (errText += s), env: {}, stdinIsTTY: false, now: () => now };
  const code = await healthCodeCommand.run({ argv: ['--input', path, ...extra], io, dataDir: dir });
  return { code, out, errText };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vc-hc-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const visit = { kind: 'venue', venueId: A, checkIn: '2026-11-20T12:00:00+08:00', checkOut: '2026-11-20T13:00:00+08:00' };
const highRisk = [{ kind: 'venue', venueId: A, from: '2026-11-20T12:30:00+08:00', until: '2026-11-20T18:00:00+08:00' }];

describe('venue-console health-code', () => {
  it('prints green with validity to 23:59:59 Hong Kong time', async () => {
    const r = await run({ now: '2026-11-23T15:30:00Z', person: { status: 'none' }, visits: [], highRisk: [] });
    expect(r.errText).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ colour: 'green', rule: 'green', validUntil: '2026-11-23T23:59:59+08:00' });
  });

  it('prints amber for a high-risk visit, and red outranks it', async () => {
    const amber = await run({ now: '2026-11-23T10:00:00+08:00', person: { status: 'none' }, visits: [visit], highRisk });
    expect(JSON.parse(amber.out)).toMatchObject({ colour: 'amber', rule: 'amber:high-risk-visit' });
    const red = await run({ now: '2026-11-23T10:00:00+08:00', person: { status: 'close-contact' }, visits: [visit], highRisk });
    expect(JSON.parse(red.out)).toMatchObject({ colour: 'red', rule: 'red:close-contact' });
  });

  it('uses the clock (or --now) when the input has no "now"', async () => {
    const person = { status: 'none', arrivedAt: '2026-11-02T10:00:00+08:00', arrivalScheme: null };
    const byClock = await run({ person }); // clock: 2026-11-23T10:00+08:00, arrival 21 days ago exactly
    expect(JSON.parse(byClock.out)).toMatchObject({ rule: 'green', validUntil: '2026-11-23T23:59:59+08:00' });
    const byOption = await run({ person }, ['--now', '2026-11-22T10:00:00+08:00']);
    expect(JSON.parse(byOption.out)).toMatchObject({ rule: 'amber:arrival', validUntil: '2026-11-22T23:59:59+08:00' });
  });

  it.each([
    ['bad JSON', '{"person":', /p\d+\.json: is not valid JSON/],
    ['an unknown visit kind', { person: { status: 'none' }, visits: [{ ...visit, kind: 'ferry' }] }, /visits\[0\]\.kind: unknown kind "ferry"/],
    ['an unknown high-risk kind', { person: { status: 'none' }, highRisk: [{ ...highRisk[0], kind: 'street' }] }, /highRisk\[0\]\.kind: unknown kind "street"/],
    ['an unparseable time', { person: { status: 'none', lastSymptomsAt: '23/11/2026' } }, /person\.lastSymptomsAt: is not an ISO 8601 time/],
    ['checkOut before checkIn', { person: { status: 'none' }, visits: [visit, { ...visit, checkOut: '2026-11-20T11:00:00+08:00' }] }, /visits\[1\]\.checkOut: is before checkIn/],
    ['an unknown status', { person: { status: 'maybe' } }, /person\.status: must be one of/],
    ['a missing person', { now: '2026-11-23T10:00:00+08:00' }, /person: is required/],
  ])('refuses %s: non-zero exit, entry and field on stderr, nothing on stdout', async (_name, content, message) => {
    const r = await run(content);
    expect(r.code).not.toBe(0);
    expect(r.out).toBe('');
    expect(r.errText).toMatch(message);
  });
});
