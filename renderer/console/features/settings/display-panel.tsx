/** The console's language (both, Chinese first, one only) and theme (system, light, dark), saved as soon as chosen. */
import { useState } from 'react';
import { chineseFirst, LANGUAGES, THEMES, type Display, type Language, type Theme } from '../../../../shared/display/display-settings';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../bridge';
import { BiText } from '../../../common/components/bi-text';
import { ErrorBanner } from '../../../common/components/error-banner';
import { useDisplay } from '../../../common/display';
import { T, type Bi } from '../../../common/i18n';

const THEME_LABELS: Record<Theme, Bi> = { system: T.themeSystem, light: T.themeLight, dark: T.themeDark };
/** A language's own name is shown in that language, whatever the current setting (so anyone can find theirs). */
const OWN_NAME: Record<Language, string> = { 'both-en-first': 'English + 中文', 'both-zh-first': '中文 + English', en: 'English', zh: '中文' };

/** Two radio groups; a choice is saved and applied to the whole console at once. */
export function DisplayPanel() {
  const { display, setDisplay } = useDisplay();
  const [error, setError] = useState<AppError | null>(null);

  const choose = async (next: Display) => {
    setDisplay(next); // shown at once; saved behind it
    const result = await call('updateDisplay', next);
    if (result.ok) {
      setError(null);
      setDisplay(result.value);
    } else setError(result.error);
  };

  return (
    <div className="form">
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      <fieldset className="choice-group">
        <legend className="label-block">
          <BiText t={T.language} />
        </legend>
        <div className="radio-row">
          {LANGUAGES.map((language) => (
            <label key={language} className="radio">
              <input
                type="radio"
                name="language"
                value={language}
                checked={display.language === language}
                onChange={() => void choose({ ...display, language })}
              />
              <span lang={chineseFirst(language) ? 'zh-HK' : 'en'}>{OWN_NAME[language]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="choice-group">
        <legend className="label-block">
          <BiText t={T.theme} />
        </legend>
        <div className="radio-row">
          {THEMES.map((theme) => (
            <label key={theme} className="radio">
              <input type="radio" name="theme" value={theme} checked={display.theme === theme} onChange={() => void choose({ ...display, theme })} />
              <BiText t={THEME_LABELS[theme]} />
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
