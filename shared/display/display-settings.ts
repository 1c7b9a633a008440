/**
 * How the console shows itself: which language(s) and in which order, and the colour theme. Kept apart from the
 * operator settings (names printed on posters) so saving one form never overwrites the other's choice.
 */
import { z } from 'zod';

/** English + 中文 side by side (English first), 中文 first, English only or 中文 only. */
export const LANGUAGES = ['both-en-first', 'both-zh-first', 'en', 'zh'] as const;
/** A language setting. */
export type Language = (typeof LANGUAGES)[number];

/** Follow the system, or always light or dark. */
export const THEMES = ['system', 'light', 'dark'] as const;
/** A theme setting. */
export type Theme = (typeof THEMES)[number];

/** The display settings as stored and sent over IPC. */
export const displaySchema = z.object({
  language: z.enum(LANGUAGES),
  theme: z.enum(THEMES),
});

/** Display settings. */
export type Display = z.infer<typeof displaySchema>;

/** What a new console shows: both languages, English first, following the system theme. */
export const DEFAULT_DISPLAY: Display = { language: 'both-en-first', theme: 'system' };

/** True when Chinese comes first or alone (the page's `lang` is then zh-HK). */
export const chineseFirst = (language: Language): boolean => language === 'both-zh-first' || language === 'zh';
