/**
 * The one zod → message translator. Schemas in shared/ put message keys, not words, in their custom messages
 * (`required`, `too-long:80`, `invisible:00AD`, `before:checkIn`, `district`…); {@link issueKey} turns any zod
 * issue into such a key, and the table below words every key in English and Chinese.
 *
 * One set of keys, two ways to name what is wrong:
 * - a field of a form or an IPC request, or a fleet CSV column, by its label: "English name is required."
 *   ({@link fieldIssues}, {@link describeIssue}; IPC dispatch, venue validation, the fleet CSV reader);
 * - an entry of a JSON document, by its path: "visits[3].checkOut: is before checkIn"
 *   ({@link pathIssues}, {@link describePathIssue}; the consumer documents the CLI and a phone read).
 */
import type { z } from 'zod';
import type { FieldIssue } from '../errors';
import type { Bi } from './bi';
import { fieldLabel } from './field-labels';

/** How a key is worded: as a sentence about a labelled field, and as a predicate after a path. */
interface Words {
  field?: (label: Bi, arg: string | undefined) => Bi;
  path?: (arg: string | undefined, shown: string) => Bi;
}

/**
 * The character a key's `XXXX` code point names, to show beside it ("🍜 (U+1F35C)"); a combining mark is shown
 * on a dotted circle (◌́), as character charts do.
 */
function character(hex: string | undefined): string {
  const cp = /^[0-9A-F]{4,6}$/i.test(hex ?? '') ? parseInt(hex ?? '', 16) : NaN;
  if (!(cp <= 0x10ffff)) return '?';
  const ch = String.fromCodePoint(cp);
  return /\p{M}/u.test(ch) ? `\u25CC${ch}` : ch;
}

