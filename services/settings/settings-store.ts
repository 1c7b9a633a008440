/**
 * Operator settings kept in the database: the operator's name (for the trust file and posters' contact line),
 * the scheme name printed on posters, and the posters' words for visitors without a smartphone.
 */
import { DEFAULT_PAPER_RECORD_TEXT } from '../../shared/ipc/console-contract';
import { DEFAULT_DISPLAY, displaySchema, type Display } from '../../shared/display/display-settings';
import type { Db } from '../db/open-database';

/** The settings people can change. */
export interface Settings {
  operatorName: string;
  schemeName: string;
  paperRecordText: string;
}

/** Values used until the operator changes them. */
export const DEFAULT_SETTINGS: Settings = {
  operatorName: 'Venue operator',
  schemeName: 'LeaveHomeSafe 安心出行',
  paperRecordText: DEFAULT_PAPER_RECORD_TEXT,
};

/** Reads and writes {@link Settings}. */
export class SettingsStore {
  constructor(private readonly db: Db) {}

  /** Current settings, defaults filled in. */
  get(): Settings {
    const rows = this.db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings').all();
    const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
    return {
      operatorName: stored.operatorName ?? DEFAULT_SETTINGS.operatorName,
      schemeName: stored.schemeName ?? DEFAULT_SETTINGS.schemeName,
      paperRecordText: stored.paperRecordText ?? DEFAULT_SETTINGS.paperRecordText,
    };
  }

  /** Saves settings in one transaction and returns them; a missing `paperRecordText` keeps the stored one. */
  update(next: Omit<Settings, 'paperRecordText'> & { paperRecordText?: string | undefined }): Settings {
    const put = this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    this.db.transaction(() => {
      put.run('operatorName', next.operatorName);
      put.run('schemeName', next.schemeName);
      if (next.paperRecordText !== undefined) put.run('paperRecordText', next.paperRecordText);
    })();
    return this.get();
  }

  /** The console's language and theme; a stored value this version does not know falls back to the default. */
  display(): Display {
    const rows = this.db.prepare<[], { key: string; value: string }>("SELECT key, value FROM settings WHERE key IN ('language', 'theme')").all();
    const stored = { ...DEFAULT_DISPLAY, ...Object.fromEntries(rows.map((r) => [r.key, r.value])) };
    const parsed = displaySchema.safeParse(stored);
    return parsed.success ? parsed.data : DEFAULT_DISPLAY;
  }

  /** Saves the language and theme and returns them. */
  updateDisplay(next: Display): Display {
    const put = this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    this.db.transaction(() => {
      put.run('language', next.language);
      put.run('theme', next.theme);
    })();
    return this.display();
  }
}
