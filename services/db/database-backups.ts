/**
 * Backups of one open database: the automatic daily backup (daily-backups.ts) and a copy to a file a person
 * chose ("Back up now"; backup.ts). Both go through the open connection, which holds the database's lock.
 */
import { hkIsoDate, type Clock } from '../../shared/time/hk';
import { backupDatabase, type BackupResult } from './backup';
import { takeDailyBackup, type DailyBackupOutcome } from './daily-backups';
import type { Db } from './open-database';

/** What the backups need. */
export interface DatabaseBackupsDeps {
  db: Db;
  dataDir: string;
  clock: Clock;
  /** Whether this database takes the app's daily backups (off for the CLI and tests). */
  daily: boolean;
  /** The HK date on which the database passed the whole-file check when it opened; null if it did not run. */
  checkedOn: string | null;
}

/** The backups of one open database. */
export class DatabaseBackups {
  constructor(private readonly deps: DatabaseBackupsDeps) {}

  /**
   * Takes today's automatic backup (once per Hong Kong day; the last 7 kept) when the database was opened
   * with daily backups; null otherwise. Throws `db-corrupt` if the day changed since opening and the
   * whole-file check now fails (nothing written or deleted then).
   */
  async daily(): Promise<DailyBackupOutcome | null> {
    const { db, dataDir, clock, daily, checkedOn } = this.deps;
    if (!daily) return null;
    return takeDailyBackup({ db, dataDir, clock, checked: checkedOn === hkIsoDate(clock()) });
  }

  /** Copies the database to a file a person chose (checked first: never onto the console's own files). */
  copyTo(target: string): Promise<BackupResult> {
    return backupDatabase(this.deps.db, target);
  }

  /** The file name a save dialog suggests for a backup taken today. */
  suggestedName(): string {
    return `venue-console-backup-${hkIsoDate(this.deps.clock())}.sqlite3`;
  }
}
