/** The front desk's services over one data folder: the desk key, the log, the desk's settings and the verdicts. */
import type { Root } from '../../shared/trust/root';
import type { Clock } from '../../shared/time/hk';
import { nodeVerify } from '../crypto/node-verify';
import type { Db } from '../db/open-database';
import type { SecretSealer } from '../keys/sealer';
import { ScanService } from '../scanner/scan-service';
import { DeskKeyStore } from './desk-key';
import { DeskLog } from './desk-log';
import { DeskSettingsStore } from './desk-settings';
import { KioskPin } from './kiosk-pin';

/** What the desk services read from the rest of the folder. */
export interface DeskServiceDeps {
  db: Db;
  sealer: () => SecretSealer;
  clock: Clock;
  pinnedRoot: () => Root | null;
  lastVerifiedFeedAt: () => number | null;
  operatorKids: () => ReadonlySet<string>;
}

/** The desk's services. */
export interface DeskServices {
  deskKeys: DeskKeyStore;
  deskLog: DeskLog;
  deskSettings: DeskSettingsStore;
  kioskPin: KioskPin;
  scans: ScanService;
}

/** Builds the desk's services. */
export function createDeskServices(d: DeskServiceDeps): DeskServices {
  const deskKeys = new DeskKeyStore(d.db, d.sealer, d.clock);
  const deskLog = new DeskLog(d.db, d.clock);
  return {
    deskKeys,
    deskLog,
    deskSettings: new DeskSettingsStore(d.db),
    kioskPin: new KioskPin(d.db, d.clock),
    scans: new ScanService({ deskLog, deskKeys, pinnedRoot: d.pinnedRoot, lastVerifiedFeedAt: d.lastVerifiedFeedAt, operatorKids: d.operatorKids, clock: d.clock, verify: nodeVerify }),
  };
}
