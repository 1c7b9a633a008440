/** IPC handlers for the overview, settings, signing keys, the trust file and "Back up now". */
import { readFileSync, statSync } from 'node:fs';
import type { Handlers } from '../ipc/dispatch';
import type { Platform } from '../../../services/platform/platform';
import type { DatabaseBackups } from '../../../services/db/database-backups';
import { checkOutputTarget } from '../../../services/files/output-target';
import type { KeyStore } from '../../../services/keys/key-store';
import type { SettingsStore } from '../../../services/settings/settings-store';
import { checkSchemeMarkLength, type SchemeMark } from '../../../services/settings/scheme-mark';
import type { TrustFileService } from '../../../services/trust/trust-file-service';
import type { VenueRepository } from '../../../services/venues/venue-repository';

/** What the admin handlers use. */
export interface AdminHandlerDeps {
  venues: Pick<VenueRepository, 'search'>;
  keys: Pick<KeyStore, 'active' | 'list' | 'rotate' | 'ensure'>;
  settings: Pick<SettingsStore, 'get' | 'update' | 'display' | 'updateDisplay' | 'configured' | 'schemeMark' | 'setSchemeMark' | 'removeSchemeMark'>;
  trust: Pick<TrustFileService, 'file' | 'write'>;
  backups: Pick<DatabaseBackups, 'copyTo' | 'suggestedName'>;
  platform: Pick<Platform, 'chooseSavePath' | 'chooseOpenPath'>;
  /** The data folder (shown on the overview; exports are never written onto its files). */
  dataDir: string;
}

/** A stored mark as the console receives it. */
const markOut = (m: SchemeMark | null) => (m ? { mime: m.mime, width: m.width, height: m.height, bytes: m.bytes.length, base64: m.bytes.toString('base64') } : null);

/** Handlers for the home page, settings and keys. */
export function adminHandlers(
  s: AdminHandlerDeps,
): Pick<Handlers, 'getOverview' | 'getSettings' | 'updateSettings' | 'getDisplay' | 'updateDisplay' | 'listKeys' | 'rotateKey' | 'exportTrust' | 'backupNow' | 'getSetup' | 'createSigningKey' | 'getSchemeMark' | 'chooseSchemeMark' | 'removeSchemeMark'
> {
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
    getSchemeMark: () => ({ mark: markOut(s.settings.schemeMark()) }),
    chooseSchemeMark: async () => {
      const path = await s.platform.chooseOpenPath({ title: 'Choose the scheme mark (PNG or JPEG)', filters: [{ name: 'PNG or JPEG image', extensions: ['png', 'jpg', 'jpeg'] }] });
      if (!path) return { mark: null };
      checkSchemeMarkLength(statSync(path).size); // before reading a file that may be huge
      return { mark: markOut(s.settings.setSchemeMark(readFileSync(path))) };
    },
    removeSchemeMark: () => {
      s.settings.removeSchemeMark();
      return { mark: null };
    },
    getDisplay: () => s.settings.display(),
    updateDisplay: (next) => s.settings.updateDisplay(next),
    listKeys: () => s.keys.list(),
    rotateKey: () => s.keys.rotate(),
    getSetup: () => ({ configured: s.settings.configured(), hasKey: s.keys.active() !== null }),
    // The app no longer creates a key at start (issue 10): the setup page, or a missing-key notice, asks for it.
    createSigningKey: () => s.keys.ensure(),
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
