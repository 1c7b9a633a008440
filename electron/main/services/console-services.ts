/**
 * The app's services over one data folder: database, venues, keys, settings, codes and posters. The
 * Electron app, the CLI and the tests all build their front doors on this one object.
 */
import { join } from 'node:path';
import { fail } from '../../../shared/errors';
import { buildCodeText } from '../../../shared/qr/code';
import type { VenueCodeRecord } from '../../../shared/qr/record';
import { hkIsoDate, systemClock, type Clock } from '../../../shared/time/hk';
import type { Venue } from '../../../shared/venue/venue';
import { openDatabase, type Db } from './db/open-database';
import { KeyStore } from './keys/key-store';
import type { SecretSealer } from './keys/sealer';
import { writePosterPdf, type PaperSize } from './posters/poster-pdf';
import { BatchJobs } from './batch/batch-jobs';
import { SettingsStore } from './settings-store';
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
  readonly settings: SettingsStore;
  readonly clock: Clock;
  readonly dataDir: string;
  readonly resourcesDir: string;
  readonly batches: BatchJobs;

  constructor(options: ServiceOptions) {
    this.clock = options.clock ?? systemClock;
    this.dataDir = options.dataDir;
    this.resourcesDir = options.resourcesDir;
    this.db = openDatabase(join(options.dataDir, DATABASE_FILE), options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    this.venues = new VenueRepository({ db: this.db, clock: this.clock });
    this.keys = new KeyStore(this.db, options.sealer, this.clock);
    this.settings = new SettingsStore(this.db);
    this.batches = new BatchJobs(this, options.batchWorkerPath ?? '');
  }

  /** Signs a fresh code for an active venue, dated today (Hong Kong). */
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
    return { text: buildCodeText(record, signer.sign), record };
  }

  /** Writes a venue's poster PDF to `target` (atomically). */
  async writePoster(venueId: string, target: string, size: PaperSize): Promise<{ bytes: number; qrVersion: number; code: IssuedCode }> {
    const venue = this.venues.require(venueId);
    const code = this.issueCode(venue);
    const result = await writePosterPdf(
      target,
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
