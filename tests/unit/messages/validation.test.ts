/** One zod → message translator: forms, IPC requests, fleet CSV columns and consumer documents share its keys and words. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readFleetCsv } from '../../../services/batch/fleet-csv';
import { parseVisitList } from '../../../shared/consumer/parse';
import { visitSchema } from '../../../shared/consumer/schemas';
import { settingsSchema } from '../../../shared/ipc/console-contract';
import { fieldLabel } from '../../../shared/messages/field-labels';
import { describeIssue, describePathIssue, fieldIssues, issueKey, pathIssues } from '../../../shared/messages/validation';
import { printedText, textProblem, validateVenueInput, venueInputSchema } from '../../../shared/venue/venue';
import { venueInput } from '../../helpers/temp-services';

const venue = venueInput;

/** A sentence with its field's label replaced, so messages about different fields can be compared. */
const unlabelled = (field: string, text: { en: string; zh: string }) => ({
  en: text.en.replace(fieldLabel(field).en, '‹field›'),
  zh: text.zh.replace(fieldLabel(field).zh, '‹field›'),
});

describe('the message catalogue', () => {
  it('words a fleet CSV column and a venue form field with the same sentence for the same problem', () => {
    const softHyphen = 'Star\u00ADTaxis';
    const csv = readFleetCsv(`plate,company_en\nAB 1234,${softHyphen}\n`);
    expect(csv.rejected).toHaveLength(1);
    const column = { en: csv.rejected[0]?.reason ?? '', zh: csv.rejected[0]?.reasonZh ?? '' };

    const form = validateVenueInput(venue({ nameEn: softHyphen }));
    expect(form.ok).toBe(false);
    const field = form.ok ? null : form.issues.find((f) => f.field === 'nameEn');

    // Both came from describeIssue with the key printed-text.ts reports; only the label differs.
    expect(textProblem(softHyphen, 180)).toBe('invisible:00AD');
    expect(column).toEqual({ en: describeIssue('company_en', 'invisible:00AD').en, zh: describeIssue('company_en', 'invisible:00AD').zh });
    expect(field).toEqual(describeIssue('nameEn', 'invisible:00AD'));
    expect(unlabelled('company_en', column)).toEqual(unlabelled('nameEn', field as { en: string; zh: string }));
    expect(column.en).toContain('The company_en column contains');
    expect(field?.en).toContain('English name contains');
  });

  it('gives IPC dispatch and the venue repository the same field messages (one translator, one set of keys)', () => {
    const raw = venue({ nameEn: 'x'.repeat(81), nameZh: '', addressEn: 'Flat <b>1</b>', district: 'Atlantis', type: 'casino', contactPhone: '123', contactEmail: 'not-an-email' });
    const parsed = venueInputSchema.safeParse(raw);
    expect(parsed.success).toBe(false);
    const viaDispatch = parsed.success ? [] : fieldIssues(parsed.error, raw);
    const viaRepository = validateVenueInput(raw);
    expect(viaRepository.ok ? [] : viaRepository.issues).toEqual(viaDispatch);
    const en = Object.fromEntries(viaDispatch.map((f) => [f.field, f.en]));
    expect(en).toEqual({
      nameEn: 'English name must be at most 80 characters.',
      nameZh: 'Chinese name is required.',
      addressEn: 'English address may not contain < or >.',
      district: 'Choose one of the 18 districts.',
      type: 'Choose a venue type.',
      contactPhone: 'Enter an 8-digit Hong Kong phone number.',
      contactEmail: 'Enter a valid email address.',
    });
  });

  it('maps zod issues to the same keys whichever way the field is named', () => {
    const schema = z.object({ name: printedText(10), when: visitSchema.optional() });
    const input = { name: 'a\u0007b', when: { kind: 'venue', venueId: 'nope', checkIn: 'tomorrow' } };
    const parsed = schema.safeParse(input);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.error.issues.map((i) => issueKey(i, undefined))).toContain('control');
    expect(fieldIssues(parsed.error, input).find((f) => f.field === 'name')?.en).toBe('name contains invisible control characters.');
    const paths = pathIssues(parsed.error, 'doc', input).map((f) => f.en);
    expect(paths).toContain('doc.name: contains invisible control characters');
    expect(paths).toContain('doc.when.checkIn: is not an ISO 8601 time with an offset, e.g. 2026-11-23T10:00:00+08:00 (got "tomorrow")');
    expect(paths).toContain('doc.when.venueId: is not a valid venue id (got "nope")');
  });

  it('says "required" for a missing value and "not valid" for a value of the wrong type', () => {
    const missing = venue({ nameEn: undefined });
    const wrong = venue({ nameEn: 5 });
    const a = venueInputSchema.safeParse(missing);
    const b = venueInputSchema.safeParse(wrong);
    expect(a.success || fieldIssues(a.error, missing)[0]).toEqual({ field: 'nameEn', en: 'English name is required.', zh: '請填寫英文名稱。' });
    expect(b.success || fieldIssues(b.error, wrong)[0]).toEqual({ field: 'nameEn', en: 'English name is not valid.', zh: '英文名稱無效。' });
    // In a document the same keys read after the path.
    const doc = parseVisitList([{ kind: 'venue', venueId: 5 }]);
    expect(doc.ok ? [] : doc.error.fields?.map((f) => f.en)).toEqual(['visits[0].venueId: must be a string (got 5)', 'visits[0].checkIn: is required']);
  });

  it('keeps settings, search and unknown fields worded', () => {
    const parsed = settingsSchema.safeParse({ operatorName: '', schemeName: 'x'.repeat(61) });
    expect(parsed.success || fieldIssues(parsed.error).map((f) => f.en)).toEqual(['Operator name is required.', 'Scheme name must be at most 60 characters.']);
    expect(describeIssue('query', 'control').en).toBe('The search contains invisible control characters.');
    expect(describeIssue('constructor', 'required')).toEqual({ field: 'constructor', en: 'constructor is required.', zh: '請填寫constructor。' });
    expect(describeIssue('nameEn', 'toString')).toEqual({ field: 'nameEn', en: 'English name is not valid.', zh: '英文名稱無效。' });
    expect(describePathIssue('', 'json:Unexpected end', undefined)).toEqual({ field: '', en: 'is not valid JSON (Unexpected end)', zh: '不是有效的 JSON' });
  });

  it('lists the allowed values of an enum, and keeps a message with colons whole', () => {
    const doc = z.object({ kind: z.enum(['exposure', 'closure']), id: z.string().regex(/^[a-z]+$/, 'an id is letters, "." or ":" only: no digits'), one: z.literal('x') });
    const input = { kind: 'gossip', id: 'a1', one: 'y' };
    const parsed = doc.safeParse(input);
    expect(parsed.success || pathIssues(parsed.error, 'notice', input).map((f) => [f.en, f.zh])).toEqual([
      ['notice.kind: must be one of exposure, closure (got "gossip")', 'notice.kind：必須是以下之一：exposure、closure'],
      ['notice.id: is not valid (an id is letters, "." or ":" only: no digits)', 'notice.id：無效'],
      ['notice.one: must be x (got "y")', 'notice.one：必須是x'],
    ]);
    // A key's argument is everything after its first colon.
    expect(describePathIssue('at', 'json:line 1: column 2: unexpected', undefined).en).toBe('at: is not valid JSON (line 1: column 2: unexpected)');
    expect(issueKey({ code: 'invalid_value', values: ['a', 'b'], path: [], message: '', input: undefined } as never, undefined)).toBe('required');
  });
});
