/** The desk's settings: sound (mute, volume) and how the USB scanner ends a scan. */
import { useState } from 'react';
import type { DeskSettings } from '../../shared/health-code/scan-result';
import { BiText } from '../common/components/bi-text';
import { ST } from './scanner-text';

const TERMINATORS = [
  ['Enter', { en: 'Enter', zh: 'Enter 鍵' }],
  ['Tab', { en: 'Tab', zh: 'Tab 鍵' }],
  ['pause', ST.pause],
] as const;

/** Edits and saves the settings (remounted with a new key when the saved settings change). */
export function DeskSettingsPanel({ settings, onSave }: { settings: DeskSettings; onSave: (s: DeskSettings) => Promise<boolean> }) {
  const [draft, setDraft] = useState(settings);
  // The pause as typed (a number field mid-edit may be empty); checked and bounded when saved.
  const [gapText, setGapText] = useState(String(settings.maxGapMs));
  const [saved, setSaved] = useState(false);
  const toggle = (t: DeskSettings['terminators'][number]) => {
    const next = draft.terminators.includes(t) ? draft.terminators.filter((x) => x !== t) : [...draft.terminators, t];
    if (next.length > 0) setDraft({ ...draft, terminators: next });
  };
  return (
    <form
      className="card desk-settings"
      aria-labelledby="desk-settings-title"
      onSubmit={(e) => {
        e.preventDefault();
        const gap = Math.round(Number(gapText));
        const maxGapMs = Number.isFinite(gap) && gapText.trim() !== '' ? Math.max(10, Math.min(500, gap)) : settings.maxGapMs;
        setGapText(String(maxGapMs));
        void onSave({ ...draft, maxGapMs }).then(setSaved);
      }}
    >
      <h2 id="desk-settings-title">
        <BiText t={ST.settings} />
      </h2>
      <fieldset className="choice-group">
        <legend>
          <BiText t={ST.sound} />
        </legend>
        <label>
          <input type="checkbox" checked={draft.muted} onChange={(e) => setDraft({ ...draft, muted: e.target.checked })} /> <BiText t={ST.mute} />
        </label>
        <label>
          <BiText t={ST.volume} />{' '}
          <input type="range" min={0} max={100} value={draft.volume} onChange={(e) => setDraft({ ...draft, volume: Number(e.target.value) })} />
        </label>
      </fieldset>
      <fieldset className="choice-group">
        <legend>
          <BiText t={ST.terminators} />
        </legend>
        {TERMINATORS.map(([id, label]) => (
          <label key={id}>
            <input type="checkbox" checked={draft.terminators.includes(id)} onChange={() => toggle(id)} /> <BiText t={label} />
          </label>
        ))}
      </fieldset>
      <label className="field">
        <BiText t={ST.maxGap} />
        <input type="number" min={10} max={500} value={gapText} onChange={(e) => setGapText(e.target.value)} data-testid="desk-max-gap" />
      </label>
      <div className="button-row">
        <button type="submit" className="btn btn-primary">
          <BiText t={ST.save} />
        </button>
        {saved && (
          <span role="status">
            <BiText t={ST.saved} />
          </span>
        )}
      </div>
    </form>
  );
}
