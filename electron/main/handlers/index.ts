/** The full handler map, typed over the IPC contract; each group receives only what it uses. */
import type { Handlers } from '../ipc/dispatch';
import { adminHandlers, type AdminHandlerDeps } from './admin';
import { authorityHandlers, type AuthorityHandlerDeps } from './authority';
import { batchHandlers, type BatchHandlerDeps } from './batch';
import { codeHandlers, type CodeHandlerDeps } from './codes';
import { deskHandlers, type DeskHandlerDeps } from './desk';
import { keyHandlers } from './keys';
import { noticeHandlers, type NoticeHandlerDeps } from './notices';
import { scannerLaunchHandlers, type ScannerLauncher } from './scanner';
import { venueHandlers, type VenueHandlerDeps } from './venues';
import type { RevocationServices } from '../../../services/keys/revoke-key';

/** A launcher that opens nothing (the CLI and tests that never open a scanner). */
export const noScanner: ScannerLauncher = { open: () => undefined };

/**
 * What the console's handlers use, composed by the caller (the Electron main process, the UI harness and the
 * tests spread the services of services/open-data-folder.ts and add a platform).
 */
export type HandlerDeps = AdminHandlerDeps &
  VenueHandlerDeps &
  CodeHandlerDeps &
  RevocationServices &
  BatchHandlerDeps &
  AuthorityHandlerDeps &
  NoticeHandlerDeps &
  Omit<DeskHandlerDeps, 'notices'> & {
    /** Opens the scanner window (default: {@link noScanner}). */
    launcher?: ScannerLauncher;
  };

/** Builds every handler, handing each group only the parts of `d` it uses. */
export function createHandlers(d: HandlerDeps): Handlers {
  const { venues, keys, settings, platform, dataDir } = d;
  return {
    ...adminHandlers({ venues, keys, settings, trust: d.trust, backups: d.backups, platform, dataDir }),
    ...venueHandlers({ venues, notices: d.notices }),
    ...codeHandlers({ venues, issuer: d.issuer, posters: d.posters, trust: d.trust, platform }),
    ...keyHandlers({ keys, issuedCodes: d.issuedCodes }),
    ...batchHandlers({ batches: d.batches, venues, platform, dataDir }),
    ...scannerLaunchHandlers({ venues, settings, launcher: d.launcher ?? noScanner }),
    ...authorityHandlers({ authorityTrust: d.authorityTrust, platform, dataDir }),
    ...noticeHandlers({ notices: d.notices, platform }),
    ...deskHandlers({ desk: d.desk, notices: d.notices, keys, settings, clock: d.clock, platform, dataDir }),
  };
}
