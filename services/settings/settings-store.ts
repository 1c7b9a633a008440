/**
 * Operator settings kept in the database: the operator's name (for the trust file and posters' contact line),
 * the scheme name printed on posters, and the posters' words for visitors without a smartphone.
 */
import { DEFAULT_PAPER_RECORD_TEXT } from '../../shared/ipc/console-contract';
import { DEFAULT_DISPLAY, displaySchema, type Display } from '../../shared/display/display-settings';
import type { Db } from '../db/open-database';
import { checkSchemeMark, type SchemeMark } from './scheme-mark';

/** The settings people can change. */
export interface Settings {
  operatorName: string;
  schemeName: string;
  paperRecordText: string;
}

/**
 * Values used until the operator changes them. No default names a real scheme or operator (issue 10): the names
 * stay empty until the setup page (or Settings) saves them — see {@link SettingsStore.configured}.
 */
export const DEFAULT_SETTINGS: Settings = {
  operatorName: '',
  schemeName: '',
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

  /** Whether the operator has saved the operator and scheme names (false on a fresh install: the console shows its setup page). */
  configured(): boolean {
    const row = this.db
      .prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM settings WHERE key IN ('operatorName', 'schemeName') AND value <> ''")
      .get();
    return (row?.n ?? 0) === 2;
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

  /** The scheme's mark printed in the posters' band, or null (issue 10). */
  schemeMark(): SchemeMark | null {
    const row = this.db
      .prepare<[], { bytes: Buffer; mime: SchemeMark['mime']; width: number; height: number }>('SELECT bytes, mime, width, height FROM scheme_mark WHERE id = 1')
      .get();
    return row ? { bytes: Buffer.from(row.bytes), mime: row.mime, width: row.width, height: row.height } : null;
  }

  /** Checks an image (PNG or JPEG, size limits: scheme-mark.ts) and stores it as the scheme's mark; refused files change nothing. */
  setSchemeMark(bytes: Buffer): SchemeMark {
    const mark = checkSchemeMark(bytes);
    this.db
      .prepare(
        'INSERT INTO scheme_mark (id, bytes, mime, width, height) VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET bytes = excluded.bytes, mime = excluded.mime, width = excluded.width, height = excluded.height',
      )
      .run(mark.bytes, mark.mime, mark.width, mark.height);
    return mark;
  }

  /** Removes the scheme's mark; the posters' band then holds the scheme name alone. */
  removeSchemeMark(): void {
    this.db.prepare('DELETE FROM scheme_mark WHERE id = 1').run();
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
