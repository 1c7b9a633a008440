/**
 * A character the poster font has no glyph for, or one that needs right-to-left shaping, is refused where it is
 * typed — the venue form, settings, a fleet CSV row — naming it in both languages (issue 10 §1).
 */
import { describe, expect, it } from 'vitest';
import { readFleetCsv } from '../../../services/batch/fleet-csv';
import { settingsSchema } from '../../../shared/ipc/console-contract';
import { describeIssue, fieldIssues } from '../../../shared/messages/validation';
import { rightToLeft, unprintableCharacter } from '../../../shared/printing/printable';
import { textProblem, validateVenueInput } from '../../../shared/venue/venue';
import { venueInput } from '../../helpers/temp-services';

/** 𠀀 U+20000, the first CJK Extension B character: not in Noto Sans HK. */
const RARE_HAN = '\u{20000}';

describe('printable characters', () => {
  it('finds the first character the poster font has no glyph for, by code point', () => {
    expect(unprintableCharacter('Noodles 🍜 Bar')).toBe('🍜');
    expect(unprintableCharacter('😀')).toBe('😀');
    expect(unprintableCharacter(`石${RARE_HAN}屎`)).toBe(RARE_HAN);
    expect(unprintableCharacter('ร้านอาหาร')).toBe('ร');
    // 𨋢 (U+282E2, Cantonese "lift") is Extension B and in Noto Sans HK; so are Latin, Greek basics, Cyrillic, kana.
    for (const ok of ['𨋢大堂', '大圍茶餐廳', 'Café Déjà Vu', 'Tiếng Việt', 'Кафе Москва', 'ＬＧ１２３４', '沙田\u3000大圍', 'A & B', 'Cafe\u0301']) {
      expect(unprintableCharacter(ok), ok).toBeNull();
    }
  });

  it('finds right-to-left text', () => {
    expect(rightToLeft('مطعم')).toBe('م');
    expect(rightToLeft('Cafe מסעדה')).toBe('מ');
    expect(rightToLeft('ܫܠܡܐ')).toBe('ܫ'); // Syriac
    expect(rightToLeft('ދިވެހި')).toBe('ދ'); // Thaana
    expect(rightToLeft('ߒߞߏ')).toBe('ߒ'); // NKo
    expect(rightToLeft('𞤀𞤁')).toBe('𞤀'); // Adlam
    expect(rightToLeft('ﻻ')).toBe('ﻻ'); // an Arabic presentation form
    expect(rightToLeft('Tai Wai 大圍 🍜')).toBeNull();
  });

  it('refuses emoji and rare characters in every field of the venue form, naming the character in both languages', () => {
    for (const [ch, hex] of [['🍜', '1F35C'], ['😀', '1F600'], [RARE_HAN, '20000']] as const) {
      for (const field of ['nameEn', 'nameZh', 'addressEn', 'addressZh'] as const) {
        const result = validateVenueInput(venueInput({ [field]: field.endsWith('Zh') ? `大圍${ch}茶餐廳` : `Tai Wai ${ch} Tea` }));
        expect(result.ok, `${hex} in ${field}`).toBe(false);
        if (result.ok) continue;
        const issue = result.issues.find((i) => i.field === field);
        expect(issue?.en).toContain(`${ch} (U+${hex}) cannot be printed on the poster`);
        expect(issue?.zh).toContain(`「${ch}」（U+${hex}）無法印在海報上`);
      }
    }
    expect(textProblem('Noodles 🍜', 80)).toBe('unprintable:1F35C');
    expect(describeIssue('nameEn', 'unprintable:1F35C')).toEqual({
      field: 'nameEn',
      en: 'English name: 🍜 (U+1F35C) cannot be printed on the poster — the poster font has no such character. Delete it or write it another way.',
      zh: '英文名稱：「🍜」（U+1F35C）無法印在海報上——海報字型沒有這個字元。請刪去或改用其他寫法。',
    });
  });

  it('refuses Arabic and Hebrew: right-to-left text cannot be printed yet', () => {
    for (const [text, field] of [['مطعم', 'nameEn'], ['מסעדה', 'nameZh'], ['Shop מסעדה', 'addressEn']] as const) {
      const result = validateVenueInput(venueInput({ [field]: text }));
      expect(result.ok, text).toBe(false);
      if (result.ok) continue;
      const issue = result.issues.find((i) => i.field === field);
      expect(issue?.en).toMatch(/right-to-left text cannot be printed yet/);
      expect(issue?.en).toContain(`(U+${(rightToLeft(text)?.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`);
      expect(issue?.zh).toMatch(/由右至左/);
    }
    expect(textProblem('مطعم', 80)).toBe('rtl:0645');
  });

  it('accepts a Cantonese Extension B character that the font has (𨋢, U+282E2)', () => {
    const result = validateVenueInput(venueInput({ nameZh: '𨋢大堂茶座', addressZh: '沙田大圍道12號𨋢口' }));
    expect(result.ok).toBe(true);
  });

  it('refuses them in the operator and scheme names of settings', () => {
    const parsed = settingsSchema.safeParse({ operatorName: 'Noodle 🍜 Group', schemeName: 'مطعم' });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const issues = fieldIssues(parsed.error);
    expect(issues.map((i) => i.field)).toEqual(['operatorName', 'schemeName']);
    expect(issues[0]?.en).toContain('🍜 (U+1F35C) cannot be printed');
    expect(issues[1]?.en).toMatch(/right-to-left/);
    expect(settingsSchema.safeParse({ operatorName: '𨋢 Services Ltd', schemeName: 'Venue Check-in 場所登記' }).success).toBe(true);
  });

  it('rejects a fleet CSV row whose company name has an emoji, with its row number and the character', () => {
    const result = readFleetCsv('plate,company_en,company_zh,notes\r\nAB1234,Star Taxis,星光的士,\r\nCD5678,Happy 😀 Taxis,快樂的士,\r\nEF9012,Moon Taxis,月亮${RARE}的士,\r\nGH3456,Sun Taxis,太陽的士,🍜 lunch\r\n'.replace('${RARE}', RARE_HAN));
    expect([...result.rows].map((r) => r.plate)).toEqual(['AB1234', 'GH3456']); // notes are not printed
    expect(result.rejected).toHaveLength(2);
    expect(result.rejected[0]).toMatchObject({ row: 3, plate: 'CD5678' });
    expect(result.rejected[0]?.reason).toContain('😀 (U+1F600) cannot be printed on the poster');
    expect(result.rejected[0]?.reasonZh).toContain('「😀」（U+1F600）無法印在海報上');
    expect(result.rejected[1]).toMatchObject({ row: 4, plate: 'EF9012' });
    expect(result.rejected[1]?.reason).toContain('(U+20000) cannot be printed');
    const hebrew = readFleetCsv('plate,company_en\nAB1,מוניות\n');
    expect(hebrew.rejected[0]?.reason).toMatch(/right-to-left text cannot be printed yet/);
    // The fleet column and notes reach only the manifest, never a card: no glyph check there.
    const fleet = readFleetCsv('plate,fleet,company_en,notes\nAB1,🚕 Kowloon 1,Star Taxis,מוניות 🍜\n');
    expect(fleet.rejected).toEqual([]);
    expect([...fleet.rows][0]).toMatchObject({ fleet: '🚕 Kowloon 1', notes: 'מוניות 🍜' });
  });
});
