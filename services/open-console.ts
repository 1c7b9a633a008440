/**
 * The app's services over one data folder: database, venues, keys, settings, codes and posters. The
 * Electron app, the CLI and the tests all build their front doors on this one object.
 */
import { join } from 'node:path';
import { fail } from '../shared/errors';
import { buildCodeText } from '../shared/qr/code';
import type { VenueCodeRecord } from '../shared/qr/record';
import { hkIsoDate, systemClock, type Clock } from '../shared/time/hk';
import type { Venue } from '../shared/venue/venue';
import { dailyBackupDue, takeDailyBackup, type DailyBackupOutcome } from './db/daily-backups';
import { openDatabase, type Db } from './db/open-database';
import { checkOutputTarget } from './files/output-target';
import { preparePrivateFolder, secureNewFiles } from './files/private-files';
import { removeStaleTempFiles } from './files/stale-temp-files';
import { IssuedCodes } from './keys/issued-codes';
import { KeyStore } from './keys/key-store';
import type { SecretSealer } from './keys/sealer';
import { writePosterPdf, type PaperSize } from './posters/poster-pdf';
import { BatchJobs } from './batch/batch-jobs';
import { SettingsStore } from './settings/settings-store';
import { VenueRepository } from './venues/venue-repository';

/** The database file inside a data folder. */
export const DATABASE_FILE = 'venue-console.sqlite3';

/** What the services need from their host. */
export interface ServiceOptions {
  dataDir: string;
  resourcesDir: string;
  /** Returns the sealer that protects private keys; called only when a key is created or first used. */
  sealer: () => SecretSealer;
  clock?: Clock;
  nativeBinding?: string;
  /** The built batch encoder worker (out/main/batch-worker.js). */
  batchWorkerPath?: string;
  /**
   * The app's daily backups (db/daily-backups): when today's (HK) is still to be taken, the database gets the
   * whole-file check on open, and {@link ConsoleServices.dailyBackup} then writes it. Off for the CLI and tests.
   */
  dailyBackups?: boolean;
}

/** A signed code for a venue, with the record it carries. */
export interface IssuedCode {
  text: string;
  record: VenueCodeRecord;
}

/** The services of one open data folder. Close it when done. */
export class ConsoleServices {
  readonly db: Db;
  readonly venues: VenueRepository;
  readonly keys: KeyStore;
  /** Which key signed a code for which venue: the venues to re-issue when a key is revoked. */
  readonly issuedCodes: IssuedCodes;
  readonly settings: SettingsStore;
  readonly clock: Clock;
  readonly dataDir: string;
  readonly resourcesDir: string;
  readonly batches: BatchJobs;
  /** Existing paths in the data folder whose permissions were tightened on open (others could read them): say so once. */
  readonly permissionsTightened: readonly string[];
  private readonly dailyBackups: boolean;
  /** The HK date on which the database passed the whole-file check when it opened, if it did. */
  private readonly checkedOn: string | null;

  constructor(options: ServiceOptions) {
    this.clock = options.clock ?? systemClock;
    this.dataDir = options.dataDir;
    this.resourcesDir = options.resourcesDir;
    this.permissionsTightened = preparePrivateFolder(options.dataDir);
    this.dailyBackups = options.dailyBackups === true;
    const fullCheck = this.dailyBackups && dailyBackupDue(options.dataDir, this.clock);
    this.checkedOn = fullCheck ? hkIsoDate(this.clock()) : null;
    this.db = openDatabase(join(options.dataDir, DATABASE_FILE), { ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}), fullCheck });
    secureNewFiles(options.dataDir);
    removeStaleTempFiles(options.dataDir); // left by a killed run (an export, a backup)
    this.venues = new VenueRepository({ db: this.db, clock: this.clock });
    this.keys = new KeyStore(this.db, options.sealer, this.clock);
    this.issuedCodes = new IssuedCodes(this.db);
    this.settings = new SettingsStore(this.db);
    this.batches = new BatchJobs(this, options.batchWorkerPath ?? '');
  }

  /**
   * Takes today's automatic backup (once per Hong Kong day; the last 7 kept) when the services were opened
   * with `dailyBackups`; null otherwise. Throws `db-corrupt` if the day changed since opening and the
   * whole-file check now fails (nothing written or deleted then).
   */
  async dailyBackup(): Promise<DailyBackupOutcome | null> {
    if (!this.dailyBackups) return null;
    return takeDailyBackup({ db: this.db, dataDir: this.dataDir, clock: this.clock, checked: this.checkedOn === hkIsoDate(this.clock()) });
  }

  /** Signs a fresh code for an active venue, dated today (Hong Kong), and records which key signed it. */
  issueCode(venue: Venue): IssuedCode {
    if (venue.status !== 'active') {
      fail('conflict', `Venue ${venue.id} is deactivated; reactivate it to issue its code.`, `場所 ${venue.id} 已停用；請先重新啟用才可發出二維碼。`);
    }
    const signer = this.keys.activeSigner();
    const record: VenueCodeRecord = {
      kid: signer.kid,
      issuedOn: hkIsoDate(this.clock()),
      venueId: venue.id,
      type: venue.type,
      nameEn: venue.nameEn,
      nameZh: venue.nameZh,
    };
    const text = buildCodeText(record, signer.sign);
    this.issuedCodes.record(signer.kid, venue.id, record.issuedOn);
    return { text, record };
  }

  /** Writes a venue's poster PDF to `target` (atomically), refusing a target `checkOutputTarget` refuses. */
  async writePoster(venueId: string, target: string, size: PaperSize): Promise<{ bytes: number; qrVersion: number; code: IssuedCode }> {
    const checked = checkOutputTarget(target, { dataDir: this.dataDir }); // before a code is issued or a byte written
    const venue = this.venues.require(venueId);
    const code = this.issueCode(venue);
    const result = await writePosterPdf(
      checked,
      {
        venueId: venue.id,
        nameEn: venue.nameEn,
        nameZh: venue.nameZh,
        addressEn: venue.addressEn,
        addressZh: venue.addressZh,
        codeText: code.text,
        issuedOn: code.record.issuedOn,
        schemeName: this.settings.get().schemeName,
      },
      size,
      { resourcesDir: this.resourcesDir },
    );
    return { ...result, code };
  }

  /** Closes the database (releasing its lock). */
  close(): void {
    if (this.db.open) this.db.close();
  }
}
