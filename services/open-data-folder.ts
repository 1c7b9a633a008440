/**
 * The composition root of the services over one data folder: opens the database and builds each narrow
 * service with exactly the dependencies it takes. The Electron app, the CLI, the benchmarks and the tests
 * call it; nothing downstream receives the whole record — handlers, commands and services are handed (and
 * typed with) the few parts they use.
 */
import { join } from 'node:path';
import { hkIsoDate, systemClock, type Clock } from '../shared/time/hk';
import type { BatchDeps } from './batch/batch-deps';
import { AuthorityTrustStore } from './authority-trust/authority-trust-store';
import { BatchJobs } from './batch/batch-jobs';
import { CodeIssuer } from './codes/code-issuer';
import { dailyBackupDue } from './db/daily-backups';
import { DatabaseBackups } from './db/database-backups';
import { openDatabase, type Db } from './db/open-database';
import { appendErrorLog } from './errors/error-log';
import { preparePrivateFolder, secureNewFiles } from './files/private-files';
import { removeStaleTempFiles } from './files/stale-temp-files';
import { IssuedCodes } from './keys/issued-codes';
import type { Notifier } from './notices/notice-center';
import { NoticeJobs } from './notices/notice-jobs';
import { NoticeService } from './notices/notice-service';
import { createDeskServices, type DeskServices } from './desk-log/desk-services';
import { KeyStore } from './keys/key-store';
import type { SecretSealer } from './keys/sealer';
import { PosterService } from './posters/poster-service';
import { SettingsStore } from './settings/settings-store';
import { TrustFileService } from './trust/trust-file-service';
import { VenueRepository } from './venues/venue-repository';

/** The database file inside a data folder. */
export const DATABASE_FILE = 'venue-console.sqlite3';

/** What opening a data folder needs from its host. */
export interface DataFolderOptions {
  dataDir: string;
  resourcesDir: string;
  /** Returns the sealer that protects private keys; called only when a key is created or first used. */
  sealer: () => SecretSealer;
  clock?: Clock;
  nativeBinding?: string;
  /** The folder holding the built worker threads (out/main; services/threads/thread-entries.ts). */
  threadsDir?: string;
  /**
   * The app's daily backups (db/daily-backups): when today's (HK) is still to be taken, the database gets the
   * whole-file check on open, and `backups.daily()` then writes it. Off for the CLI and tests.
   */
  dailyBackups?: boolean;
  /** The notices' desktop alerts (the app's Notification); none by default (the CLI, tests). */
  noticeNotifier?: Notifier;
  /** Called with the unread count when notices change (the app's badge). */
  onNoticesChange?: (unread: number) => void;
  /** Called with a notice id when its desktop alert is clicked. */
  onNoticeAlertClick?: (id: string) => void;
}

/** The services of one open data folder. Close it when done. */
export interface DataFolder {
  readonly dataDir: string;
  readonly clock: Clock;
  readonly db: Db;
  readonly venues: VenueRepository;
  readonly keys: KeyStore;
  /** Which key signed a code for which venue (read here; written only by the issuer). */
  readonly issuedCodes: IssuedCodes;
  readonly settings: SettingsStore;
  /** The one place codes are decided, signed and recorded. */
  readonly issuer: CodeIssuer;
  readonly posters: PosterService;
  readonly trust: TrustFileService;
  /** The authority's pinned root and this operator's certificates (issue 11). */
  readonly authorityTrust: AuthorityTrustStore;
  readonly backups: DatabaseBackups;
  /** What a batch uses (runBatch in the CLI and tests; {@link batches} in the app). */
  readonly batchDeps: BatchDeps;
  /** The app's background batch jobs. */
  readonly batches: BatchJobs;
  /** The authority's notices: feed, matching, acknowledgements (its jobs: services/notices/notice-jobs.ts). */
  readonly notices: NoticeService;
  /** The notices' poll and hourly erasure jobs: the app starts them (and stops them before close); the CLI never does. */
  readonly noticeJobs: NoticeJobs;
  /** The front desk: the desk key and log, its settings and the verdicts (issue 12). */
  readonly desk: DeskServices;
  /** Existing paths in the data folder whose permissions were tightened on open (others could read them): say so once. */
  readonly permissionsTightened: readonly string[];
  /** Closes the database (releasing its lock). */
  close(): void;
}

/** Opens the data folder: its permissions tightened, stale temp files removed, the database checked and migrated. */
export function openDataFolder(options: DataFolderOptions): DataFolder {
  const clock = options.clock ?? systemClock;
  const { dataDir, resourcesDir } = options;
  const permissionsTightened = preparePrivateFolder(dataDir);
  const daily = options.dailyBackups === true;
  const fullCheck = daily && dailyBackupDue(dataDir, clock);
  const db = openDatabase(join(dataDir, DATABASE_FILE), { ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}), fullCheck });
  secureNewFiles(dataDir);
  removeStaleTempFiles(dataDir); // left by a killed run (an export, a backup)
  const venues = new VenueRepository({ db, clock });
  const keys = new KeyStore(db, options.sealer, clock);
  const issuedCodes = new IssuedCodes(db);
  const settings = new SettingsStore(db);
  const issuer = new CodeIssuer({ keys, issuedCodes, clock });
  const batchDeps: BatchDeps = {
    venues,
    transaction: (work) => db.transaction(work).immediate(),
    issuer,
    schemeName: () => settings.get().schemeName,
    resourcesDir,
    threadsDir: options.threadsDir ?? '',
    dataDir,
    errorLog: (context, error) => appendErrorLog(dataDir, context, error, clock()),
  };
  const authorityTrust = new AuthorityTrustStore({ db, keys, settings, clock });
  const notices = new NoticeService({
    db,
    clock,
    operatorName: () => settings.get().operatorName,
    pinnedRoot: () => authorityTrust.pinnedRoot(),
    ...(options.noticeNotifier ? { notifier: options.noticeNotifier } : {}),
    ...(options.onNoticesChange ? { onChange: options.onNoticesChange } : {}),
    ...(options.onNoticeAlertClick ? { onAlertClick: options.onNoticeAlertClick } : {}),
  });
  const desk = createDeskServices({
    db,
    sealer: options.sealer,
    clock,
    pinnedRoot: () => authorityTrust.pinnedRoot()?.signed ?? null,
    lastVerifiedFeedAt: () => notices.feedIssuedAt(),
    operatorKids: () => new Set(keys.list().map((k) => k.kid)),
  });
  return {
    dataDir,
    clock,
    db,
    venues,
    keys,
    issuedCodes,
    settings,
    issuer,
    posters: new PosterService({ venues, issuer, settings, resourcesDir, dataDir }),
    trust: new TrustFileService({ keys, venues, settings, clock }),
    authorityTrust,
    backups: new DatabaseBackups({ db, dataDir, clock, daily, checkedOn: fullCheck ? hkIsoDate(clock()) : null }),
    batchDeps,
    batches: new BatchJobs(batchDeps),
    notices,
    noticeJobs: new NoticeJobs(notices),
    desk,
    permissionsTightened,
    close: () => {
      if (db.open) db.close();
    },
  };
}
