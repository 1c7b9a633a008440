/**
 * `venue-console notices …`: the authority's notices from the command line — fetch the feed (or import a
 * file), list those concerning this operator's venues, acknowledge one, show the feed's status. The poll and
 * erasure jobs run only in the app.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { printJson, UsageError, type CliContext, type Command } from '../command';
import { openCliServices } from '../services';
import type { DataFolder } from '../../services/open-data-folder';

/** Largest feed file read (the same limit as a fetch). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

async function withServices(ctx: CliContext, body: (s: DataFolder) => Promise<number> | number): Promise<number> {
  const services = await openCliServices(ctx, false);
  try {
    return await body(services);
  } finally {
    services.close();
  }
}

/** `notices fetch [--url URL]`: fetches the configured (or given) feed; prints what changed. */
export const noticesFetchCommand: Command = {
  name: 'notices fetch',
  summary: "Fetch the authority's notices feed (conditional GET), verify and store it",
  usage: 'venue-console [--data DIR] notices fetch [--url URL]',
  run: async (ctx) => {
    const { values } = parseArgs({ args: ctx.argv, options: { url: { type: 'string' } }, strict: true });
    return withServices(ctx, async (s) => {
      printJson(ctx.io, await s.notices.fetchNow(values.url));
      return 0;
    });
  },
};

/** `notices import FILE`: verifies and stores a feed file. */
export const noticesImportCommand: Command = {
  name: 'notices import',
  summary: 'Verify and store a notices feed file',
  usage: 'venue-console [--data DIR] notices import FILE',
  run: async (ctx) => {
    const { positionals } = parseArgs({ args: ctx.argv, options: {}, strict: true, allowPositionals: true });
    const file = positionals[0];
    if (!file || positionals.length > 1) throw new UsageError('Give one feed file.');
    let text: string;
    try {
      const bytes = readFileSync(file);
      if (bytes.length > MAX_FILE_BYTES) throw new UsageError(`${file}: larger than ${MAX_FILE_BYTES} bytes; not a notices feed.`);
      text = bytes.toString('utf8');
    } catch (e) {
      if (e instanceof UsageError) throw e;
      throw new UsageError(`${file}: cannot be read (${(e as { code?: string }).code ?? 'error'})`);
    }
    return withServices(ctx, (s) => {
      printJson(ctx.io, s.notices.ingest(text, `file:${resolve(file)}`));
      return 0;
    });
  },
};

/** `notices list [--all]`: the notices concerning this operator's venues (withdrawn ones with --all). */
export const noticesListCommand: Command = {
  name: 'notices list',
  summary: "List the notices that concern this operator's venues (JSON array)",
  usage: 'venue-console [--data DIR] notices list [--all]',
  run: async (ctx) => {
    const { values } = parseArgs({ args: ctx.argv, options: { all: { type: 'boolean' } }, strict: true });
    return withServices(ctx, (s) => {
      const list = s.notices.list({ state: values.all ? 'all' : 'current' });
      printJson(
        ctx.io,
        list.map((n) => ({
          id: n.id,
          revision: n.revision,
          state: n.state,
          corrected: n.corrected,
          venueIds: s.notices.matchedVenueIds(n.id),
          kind: n.kind,
          severity: n.severity,
          title: n.title,
          ...(n.withdrawnReason ? { withdrawnReason: n.withdrawnReason } : {}),
        })),
      );
      return 0;
    });
  },
};

/** `notices ack ID [--revision N]`: acknowledges the current revision (as the operator named in Settings). */
export const noticesAckCommand: Command = {
  name: 'notices ack',
  summary: 'Acknowledge a notice (its current revision) as the operator named in Settings',
  usage: 'venue-console [--data DIR] notices ack ID [--revision N]',
  run: async (ctx) => {
    const { values, positionals } = parseArgs({ args: ctx.argv, options: { revision: { type: 'string' } }, strict: true, allowPositionals: true });
    const id = positionals[0];
    if (!id || positionals.length > 1) throw new UsageError('Give one notice id.');
    if (values.revision !== undefined && !/^[1-9]\d{0,6}$/.test(values.revision)) throw new UsageError(`--revision: "${values.revision}" is not a revision number`);
    return withServices(ctx, (s) => {
      const revision = values.revision !== undefined ? Number(values.revision) : s.notices.detail(id).revision;
      const d = s.notices.acknowledge(id, revision);
      printJson(ctx.io, { id: d.id, revision: d.revision, state: d.state, acknowledgement: d.acknowledgement });
      return 0;
    });
  },
};

/** `notices status`: where the feed comes from and how fresh it is. */
export const noticesStatusCommand: Command = {
  name: 'notices status',
  summary: "Show the notices feed's address, freshness and last error",
  usage: 'venue-console [--data DIR] notices status',
  run: async (ctx) => {
    parseArgs({ args: ctx.argv, options: {}, strict: true });
    return withServices(ctx, (s) => {
      printJson(ctx.io, s.notices.status());
      return 0;
    });
  },
};

/** `notices feed --url URL|none [--poll-minutes N]`: sets the feed's address and polling period. */
export const noticesFeedCommand: Command = {
  name: 'notices feed',
  summary: "Set the notices feed's address (https) and polling period",
  usage: 'venue-console [--data DIR] notices feed --url URL|none [--poll-minutes N]',
  run: async (ctx) => {
    const { values } = parseArgs({ args: ctx.argv, options: { url: { type: 'string' }, 'poll-minutes': { type: 'string' } }, strict: true });
    if (values.url === undefined) throw new UsageError('--url URL (or none) is required');
    return withServices(ctx, (s) => {
      const minutes = values['poll-minutes'] !== undefined ? Number(values['poll-minutes']) : s.notices.pollMinutes();
      printJson(ctx.io, s.notices.setFeed({ url: values.url === 'none' ? null : (values.url as string), pollMinutes: minutes }));
      return 0;
    });
  },
};

/** Every `notices` command. */
export const NOTICES_COMMANDS: Command[] = [noticesFetchCommand, noticesImportCommand, noticesListCommand, noticesAckCommand, noticesStatusCommand, noticesFeedCommand];
