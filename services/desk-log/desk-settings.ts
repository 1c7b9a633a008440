/** The desk's settings (sound, wedge terminators and timing), kept as one JSON value in the settings table. */
import { DEFAULT_DESK_SETTINGS, deskSettingsSchema, type DeskSettings } from '../../shared/health-code/scan-result';
import type { Db } from '../db/open-database';

const KEY = 'deskSettings';

/** Reads and writes {@link DeskSettings}. */
export class DeskSettingsStore {
  constructor(private readonly db: Db) {}

  /** The stored settings, or the defaults (a value an older or newer version wrote that does not parse falls back too). */
  get(): DeskSettings {
    const row = this.db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(KEY);
    if (!row) return DEFAULT_DESK_SETTINGS;
    try {
      const parsed = deskSettingsSchema.safeParse(JSON.parse(row.value));
      return parsed.success ? parsed.data : DEFAULT_DESK_SETTINGS;
    } catch {
      return DEFAULT_DESK_SETTINGS;
    }
  }

  /** Saves validated settings; returns them. */
  update(settings: DeskSettings): DeskSettings {
    const value = deskSettingsSchema.parse(settings);
    this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(value));
    return value;
  }
}
