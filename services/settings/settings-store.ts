/** Operator settings kept in the database: the operator's name (for the trust file) and the scheme name printed on posters. */
import type { Db } from '../db/open-database';

/** The settings people can change. */
export interface Settings {
  operatorName: string;
  schemeName: string;
}

/** Values used until the operator changes them. */
export const DEFAULT_SETTINGS: Settings = {
  operatorName: 'Venue operator',
  schemeName: 'LeaveHomeSafe 安心出行',
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
    };
  }

  /** Saves settings in one transaction and returns them. */
  update(next: Settings): Settings {
    const put = this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    this.db.transaction(() => {
      put.run('operatorName', next.operatorName);
      put.run('schemeName', next.schemeName);
    })();
    return this.get();
  }
}
