/** The HC1 record: round trips, range checks, and no single-digit change of a pass still verifies. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPassText, decodePassRecord, encodePassRecord, parseBirthDayMonth, PassRangeError, type PassRecord } from '../../../shared/health-code/pass';
import { verifyPass } from '../../../shared/health-code/verify-pass';
import { nodeVerify } from '../../../services/crypto/node-verify';
import { seedKey } from '../../helpers/seed-keys';
import { vectorRoot } from '../../helpers/pass-vectors';

const health = seedKey(4);
const record = fc.record({
  passId: fc.uint8Array({ minLength: 8, maxLength: 8 }).map((b) => Buffer.from(b).toString('hex')),
  colour: fc.constantFrom('green' as const, 'amber' as const, 'red' as const),
  validOn: fc.integer({ min: 0, max: 0xffff }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10)),
  initials: fc.stringMatching(/^[A-Z]{1,4}$/),
  birthDayMonth: fc.constantFrom('01-01', '29-02', '31-12', '07-03', '30-04'),
  issuedAt: fc.integer({ min: 0, max: 0xffffffff }),
  kid: fc.constant(health.kid),
});

describe('HC1 record', () => {
  it('decodes to exactly what was encoded', () => {
    fc.assert(fc.property(record, (r: PassRecord) => {
        expect(decodePassRecord(encodePassRecord(r))).toEqual(r);
      }), { numRuns: 300 });
  });

  it.each([
    ['initials with a digit', { initials: 'A1' }],
    ['five initials', { initials: 'ABCDE' }],
    ['lower-case initials', { initials: 'ab' }],
    ['31 April', { birthDayMonth: '31-04' }],
    ['month 13', { birthDayMonth: '01-13' }],
    ['a short pass id', { passId: '0123' }],
    ['a date before 1970', { validOn: '1969-12-31' }],
  ])('refuses %s', (_name, change) => {
    const base: PassRecord = { passId: '0123456789abcdef', colour: 'green', validOn: '2026-11-26', initials: 'CTM', birthDayMonth: '07-03', issuedAt: 1_790_000_000, kid: health.kid };
    expect(() => encodePassRecord({ ...base, ...change })).toThrow(PassRangeError);
  });

  it('29-02 is a birthday; 30-02 is not', () => {
    expect(parseBirthDayMonth('29-02')).toEqual([29, 2]);
    expect(parseBirthDayMonth('30-02')).toBeNull();
  });

  it('no single changed digit yields a pass that verifies', () => {
    const root = vectorRoot().signed;
    const now = Date.parse('2026-11-26T12:00:00+08:00');
    const text = buildPassText({ passId: '0123456789abcdef', colour: 'red', validOn: '2026-11-26', initials: 'CTM', birthDayMonth: '07-03', issuedAt: Math.floor(now / 1000) - 60, kid: health.kid }, health.sign);
    expect(verifyPass(text, { root, now, verify: nodeVerify }).ok).toBe(true);
    let changed = 0;
    for (let i = 4; i < text.length; i++) {
      for (const d of '0123456789') {
        if (d === text[i]) continue;
        changed++;
        const verdict = verifyPass(text.slice(0, i) + d + text.slice(i + 1), { root, now, verify: nodeVerify });
        if (verdict.ok) throw new Error(`digit ${i} → ${d} still verifies`);
      }
    }
    expect(changed).toBe((text.length - 4) * 9);
  });
});
