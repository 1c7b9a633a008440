/** Printed text is checked by Unicode properties: nothing invisible, unprintable or blank reaches a poster or a QR code. */
import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../../shared/ipc/console-contract';
import { fieldIssues } from '../../../shared/messages/validation';
import { textProblem, validateVenueInput } from '../../../shared/venue/venue';
import { venueInput } from '../../helpers/temp-services';

/** The hostile characters of issue 8 §5 that the old list let through (plus two more of the same kinds). */
const HOSTILE: [string, string][] = [
  ['U+061C arabic letter mark (bidi control)', '\u061C'],
  ['U+00AD soft hyphen', '\u00AD'],
  ['U+034F combining grapheme joiner', '\u034F'],
  ['U+180E Mongolian vowel separator', '\u180E'],
  ['U+115F Hangul choseong filler', '\u115F'],
  ['U+1160 Hangul jungseong filler', '\u1160'],
  ['U+3164 Hangul filler', '\u3164'],
  ['U+FFA0 halfwidth Hangul filler', '\uFFA0'],
  ['U+2800 braille blank', '\u2800'],
  ['U+FE0F variation selector 16', '\uFE0F'],
  ['U+E0100 variation selector 17', '\u{E0100}'],
  ['U+E0041 tag latin capital A', '\u{E0041}'],
  ['U+FFFC object replacement character', '\uFFFC'],
  ['U+E000 private use', '\uE000'],
  ['U+FDD0 noncharacter', '\uFDD0'],
  ['U+FFFF noncharacter', '\uFFFF'],
  ['lone surrogate U+D800', '\uD800'],
  ['U+1D173 musical begin beam (format)', '\u{1D173}'],
  ['U+FFFD replacement character', '\uFFFD'],
];

describe('printed text', () => {
  for (const [name, ch] of HOSTILE) {
    it(`refuses ${name} in a name, with a field message in both languages`, () => {
      for (const field of ['nameEn', 'nameZh', 'addressEn', 'addressZh'] as const) {
        const value = field.endsWith('Zh') ? `大圍${ch}茶餐廳` : `Tai Wai${ch} Tea`;
        const result = validateVenueInput(venueInput({ [field]: value }));
        expect(result.ok, `${name} in ${field}`).toBe(false);
        if (result.ok) continue;
        const issue = result.issues.find((i) => i.field === field);
        expect(issue?.en).toMatch(/invisible|unprintable|visible/);
        expect(issue?.zh).toMatch(/字元|可見/);
      }
      expect(settingsSchema.safeParse({ operatorName: `Operator${ch}`, schemeName: 'Scheme' }).success).toBe(false);
    });
  }

  it('names the refused character by its code point', () => {
    const result = validateVenueInput(venueInput({ nameEn: 'Caf\u00ADe' }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.en).toContain('U+00AD');
  });

  it('refuses names made only of blanks that are not spaces (braille blank, Hangul fillers)', () => {
    for (const blank of ['\u2800\u2800\u2800', '\u3164', '\u115F\u1160', '\uFFA0\uFFA0', '\u2800 \u3164', '\u200B']) {
      const result = validateVenueInput(venueInput({ nameEn: blank, nameZh: blank }));
      expect(result.ok, JSON.stringify(blank)).toBe(false);
      if (result.ok) continue;
      const issue = result.issues.find((i) => i.field === 'nameEn');
      expect(issue?.en).toBe('English name has no visible letter, digit or symbol.');
      expect(issue?.zh).toBe('英文名稱沒有任何可見的字母、數字或符號。');
    }
    expect(textProblem('\u2800', 80)).toBe('no-visible');
  });

  it('still accepts ordinary names in any script the poster font has, and stores them NFC', () => {
    for (const name of ["McDonald's", 'Café Déjà Vu', '大圍茶餐廳', '𨋢大堂', 'Ünïcødé Bar', 'Кафе Москва', '...', 'A&B (HK) Ltd.']) {
      expect(textProblem(name, 80), name).toBeNull();
    }
    // Visible, but not in the font posters embed (Noto Sans HK): they would print as empty boxes (issue 10 §1).
    expect(textProblem('Ünïcødé ☕ Bar', 80)).toBe('unprintable:2615');
    expect(textProblem('ร้านอาหาร', 80)).toBe('unprintable:0E23');
    const decomposed = validateVenueInput(venueInput({ nameEn: 'Cafe\u0301', addressZh: '沙田\u3000大圍' }));
    expect(decomposed.ok).toBe(true);
    if (decomposed.ok) expect(decomposed.value.nameEn).toBe('Caf\u00E9');
    const settings = settingsSchema.parse({ operatorName: 'Cafe\u0301 Group', schemeName: 'Scheme' });
    expect(settings.operatorName).toBe('Caf\u00E9 Group');
  });

  it('keeps one message per field for zod issues', () => {
    const parsed = settingsSchema.safeParse({ operatorName: '\u2800', schemeName: 'x\u061C' });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(fieldIssues(parsed.error).map((f) => f.field)).toEqual(['operatorName', 'schemeName']);
  });
});