/** Every message key that has words of its own; any other key reads "… is not valid". */
const WORDS: Readonly<Record<string, Words>> = {
  required: {
    field: (l) => ({ en: `${l.en} is required.`, zh: `請填寫${l.zh}。` }),
    path: () => ({ en: 'is required', zh: '必須提供' }),
  },
  'too-long': {
    field: (l, max) =>
      max === undefined ? { en: `${l.en} is too long.`, zh: `${l.zh}太長。` } : { en: `${l.en} must be at most ${max} characters.`, zh: `${l.zh}不可超過 ${max} 個字元。` },
    path: (max) => (max === undefined ? { en: 'is too long', zh: '太長' } : { en: `is longer than ${max} characters`, zh: `超過 ${max} 個字元` }),
  },
  // Printed text (see shared/venue/printed-text.ts for which characters are refused).
  control: {
    field: (l) => ({ en: `${l.en} contains invisible control characters.`, zh: `${l.zh}含有不可見的控制字元。` }),
    path: () => ({ en: 'contains invisible control characters', zh: '含有不可見的控制字元' }),
  },
  invisible: {
    field: (l, cp) => ({
      en: `${l.en} contains invisible control characters or a character that does not print (U+${cp}); delete it and type the text again.`,
      zh: `${l.zh}含有不可見的控制字元或無法列印的字元（U+${cp}）；請刪去後重新輸入。`,
    }),
    path: (cp) => ({ en: `contains a character that does not print (U+${cp})`, zh: `含有無法列印的字元（U+${cp}）` }),
  },
  // Printed text the poster font has no glyph for, or that needs right-to-left shaping (shared/printing/).
  unprintable: {
    field: (l, cp) => ({
      en: `${l.en}: ${character(cp)} (U+${cp}) cannot be printed on the poster — the poster font has no such character. Delete it or write it another way.`,
      zh: `${l.zh}：「${character(cp)}」（U+${cp}）無法印在海報上——海報字型沒有這個字元。請刪去或改用其他寫法。`,
    }),
    path: (cp) => ({ en: `contains ${character(cp)} (U+${cp}), which cannot be printed on the poster`, zh: `含有無法印在海報上的字元「${character(cp)}」（U+${cp}）` }),
  },
  rtl: {
    field: (l, cp) => ({
      en: `${l.en}: right-to-left text cannot be printed yet: ${character(cp)} (U+${cp}) is written right to left, which posters, stickers and cards cannot lay out. Write it in English or Chinese.`,
      zh: `${l.zh}：暫時無法列印由右至左書寫的文字：「${character(cp)}」（U+${cp}）須由右至左排版，海報、貼紙及卡片未能處理。請改用中文或英文。`,
    }),
    path: (cp) => ({ en: `contains right-to-left text, which cannot be printed yet (${character(cp)}, U+${cp})`, zh: `含有暫時無法列印的由右至左文字（「${character(cp)}」，U+${cp}）` }),
  },
  'no-visible': {
    field: (l) => ({ en: `${l.en} has no visible letter, digit or symbol.`, zh: `${l.zh}沒有任何可見的字母、數字或符號。` }),
    path: () => ({ en: 'has no visible letter, digit or symbol', zh: '沒有任何可見的字母、數字或符號' }),
  },
  markup: {
    field: (l) => ({ en: `${l.en} may not contain < or >.`, zh: `${l.zh}不可包含 < 或 >。` }),
    path: () => ({ en: 'may not contain < or >', zh: '不可包含 < 或 >' }),
  },
  // Venue fields.
  district: { field: () => ({ en: 'Choose one of the 18 districts.', zh: '請從十八區中選擇一區。' }) },
  'venue-type': { field: () => ({ en: 'Choose a venue type.', zh: '請選擇場所類別。' }) },
  phone: { field: () => ({ en: 'Enter an 8-digit Hong Kong phone number.', zh: '請輸入八位數字的香港電話號碼。' }) },
  email: { field: () => ({ en: 'Enter a valid email address.', zh: '請輸入有效的電郵地址。' }) },
  // Consumer documents (see shared/consumer/schemas.ts).
  type: {
    path: (expected, got) => ({ en: `must be ${expected === 'array' || expected === 'object' ? 'an' : 'a'} ${expected} (got ${got})`, zh: `類型錯誤，應為 ${expected}` }),
  },
  time: {
    path: (_, got) => ({
      en: `is not an ISO 8601 time with an offset, e.g. 2026-11-23T10:00:00+08:00 (got ${got})`,
      zh: '不是帶時區偏移的 ISO 8601 時間，例如 2026-11-23T10:00:00+08:00',
    }),
  },
  before: { path: (other) => ({ en: `is before ${other}`, zh: `早於 ${other}` }) },
  kind: { path: (expected, got) => ({ en: `unknown kind ${got} (expected ${expected})`, zh: `不明的類別（應為 ${expected}）` }) },
  'venue-id': { path: (_, got) => ({ en: `is not a valid venue id (got ${got})`, zh: '不是有效的場所編號' }) },
  plate: { path: (_, got) => ({ en: `is not a valid registration mark of 1-8 letters or digits (got ${got})`, zh: '不是有效的車牌號碼' }) },
  status: {
    path: (_, got) => ({ en: `must be one of none, confirmed, probable, close-contact, household-contact-of-close-contact (got ${got})`, zh: '個案狀況無效' }),
  },
  scheme: { path: (_, got) => ({ en: `must be return2hk, come2hk or null (got ${got})`, zh: '計劃名稱無效' }) },
  json: { path: (detail) => ({ en: `is not valid JSON (${detail ?? 'parse error'})`, zh: '不是有效的 JSON' }) },
  // A value outside a fixed list (a zod enum or literal): the list is the argument, values joined by "|".
  'one-of': {
    path: (values, got) => {
      const list = (values ?? '').split('|');
      return { en: `must be ${list.length === 1 ? list[0] : `one of ${list.join(', ')}`} (got ${got})`, zh: `必須是${list.length === 1 ? '' : '以下之一：'}${list.join('、')}` };
    },
  },
  shape: { path: (expected) => ({ en: `must be ${expected}`, zh: `格式錯誤，應為 ${expected}` }) },
};

