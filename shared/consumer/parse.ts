/**
 * Parsing of consumer JSON documents into visits, exposures and Health Code input, with every problem named by
 * entry and field (`visits[3].checkOut: is before checkIn`) in English and Chinese.
 */
import { z } from 'zod';
import { err, ok, type FieldIssue, type Result } from '../errors';
import type { Visit } from '../checkin/visit';
import type { Exposure } from '../exposure/exposure';
import type { HealthCodeInput } from '../health-code/assess';
import { exposureSchema, healthCodeInputSchema, visitSchema } from './schemas';

/** Most issues reported for one document (the first is the message; the rest go in `fields`). */
export const MAX_ISSUES = 20;

/** `visits[3].checkOut` from a root name and a zod path. */
export function formatPath(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? 'input' : out;
}

const shown = (value: unknown): string => {
  const text = value === undefined ? 'nothing' : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/** Words for an issue key (see schemas.ts) on a field, in both languages; `value` is the offending input. */
export function describeConsumerIssue(field: string, key: string, value: unknown): FieldIssue {
  const [kind, arg] = key.split(':');
  const say = (en: string, zh: string): FieldIssue => (field === '' ? { field, en, zh } : { field, en: `${field}: ${en}`, zh: `${field}：${zh}` });
  switch (kind) {
    case 'required':
      return say('is required', '必須提供');
    case 'type':
      return say(`must be ${arg === 'array' || arg === 'object' ? 'an' : 'a'} ${arg} (got ${shown(value)})`, `類型錯誤，應為 ${arg}`);
    case 'time':
      return say(
        `is not an ISO 8601 time with an offset, e.g. 2026-11-23T10:00:00+08:00 (got ${shown(value)})`,
        '不是帶時區偏移的 ISO 8601 時間，例如 2026-11-23T10:00:00+08:00',
      );
    case 'before':
      return say(`is before ${arg}`, `早於 ${arg}`);
    case 'kind':
      return say(`unknown kind ${shown(value)} (expected ${arg})`, `不明的類別（應為 ${arg}）`);
    case 'venue-id':
      return say(`is not a valid venue id (got ${shown(value)})`, '不是有效的場所編號');
    case 'plate':
      return say(`is not a valid registration mark of 1-8 letters or digits (got ${shown(value)})`, '不是有效的車牌號碼');
    case 'status':
      return say(`must be one of none, confirmed, probable, close-contact, household-contact-of-close-contact (got ${shown(value)})`, '個案狀況無效');
    case 'scheme':
      return say(`must be return2hk, come2hk or null (got ${shown(value)})`, '計劃名稱無效');
    case 'too-long':
      return say('is too long', '太長');
    case 'json':
      return say(`is not valid JSON (${arg ?? 'parse error'})`, '不是有效的 JSON');
    case 'shape':
      return say(`must be ${arg}`, `格式錯誤，應為 ${arg}`);
    default:
      return say(`is not valid (${arg ?? key})`, '無效');
  }
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = raw;
  for (const part of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[part];
  }
  return at;
}

function issueKey(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'custom':
      return issue.message;
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator !== undefined) {
        const options = 'options' in issue && Array.isArray(issue.options) ? issue.options.map(String).join(' or ') : '';
        return value === undefined ? 'required' : `kind:${options}`;
      }
      return 'invalid';
    case 'invalid_type':
      return value === undefined ? 'required' : `type:${issue.expected}`;
    case 'invalid_value':
    case 'too_big':
    case 'too_small':
      return /^[a-z-]+$/.test(issue.message) ? issue.message : `invalid:${issue.message}`;
    default:
      return `invalid:${issue.message}`;
  }
}

function failure<T>(issues: FieldIssue[]): Result<T> {
  const first = issues[0] as FieldIssue;
  return err({ code: 'validation', message: first.en, messageZh: first.zh, fields: issues.slice(0, MAX_ISSUES) });
}

function parseWith<S extends z.ZodType>(schema: S, raw: unknown, root: string): Result<z.output<S>> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return ok(parsed.data);
  const issues = parsed.error.issues.slice(0, MAX_ISSUES).map((issue) => {
    const value = valueAt(raw, issue.path);
    return describeConsumerIssue(formatPath(root, issue.path), issueKey(issue, value), value);
  });
  return failure(issues);
}

/** Parses JSON text; a syntax error is reported against `label` (a file name or field; none when empty). */
export function parseJsonText(text: string, label = ''): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (e) {
    const detail = e instanceof Error ? e.message : 'parse error';
    return failure([describeConsumerIssue(label, `json:${detail}`, undefined)]);
  }
}

/** The list inside a document that is either a bare array or an object holding the array under `key`. */
function listOf(raw: unknown, key: string): unknown[] | null {
  if (Array.isArray(raw)) return raw;
  if (raw !== null && typeof raw === 'object' && Array.isArray((raw as Record<string, unknown>)[key])) {
    return (raw as Record<string, unknown[]>)[key] as unknown[];
  }
  return null;
}

/** Visits from a bare array of visit entries or an object with a `visits` array (e.g. a diary export). */
export function parseVisitList(raw: unknown): Result<Visit[]> {
  const list = listOf(raw, 'visits');
  if (!list) return failure([describeConsumerIssue('visits', 'shape:an array of visits or an object with a "visits" array', raw)]);
  return parseWith(z.array(visitSchema), list, 'visits');
}

/** Exposures from a bare array of exposure entries or an object with an `exposures` array. */
export function parseExposureList(raw: unknown): Result<Exposure[]> {
  const list = listOf(raw, 'exposures');
  if (!list) return failure([describeConsumerIssue('exposures', 'shape:an array of exposures or an object with an "exposures" array', raw)]);
  return parseWith(z.array(exposureSchema), list, 'exposures');
}

/** The `health-code` input document: `{ now?, person, visits?, highRisk? }`. */
export function parseHealthCodeInput(raw: unknown): Result<HealthCodeInput> {
  return parseWith(healthCodeInputSchema, raw, '');
}
