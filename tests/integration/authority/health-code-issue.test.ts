/**
 * `venue-authority health-code issue`: the colour by the consumer module's rules, a pass that verifies against
 * the authority's own root with the holder's initials and birth day/month (and nothing else about them), an SVG a
 * phone would show, field-level refusals, and passes signed on either side of a health-code key rotation.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPass } from '../../../shared/health-code/verify-pass';
import { parsePassText } from '../../../shared/health-code/pass';
import { nodeVerify } from '../../../services/crypto/node-verify';
import { authorityHarness } from './authority-harness';

const h = authorityHarness(Date.parse('2026-11-26T02:00:00Z'));
afterAll(() => h.cleanup());

const person = (over: Record<string, unknown> = {}) => ({ person: { status: 'none' }, visits: [], highRisk: [], initials: 'ctm', birthDayMonth: '07-03', ...over });

beforeAll(async () => {
  expect((await h.run(['init', '--name', 'Department of Health 衞生署'])).code).toBe(0);
  expect((await h.run(['root', 'export', '--out', h.file('root.json')])).code).toBe(0);
});

describe('venue-authority health-code issue', () => {
  it.each([
    ['green', person(), 'green', 'green'],
    ['amber (arrived in the past 21 days)', person({ person: { status: 'none', arrivedAt: '2026-11-20T10:00:00+08:00' } }), 'amber', 'amber:arrival'],
    ['red (close contact)', person({ person: { status: 'close-contact' } }), 'red', 'red:close-contact'],
  ])('%s: the pass verifies with that colour, valid until 23:59:59 HKT', async (_name, input, colour, rule) => {
    writeFileSync(h.file('p.json'), JSON.stringify(input));
    const r = await h.run(['health-code', 'issue', '--input', h.file('p.json')]);
    expect(r.code, r.stderr).toBe(0);
    const out = r.json() as { colour: string; rule: string; validUntil: string; pass: string };
    expect(out).toMatchObject({ colour, rule, validUntil: '2026-11-26T23:59:59+08:00' });
    expect(out.pass).toMatch(/^HC1:\d+$/);
    const root = h.readRoot(h.file('root.json')).signed;
    const verdict = verifyPass(out.pass, { root, now: h.clock.now, verify: nodeVerify });
    expect(verdict).toMatchObject({ ok: true, pass: { colour, initials: 'CTM', birthDayMonth: '07-03', validOn: '2026-11-26' } });
    expect(verifyPass(out.pass, { root, now: Date.parse('2026-11-27T00:00:00+08:00'), verify: nodeVerify })).toMatchObject({ ok: false, reason: 'expired' });
  });

  it('each pass has its own random id', async () => {
    writeFileSync(h.file('p.json'), JSON.stringify(person()));
    const a = (await h.run(['health-code', 'issue', '--input', h.file('p.json')])).json().pass as string;
    const b = (await h.run(['health-code', 'issue', '--input', h.file('p.json')])).json().pass as string;
    const idA = parsePassText(a);
    const idB = parsePassText(b);
    expect(idA.ok && idB.ok && idA.record.passId !== idB.record.passId).toBe(true);
  });

  it('--svg writes the QR code as a phone would show it', async () => {
    writeFileSync(h.file('p.json'), JSON.stringify(person()));
    const r = await h.run(['health-code', 'issue', '--input', h.file('p.json'), '--svg', h.file('pass.svg')]);
    expect(r.code, r.stderr).toBe(0);
    const svg = readFileSync(h.file('pass.svg'), 'utf8');
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(svg).toContain('<path');
  });

  it.each([
    ['initials with a digit', person({ initials: 'C7M' }), 'initials'],
    ['five initials', person({ initials: 'ABCDE' }), 'initials'],
    ['no birth date', person({ birthDayMonth: undefined }), 'birthDayMonth'],
    ['31 April', person({ birthDayMonth: '31-04' }), 'birthDayMonth'],
    ['an unknown case status', person({ person: { status: 'maybe' } }), 'status'],
  ])('refuses %s, naming the field in English and Chinese', async (_name, input, field) => {
    writeFileSync(h.file('bad.json'), JSON.stringify(input));
    const r = await h.run(['health-code', 'issue', '--input', h.file('bad.json')]);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(field);
    expect(r.stderr).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a pass signed before the health-code key was rotated still verifies; the old key cannot sign new ones', async () => {
    writeFileSync(h.file('p.json'), JSON.stringify(person()));
    const before = (await h.run(['health-code', 'issue', '--input', h.file('p.json')])).json().pass as string;
    h.tick(60);
    expect((await h.run(['rotate', '--role', 'health-code'])).code).toBe(0);
    expect((await h.run(['root', 'export', '--out', h.file('root-2.json')])).code).toBe(0);
    const root = h.readRoot(h.file('root-2.json')).signed;
    h.tick(1);
    const after = (await h.run(['health-code', 'issue', '--input', h.file('p.json')])).json().pass as string;
    expect(verifyPass(before, { root, now: h.clock.now, verify: nodeVerify }).ok).toBe(true);
    expect(verifyPass(after, { root, now: h.clock.now, verify: nodeVerify }).ok).toBe(true);
    const kid = (t: string) => {
      const p = parsePassText(t);
      return p.ok ? p.record.kid : '';
    };
    expect(kid(before)).not.toBe(kid(after));
  });
});