/** A key's kind and its argument: everything after the first ":" (an argument may hold colons of its own). */
function wordsFor(key: string): { words: Words | undefined; arg: string | undefined } {
  const colon = key.indexOf(':');
  const kind = colon < 0 ? key : key.slice(0, colon);
  const arg = colon < 0 ? undefined : key.slice(colon + 1);
  return { words: Object.prototype.hasOwnProperty.call(WORDS, kind) ? WORDS[kind] : undefined, arg };
}

/** Words for a message key on a labelled field (a form field, a request field, a CSV column), as a sentence. */
export function describeIssue(field: string, key: string): FieldIssue {
  const label = fieldLabel(field);
  const { words, arg } = wordsFor(key);
  const text = words?.field?.(label, arg) ?? { en: `${label.en} is not valid.`, zh: `${label.zh}無效。` };
  return { field, ...text };
}

const shown = (value: unknown): string => {
  const text = value === undefined ? 'nothing' : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/** Words for a message key on an entry of a document, after its path (none when `path` is empty); `value` is the offending input. */
export function describePathIssue(path: string, key: string, value: unknown): FieldIssue {
  const { words, arg } = wordsFor(key);
  // A key without words of its own is a schema's own sentence (a refinement's, or zod's after `invalid:`): shown whole.
  const text = words?.path?.(arg, shown(value)) ?? { en: `is not valid (${key.startsWith('invalid:') ? key.slice('invalid:'.length) : key})`, zh: '無效' };
  return path === '' ? { field: path, ...text } : { field: path, en: `${path}: ${text.en}`, zh: `${path}：${text.zh}` };
}

/** A custom message that is a key (`too-long:80`) rather than zod's own words ("Too big: expected…"). */
const KEY = /^[a-z][a-z0-9-]*(?::[\s\S]*)?$/;

/**
 * The message key for a zod issue; `value` is the input at the issue's path (undefined when unknown). Custom
 * messages are keys already; a missing value is `required`, a wrong one `type:<expected>`, an unknown
 * discriminator `kind:<options>`, a value outside a list `one-of:<a|b|c>`; zod's own words become `invalid:<words>`.
 */
export function issueKey(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'custom':
      return issue.message;
    case 'invalid_type':
      return value === undefined ? 'required' : `type:${issue.expected}`;
    case 'invalid_value':
      if (KEY.test(issue.message)) return issue.message;
      return value === undefined ? 'required' : `one-of:${issue.values.map(String).join('|')}`;
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator !== undefined) {
        const options = 'options' in issue && Array.isArray(issue.options) ? issue.options.map(String).join(' or ') : '';
        return value === undefined ? 'required' : `kind:${options}`;
      }
      return KEY.test(issue.message) ? issue.message : 'invalid';
    default:
      return KEY.test(issue.message) ? issue.message : `invalid:${issue.message}`;
  }
}

/** The input at a zod path; undefined where the input has no such entry. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = input;
  for (const part of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[part];
  }
  return at;
}

/** `visits[3].checkOut` from a root name and a zod path (`input` when both are empty). */
export function formatPath(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? 'input' : out;
}

/**
 * One bilingual message per field for a form or a request (the field is the last part of each issue's path;
 * the first issue of a field wins). Give the parsed `input` so that a value of the wrong type reads "not
 * valid" rather than "required".
 */
export function fieldIssues(error: z.ZodError, input?: unknown): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of error.issues) {
    const field = String(issue.path[issue.path.length - 1] ?? 'input');
    if (out.some((f) => f.field === field)) continue;
    out.push(describeIssue(field, issueKey(issue, valueAt(input, issue.path))));
  }
  return out;
}

/** One bilingual message per issue of a document, each named by its path under `root` (at most `max`). */
export function pathIssues(error: z.ZodError, root: string, input: unknown, max = Number.POSITIVE_INFINITY): FieldIssue[] {
  return error.issues.slice(0, max).map((issue) => {
    const value = valueAt(input, issue.path);
    return describePathIssue(formatPath(root, issue.path), issueKey(issue, value), value);
  });
}
