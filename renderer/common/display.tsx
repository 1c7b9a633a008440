/**
 * The console's display settings in the page: the language order BiText and bi() follow, the locale numbers and
 * dates are formatted in, and the theme. A React context re-renders what depends on them; `currentDisplay()` is
 * read by plain functions (bi(), formatNumber) during the render the context change caused.
 */
import { createContext, useContext, useEffect, useState } from 'react';
import { chineseFirst, DEFAULT_DISPLAY, type Display, type Language } from '../../shared/display/display-settings';

let current: Display = DEFAULT_DISPLAY;

/** The display settings in effect (module state, set by {@link applyDisplay}). */
export const currentDisplay = (): Display => current;

/** What the context gives: the settings and a way to change them for the whole page (after saving). */
export interface DisplayState {
  display: Display;
  setDisplay: (next: Display) => void;
}

/** The display context; the default is what a page without a provider shows. */
export const DisplayContext = createContext<DisplayState>({ display: DEFAULT_DISPLAY, setDisplay: () => undefined });

/** The display settings, re-rendering the caller when they change. */
export const useDisplay = (): DisplayState => useContext(DisplayContext);

/** The BCP 47 locale for a language setting: zh-HK when Chinese comes first or alone, else en-HK. */
export const localeFor = (language: Language): 'zh-HK' | 'en-HK' => (chineseFirst(language) ? 'zh-HK' : 'en-HK');

/** A count formatted for the chosen locale (Intl). */
export const formatNumber = (n: number): string => new Intl.NumberFormat(localeFor(current.language)).format(n);

/** An instant shown in Hong Kong time in the chosen locale, e.g. "26 Nov 2026, 14:05" or "2026年11月26日 14:05". */
export const formatDateTime = (when: string | number): string =>
  new Intl.DateTimeFormat(localeFor(current.language), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Hong_Kong', hourCycle: 'h23' }).format(new Date(when));

/** The theme the page shows for a setting: the system's when it follows the system. */
export const resolvedTheme = (display: Display, systemDark: boolean): 'light' | 'dark' =>
  display.theme === 'system' ? (systemDark ? 'dark' : 'light') : display.theme;

/** The window title in the chosen language(s). */
export const titleFor = (language: Language): string =>
  ({ 'both-en-first': 'Venue Console 場所管理台', 'both-zh-first': '場所管理台 Venue Console', en: 'Venue Console', zh: '場所管理台' })[language];

/**
 * Makes `display` current and applies it to the document: lang of <html>, data-theme, the window title (the
 * console's, or `title` — a Bi of the page's own name — shown in the chosen language(s)).
 */
export function applyDisplay(display: Display, systemDark: boolean, title?: { en: string; zh: string }): void {
  current = display;
  const root = document.documentElement;
  root.lang = chineseFirst(display.language) ? 'zh-HK' : 'en';
  root.dataset.theme = resolvedTheme(display, systemDark);
  root.dataset.themeSetting = display.theme;
  root.dataset.language = display.language;
  document.title = title ? inOrder(display.language, title) : titleFor(display.language);
}

/** A Bi as one line in the chosen language(s) and order. */
export function inOrder(language: Language, t: { en: string; zh: string }): string {
  return { 'both-en-first': `${t.en} ${t.zh}`, 'both-zh-first': `${t.zh} ${t.en}`, en: t.en, zh: t.zh }[language];
}

/** The same setting with both languages (in its order): for words a visitor reads, whichever language they speak. */
export const bothLanguages = (display: Display): Display => ({ ...display, language: chineseFirst(display.language) ? 'both-zh-first' : 'both-en-first' });

const darkQuery = (): MediaQueryList | null => (typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null);

/** Whether the system asks for a dark theme, following its changes. */
export function useSystemDark(): boolean {
  const [dark, setDark] = useState(() => darkQuery()?.matches ?? false);
  useEffect(() => {
    const query = darkQuery();
    const follow = () => setDark(query?.matches ?? false);
    query?.addEventListener('change', follow);
    return () => query?.removeEventListener('change', follow);
  }, []);
  return dark;
}
