/**
 * The front desk from the command line: `scan TEXT --venue ID` (the desk's verdict, logged as the desk logs it)
 * and `desk-log summary|export` (counts by venue, hour and verdict; the signed export for the health authority).
 */
import { parseArgs } from 'node:util';
import { serializeSignedDocument } from '../../shared/trust/signed-document';
import { fail } from '../../shared/errors';
import { parseIsoInstant } from '../../shared/checkin/iso-time';
import { buildDeskExport } from '../../services/desk-log/desk-export';
import { checkOutputTarget } from '../../services/files/output-target';
import { writeFileAtomic } from '../../services/files/atomic-file';
import { printJson, UsageError, type Command } from '../command';
import { openCliServices } from '../services';
import { nowOption } from './match';

/** `venue-console scan TEXT --venue ID [--now ISO]` */
export const scanCommand: Command = {
  name: 'scan',
  summary: "Check a Health Code pass as the front desk does (offline, against the pinned root); logged like the desk.",
  usage: 'venue-console [--data DIR] scan TEXT --venue VENUE_ID [--now ISO]   (TEXT "-" reads stdin)',
  async run(ctx) {
    const { values, positionals } = parseArgs({ args: ctx.argv, options: { venue: { type: 'string' }, now: { type: 'string' } }, allowPositionals: true, strict: true });
    if (positionals.length !== 1) throw new UsageError('scan needs exactly one TEXT (or - for stdin)');
    if (!values.venue) throw new UsageError('scan needs --venue VENUE_ID (the venue whose desk this is)');
    const now = nowOption(values.now, ctx.io);
    const text = positionals[0] === '-' ? (await import('node:fs')).readFileSync(0, 'utf8') : String(positionals[0]);
    const services = await openCliServices(ctx, true); // the desk key is sealed like the signing key
    try {
      const venue = services.venues.require(values.venue.toUpperCase());
      if (venue.status !== 'active') fail('conflict', `Venue ${venue.id} is deactivated.`, `場所 ${venue.id} 已停用。`);
      services.desk.deskLog.erase(now); // the clock given is the clock: 31-day erasure included
      const result = services.desk.scans.scan(text, venue.id, now);
      printJson(ctx.io, { verdict: result.verdict, reason: result.reason, validUntil: result.validUntil, ...(result.holder ? { holder: result.holder } : {}), ...(result.venue ? { venue: result.venue } : {}), today: result.today });
      return 0;
    } finally {
      services.close();
    }
  },
};

const instant = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const ms = parseIsoInstant(value);
  if (ms === null) throw new UsageError(`${name}: "${value}" is not an ISO 8601 time with an offset, e.g. 2026-11-23T10:00:00+08:00`);
  return ms;
};

/** `venue-console desk-log summary [--from ISO] [--until ISO] [--now ISO]` */
export const deskLogSummaryCommand: Command = {
  name: 'desk-log summary',
  summary: 'Count desk scans by venue, Hong Kong hour and verdict (no personal data).',
  usage: 'venue-console [--data DIR] desk-log summary [--from ISO] [--until ISO] [--now ISO]',
  async run(ctx) {
    const { values } = parseArgs({ args: ctx.argv, options: { from: { type: 'string' }, until: { type: 'string' }, now: { type: 'string' } }, strict: true });
    const now = nowOption(values.now, ctx.io);
    const from = instant('--from', values.from);
    const until = instant('--until', values.until);
    const services = await openCliServices(ctx, false);
    try {
      const erased = services.desk.deskLog.erase(now);
      printJson(ctx.io, { ...services.desk.deskLog.summary({ ...(from !== undefined ? { from } : {}), ...(until !== undefined ? { until } : {}) }), erased });
      return 0;
    } finally {
      services.close();
    }
  },
};

/** `venue-console desk-log export --notice ID --out FILE` */
export const deskLogExportCommand: Command = {
  name: 'desk-log export',
  summary: "Write the desk scans inside an exposure notice's windows, with the desk key, signed, for the health authority.",
  usage: 'venue-console [--data DIR] desk-log export --notice NOTICE_ID --out FILE.json',
  async run(ctx) {
    const { values } = parseArgs({ args: ctx.argv, options: { notice: { type: 'string' }, out: { type: 'string' } }, strict: true });
    if (!values.notice) throw new UsageError('desk-log export needs --notice NOTICE_ID');
    if (!values.out) throw new UsageError('desk-log export needs --out FILE.json');
    const path = checkOutputTarget(values.out, { dataDir: ctx.dataDir });
    const services = await openCliServices(ctx, true);
    try {
      const doc = buildDeskExport(
        { notices: services.notices, deskLog: services.desk.deskLog, deskKeys: services.desk.deskKeys, keys: services.keys, operatorName: () => services.settings.get().operatorName, clock: services.clock },
        values.notice,
      );
      writeFileAtomic(path, `${serializeSignedDocument(doc)}\n`);
      printJson(ctx.io, { path, notice: doc.signed.notice, entries: doc.signed.entries.length, venues: doc.signed.venues.length });
      return 0;
    } finally {
      services.close();
    }
  },
};
