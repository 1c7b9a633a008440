/** IPC handlers for the overview, settings, signing keys, the trust file and "Back up now". */
import type { Handlers } from '../ipc/dispatch';
import type { Platform } from '../../../services/platform/platform';
import type { DatabaseBackups } from '../../../services/db/database-backups';
import { checkOutputTarget } from '../../../services/files/output-target';
import type { KeyStore } from '../../../services/keys/key-store';
import type { SettingsStore } from '../../../services/settings/settings-store';
import type { TrustFileService } from '../../../services/trust/trust-file-service';
import type { VenueRepository } from '../../../services/venues/venue-repository';

/** What the admin handlers use. */
export interface AdminHandlerDeps {
  venues: Pick<VenueRepository, 'search'>;
  keys: Pick<KeyStore, 'active' | 'list' | 'rotate'>;
  settings: Pick<SettingsStore, 'get' | 'update' | 'display' | 'updateDisplay'>;
  trust: Pick<TrustFileService, 'file' | 'write'>;
  backups: Pick<DatabaseBackups, 'copyTo' | 'suggestedName'>;
  platform: Pick<Platform, 'chooseSavePath'>;
  /** The data folder (shown on the overview; exports are never written onto its files). */
  dataDir: string;
}

/** Handlers for the home page, settings and keys. */
export function adminHandlers(
  s: AdminHandlerDeps,
): Pick<Handlers, 'getOverview' | 'getSettings' | 'updateSettings' | 'getDisplay' | 'updateDisplay' | 'listKeys' | 'rotateKey' | 'exportTrust' | 'backupNow'> {
  return {
    getOverview: () => ({
      venueCount: s.venues.search({ query: '', status: 'all', offset: 0, limit: 1 }).total,
      activeVenueCount: s.venues.search({ query: '', status: 'active', offset: 0, limit: 1 }).total,
      activeKey: s.keys.active(),
      dataDir: s.dataDir,
      settings: s.settings.get(),
    }),
    getSettings: () => s.settings.get(),
    updateSettings: (next) => s.settings.update(next),
    getDisplay: () => s.settings.display(),
    updateDisplay: (next) => s.settings.updateDisplay(next),
    listKeys: () => s.keys.list(),
    rotateKey: () => s.keys.rotate(),
    exportTrust: async () => {
      const trust = s.trust.file(); // no key yet: refused before any dialog
      const path = await s.platform.chooseSavePath({
        title: 'Export trust file',
        defaultName: 'venue-console-trust.json',
        filters: [{ name: 'JSON', extensions: ['json'] }],
      });
      if (!path) return { path: null, keys: trust.keys.length };
      s.trust.write(checkOutputTarget(path, { dataDir: s.dataDir }), trust);
      return { path, keys: trust.keys.length };
    },
    // Through the app's own connection: the CLI cannot read the database while the app holds its lock.
    backupNow: async () => {
      const path = await s.platform.chooseSavePath({
        title: 'Back up the database',
        defaultName: s.backups.suggestedName(),
        filters: [{ name: 'SQLite database', extensions: ['sqlite3'] }],
      });
      if (!path) return { path: null, bytes: 0 };
      return s.backups.copyTo(path);
    },
  };
}
