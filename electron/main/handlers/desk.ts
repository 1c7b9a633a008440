/**
 * The console's view of the front desk: today's counts on a venue's page, the desk scans inside an exposure
 * notice's windows, and the signed export of those scans for the health authority (a save dialog).
 */
import type { Handlers } from '../ipc/dispatch';
import { serializeSignedDocument } from '../../../shared/trust/signed-document';
import { buildDeskExport, deskScansForNotice, type DeskExportDeps } from '../../../services/desk-log/desk-export';
import type { DeskServices } from '../../../services/desk-log/desk-services';
import { writeFileAtomic } from '../../../services/files/atomic-file';
import { checkOutputTarget } from '../../../services/files/output-target';
import type { Platform } from '../../../services/platform/platform';

/** What the desk handlers use. */
export interface DeskHandlerDeps {
  desk: Pick<DeskServices, 'deskLog' | 'deskKeys'>;
  notices: DeskExportDeps['notices'];
  keys: DeskExportDeps['keys'];
  settings: { get: () => { operatorName: string } };
  clock: () => number;
  platform: Pick<Platform, 'chooseSavePath'>;
  dataDir: string;
}

/** The handlers. */
export function deskHandlers(d: DeskHandlerDeps): Pick<Handlers, 'getDeskCounts' | 'getNoticeDeskScans' | 'exportDeskLog'> {
  const exportDeps: DeskExportDeps = { notices: d.notices, deskLog: d.desk.deskLog, deskKeys: d.desk.deskKeys, keys: d.keys, operatorName: () => d.settings.get().operatorName, clock: d.clock };
  return {
    getDeskCounts: ({ id }) => d.desk.deskLog.todayCounts(id.toUpperCase()),
    getNoticeDeskScans: ({ id }) => ({ scans: deskScansForNotice(exportDeps, id).length }),
    exportDeskLog: async ({ id }) => {
      const doc = buildDeskExport(exportDeps, id); // refused (not an exposure notice, no window) before any dialog
      const chosen = await d.platform.chooseSavePath({ title: 'Save the desk log for the health authority', defaultName: `desk-log-${id}.json`, filters: [{ name: 'JSON', extensions: ['json'] }] });
      if (!chosen) return { path: null, entries: doc.signed.entries.length };
      const target = checkOutputTarget(chosen, { dataDir: d.dataDir });
      writeFileAtomic(target, `${serializeSignedDocument(doc)}\n`);
      return { path: target, entries: doc.signed.entries.length };
    },
  };
}
