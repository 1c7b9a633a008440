/** `venue-console backup --out FILE`: a checked copy of the database (venues and the sealed signing key). */
import { parseArgs } from 'node:util';
import { AppFailure } from '../../shared/errors';
import { backupDatabase } from '../../services/db/backup';
import { toAppFailure } from '../../services/db/db-failure';
import { checkWholeDatabase } from '../../services/db/integrity';
import { printJson, UsageError, type Command, type CliContext } from '../command';
import { openCliServices } from '../services';

/** Opens the services, turning "locked" into "the app is running: back up from there". */
async function openForBackup(ctx: CliContext) {
  try {
    return await openCliServices(ctx, false);
  } catch (error) {
    if (!(error instanceof AppFailure) || error.appError.code !== 'db-locked') throw error;
    throw new AppFailure({
      code: 'db-locked',
      message:
        'The database is open in the Venue Console app (or another command), which keeps it locked. Back it up from the app ' +
        '(Settings & keys → Back up now), or quit the app and run this command again.',
      messageZh: '資料庫正由 Venue Console 應用程式（或另一個指令）開啟並鎖定。請在應用程式內備份（設定及密鑰 → 立即備份），或關閉應用程式後再執行此指令。',
    });
  }
}

/** `venue-console backup --out FILE.sqlite3` */
export const backupCommand: Command = {
  name: 'backup',
  summary: 'Check the database, then copy it (venues and the sealed signing key) to a file, mode 0600.',
  usage:
    'venue-console [--data DIR] backup --out FILE.sqlite3   (while the app is closed; in the app use Settings & keys → Back up now)',
  async run(ctx) {
    const { values } = parseArgs({ args: ctx.argv, options: { out: { type: 'string' } }, strict: true });
    if (!values.out) throw new UsageError('backup needs --out FILE.sqlite3');
    const services = await openForBackup(ctx);
    try {
      try {
        checkWholeDatabase(services.db); // a backup of a damaged database would push good ones out
      } catch (error) {
        throw toAppFailure(error, services.db.name) ?? error;
      }
      const result = await backupDatabase(services.db, values.out);
      const venues = services.venues.search({ query: '', status: 'all', offset: 0, limit: 1 }).total;
      printJson(ctx.io, { ...result, venues });
      return 0;
    } finally {
      services.close();
    }
  },
};
