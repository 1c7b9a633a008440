/** docs/health-code-pass.md's vectors: they equal what the seeds make, and verifyPass gives each its stated verdict. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyPass } from '../../../shared/health-code/verify-pass';
import { parsePassText } from '../../../shared/health-code/pass';
import { parseRoot } from '../../../shared/trust/root';
import { passVectors, vectorRoot, VECTOR_OPERATOR_KID, type PassVector } from '../../helpers/pass-vectors';

const doc = readFileSync(new URL('../../../docs/health-code-pass.md', import.meta.url), 'utf8');
const blocks = [...doc.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => JSON.parse(m[1] as string) as unknown);
const [docRoot, docVectors] = blocks as [unknown, PassVector[]];

describe('Health Code pass vectors (docs/health-code-pass.md)', () => {
  it('the doc holds the root and the vectors the seeds make', () => {
    expect(blocks).toHaveLength(2);
    expect(docRoot).toEqual(vectorRoot());
    expect(docVectors).toEqual(passVectors());
    expect(docVectors.length).toBeGreaterThanOrEqual(12);
  });

  const root = parseRoot(docRoot);
  it.each(docVectors.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    if (!root.ok) throw new Error(root.detail);
    const verdict = verifyPass(v.text, { root: root.root.signed, now: Date.parse(v.now), operatorKids: new Set([VECTOR_OPERATOR_KID()]) });
    if (v.expect.ok) {
      expect(verdict).toMatchObject({ ok: true, validUntil: v.expect.validUntil, pass: { colour: v.expect.colour } });
    } else {
      expect(verdict).toMatchObject({ ok: false, reason: v.expect.reason });
    }
  });

  it('a pass carries initials and day/month of birth but no name: the record reads back exactly', () => {
    const first = docVectors[0] as PassVector;
    const parsed = parsePassText(first.text);
    expect(parsed).toMatchObject({ ok: true, record: { initials: 'CTM', birthDayMonth: '07-03', passId: '0123456789abcdef', validOn: '2026-11-26' } });
    expect(first.text).toMatch(/^HC1:\d+$/);
  });

  it('a wedge scanner\u2019s trailing Enter is ignored, anything else is not', () => {
    const first = docVectors[0] as PassVector;
    expect(parsePassText(`${first.text}\r\n`).ok).toBe(true);
    expect(parsePassText(`${first.text}x`).ok).toBe(false);
  });
});
