/** IPC handlers for the overview, settings, signing keys, the trust file and "Back up now". */
import { hkIsoDate } from '../../../shared/time/hk';
import type { Handlers } from '../ipc/dispatch';
import type { Platform } from '../../../services/platform/platform';
import type { ConsoleServices } from '../../../services/open-console';
import { backupDatabase } from '../../../services/db/backup';
import { writeFileAtomic } from '../../../services/files/atomic-file';
import { checkOutputTarget } from '../../../services/files/output-target';

/** Handlers for the home page, settings and keys. */
export function adminHandlers(
  s: ConsoleServices,
  platform: Platform,
): Pick<Handlers, 'getOverview' | 'getSettings' | 'updateSettings' | 'listKeys' | 'rotateKey' | 'exportTrust' | 'backupNow'> {
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
    listKeys: () => s.keys.list(),
    rotateKey: () => s.keys.rotate(),
    exportTrust: async () => {
      const trust = s.keys.trustFile(s.settings.get().operatorName, s.venues.deactivatedIds());
      const path = await platform.chooseSavePath({
        title: 'Export trust file',
        defaultName: 'venue-console-trust.json',
        filters: [{ name: 'JSON', extensions: ['json'] }],
      });
      if (!path) return { path: null, keys: trust.keys.length };
      writeFileAtomic(checkOutputTarget(path, { dataDir: s.dataDir }), `${JSON.stringify(trust, null, 2)}\n`);
      return { path, keys: trust.keys.length };
    },
    // Through the app's own connection: the CLI cannot read the database while the app holds its lock.
    backupNow: async () => {
      const path = await platform.chooseSavePath({
        title: 'Back up the database',
        defaultName: `venue-console-backup-${hkIsoDate(s.clock())}.sqlite3`,
        filters: [{ name: 'SQLite database', extensions: ['sqlite3'] }],
      });
      if (!path) return { path: null, bytes: 0 };
      return backupDatabase(s.db, path);
    },
  };
}
