/** `venue add` and `venue list`: the registry from the command line. */
import { parseArgs } from 'node:util';
import { AppFailure } from '../../shared/errors';
import { printJson, type Command } from '../command';
import { openCliServices } from '../services';

/** `venue-console venue add --name-en … --name-zh … --address-en … --address-zh … --district … --type …` */
export const venueAddCommand: Command = {
  name: 'venue add',
  summary: 'Register a venue; prints it as JSON with its id.',
  usage:
    'venue-console [--data DIR] venue add --name-en TEXT --name-zh TEXT --address-en TEXT --address-zh TEXT --district NAME --type TYPE [--phone N] [--email E]',
  async run(ctx) {
    const { values } = parseArgs({
      args: ctx.argv,
      options: {
        'name-en': { type: 'string' },
        'name-zh': { type: 'string' },
        'address-en': { type: 'string' },
        'address-zh': { type: 'string' },
        district: { type: 'string' },
        type: { type: 'string' },
        phone: { type: 'string' },
        email: { type: 'string' },
      },
      strict: true,
    });
    const services = await openCliServices(ctx, false);
    try {
      const venue = services.venues.create({
        nameEn: values['name-en'],
        nameZh: values['name-zh'],
        addressEn: values['address-en'],
        addressZh: values['address-zh'],
        district: values.district,
        type: values.type,
        contactPhone: values.phone ?? null,
        contactEmail: values.email ?? null,
      });
      printJson(ctx.io, venue);
      return 0;
    } catch (error) {
      if (error instanceof AppFailure && error.appError.fields) {
        ctx.io.stderr(`${error.appError.message}\n`);
        const flag: Record<string, string> = { nameEn: '--name-en', nameZh: '--name-zh', addressEn: '--address-en', addressZh: '--address-zh', contactPhone: '--phone', contactEmail: '--email' };
        for (const f of error.appError.fields) ctx.io.stderr(`${flag[f.field] ?? `--${f.field}`}: ${f.en}\n`);
        // Then the same in Chinese, as every other CLI error is given.
        if (error.appError.messageZh) ctx.io.stderr(`${error.appError.messageZh}\n`);
        for (const f of error.appError.fields) ctx.io.stderr(`${flag[f.field] ?? `--${f.field}`}：${f.zh}\n`);
        return 1;
      }
      throw error;
    } finally {
      services.close();
    }
  },
};

/** `venue-console venue list [--query Q] [--status all|active|deactivated]` */
export const venueListCommand: Command = {
  name: 'venue list',
  summary: 'Print the venues as a JSON array.',
  usage: 'venue-console [--data DIR] venue list [--query TEXT] [--status all|active|deactivated]',
  async run(ctx) {
    const { values } = parseArgs({
      args: ctx.argv,
      options: { query: { type: 'string', default: '' }, status: { type: 'string', default: 'all' } },
      strict: true,
    });
    const status = values.status;
    if (status !== 'all' && status !== 'active' && status !== 'deactivated') {
      ctx.io.stderr('--status must be all, active or deactivated\n');
      return 2;
    }
    const services = await openCliServices(ctx, false);
    try {
      // Streams page by page so 100,000 venues never sit in memory as one string.
      const pageSize = 1000;
      ctx.io.stdout('[');
      for (let offset = 0; ; offset += pageSize) {
        const page = services.venues.search({ query: values.query, status, offset, limit: pageSize });
        ctx.io.stdout(page.items.map((v, i) => (offset + i > 0 ? ',' : '') + JSON.stringify(v)).join(''));
        if (page.items.length < pageSize) break;
      }
      ctx.io.stdout(']\n');
      return 0;
    } finally {
      services.close();
    }
  },
};
