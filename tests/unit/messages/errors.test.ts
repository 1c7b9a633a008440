/** Error codes have words in both languages, and the IPC envelope is a schema the types come from. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ERROR_CODES, appErrorSchema, resultSchema } from '../../../shared/errors';
import { ERROR_TEXT, errorText } from '../../../shared/messages/errors';

describe('error words', () => {
  it('has an English and a Chinese sentence for every error code', () => {
    for (const code of ERROR_CODES) {
      expect(ERROR_TEXT[code].en.length).toBeGreaterThan(3);
      expect(ERROR_TEXT[code].zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('keeps an error’s own words and fills in only what is missing', () => {
    expect(errorText({ code: 'db-locked', message: 'The database is in use by another Venue Console.', messageZh: '資料庫使用中。' })).toEqual({
      en: 'The database is in use by another Venue Console.',
      zh: '資料庫使用中。',
    });
    expect(errorText({ code: 'db-locked', message: 'The database is in use by another Venue Console.' })).toEqual({
      en: 'The database is in use by another Venue Console.',
      zh: '資料庫正由另一個程式使用。',
    });
    expect(errorText({ code: 'cancelled', message: '' })).toEqual({ en: 'Cancelled.', zh: '已取消。' });
  });
});

describe('the result envelope', () => {
  const envelope = resultSchema(z.object({ n: z.number() }));

  it('parses a value or an error, and refuses an unknown code or a missing value', () => {
    expect(envelope.parse({ ok: true, value: { n: 1 } })).toEqual({ ok: true, value: { n: 1 } });
    const failure = { ok: false, error: { code: 'validation', message: 'Some fields need attention.', fields: [{ field: 'nameEn', en: 'a', zh: 'b' }] } };
    expect(envelope.parse(failure)).toEqual(failure);
    expect(envelope.safeParse({ ok: false, error: { code: 'teapot', message: 'no' } }).success).toBe(false);
    expect(envelope.safeParse({ ok: true }).success).toBe(false);
    expect(appErrorSchema.safeParse({ code: 'internal' }).success).toBe(false);
  });
});
