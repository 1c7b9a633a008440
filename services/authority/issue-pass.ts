/**
 * `health-code issue`: a Health Code pass for one person. The colour comes from the consumer module's rules
 * (the same input as `venue-console health-code`), the pass is valid for the Hong Kong day of the assessment and
 * is signed by the authority's current `health-code` key. Two more fields name the holder for the desk, and
 * nothing more: `initials` (letters) and `birthDayMonth` (`DD-MM`).
 */
import { randomBytes } from 'node:crypto';
import { fail, type FieldIssue } from '../../shared/errors';
import { parseHealthCodeInput } from '../../shared/consumer/parse';
import { assessHealthCode } from '../../shared/health-code/assess';
import { buildPassText, INITIALS_MAX, parseBirthDayMonth } from '../../shared/health-code/pass';
import { passValidUntil } from '../../shared/health-code/verify-pass';
import { hkIsoDate } from '../../shared/time/hk';
import { currentKey, unsealKey } from './authority-keys';
import type { AuthorityContext } from './authority-context';
import { readState, requireAuthority } from './authority-state';

/** What `health-code issue` prints. */
export interface IssuedPass {
  colour: 'red' | 'amber' | 'green';
  rule: string;
  validUntil: string;
  pass: string;
}

/** The holder fields of the input, checked: initials as upper-case A–Z (1–4), day and month of birth as `DD-MM`. */
function holderOf(raw: Record<string, unknown>): { initials: string; birthDayMonth: string } {
  const issues: FieldIssue[] = [];
  const initials = typeof raw.initials === 'string' ? raw.initials.normalize('NFKC').replace(/[\s.]/g, '').toUpperCase() : '';
  if (!/^[A-Z]+$/.test(initials) || initials.length > INITIALS_MAX) {
    issues.push({ field: 'initials', en: `initials: 1–${INITIALS_MAX} letters A–Z (e.g. "CTM").`, zh: `initials：1 至 ${INITIALS_MAX} 個英文字母（例如 "CTM"）。` });
  }
  const birthDayMonth = typeof raw.birthDayMonth === 'string' ? raw.birthDayMonth.trim() : '';
  if (!parseBirthDayMonth(birthDayMonth)) {
    issues.push({ field: 'birthDayMonth', en: 'birthDayMonth: the day and month of birth as "DD-MM" (e.g. "07-03").', zh: 'birthDayMonth：出生日及月，格式為 "DD-MM"（例如 "07-03"）。' });
  }
  if (issues.length > 0) fail('validation', `The input cannot make a pass: ${issues.map((i) => i.en).join(' ')}`, `無法簽發通行碼：${issues.map((i) => i.zh).join(' ')}`, issues);
  return { initials, birthDayMonth };
}

/** Decides the colour of the person in `text` (JSON) and signs a pass for it. */
export function issuePass(ctx: AuthorityContext, text: string): IssuedPass {
  requireAuthority(ctx.dir);
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    fail('validation', `The input is not valid JSON (${(error as Error).message}).`, '輸入不是有效的 JSON。');
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail('validation', 'The input must be a JSON object.', '輸入必須是 JSON 物件。');
  const input = parseHealthCodeInput(raw);
  if (!input.ok) fail('validation', input.error.message, input.error.messageZh ?? input.error.message, input.error.fields);
  const holder = holderOf(raw as Record<string, unknown>);
  const at = input.value.now ?? ctx.now();
  const code = assessHealthCode(input.value, at);
  const state = readState(ctx.dir);
  const key = currentKey(state, 'health-code');
  const signer = unsealKey(key, ctx.sealer(), ctx.dir);
  const validOn = hkIsoDate(at);
  const pass = buildPassText(
    { passId: randomBytes(8).toString('hex'), colour: code.colour, validOn, ...holder, issuedAt: Math.floor(at / 1000), kid: signer.kid },
    signer.sign,
  );
  return { colour: code.colour, rule: code.rule, validUntil: passValidUntil(validOn), pass };
}
