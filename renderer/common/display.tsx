/**
 * The console's display settings in the page: the language order BiText and bi() follow, the locale numbers and
 * dates are formatted in, and the theme. A React context re-renders what depends on them; `currentDisplay()` is
 * read by plain functions (bi(), formatNumber) during the render the context change caused.
 */
import { createContext, useContext } from 'react';
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

/** Makes `display` current and applies it to the document: lang of <html>, data-theme, the window title. */
export function applyDisplay(display: Display, systemDark: boolean): void {
  current = display;
  const root = document.documentElement;
  root.lang = chineseFirst(display.language) ? 'zh-HK' : 'en';
  root.dataset.theme = resolvedTheme(display, systemDark);
  root.dataset.themeSetting = display.theme;
  root.dataset.language = display.language;
  document.title = titleFor(display.language);
}
