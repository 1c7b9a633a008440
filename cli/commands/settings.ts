/** `settings`: the operator and scheme names printed on posters, from the command line (the console asks on first run). */
import { parseArgs } from 'node:util';
import { AppFailure } from '../../shared/errors';
import { settingsSchema } from '../../shared/ipc/console-contract';
import { fieldIssues, fieldsError } from '../../shared/messages';
import { printJson, type Command } from '../command';
import { openCliServices } from '../services';

/** `venue-console --data DIR settings [--operator-name TEXT] [--scheme-name TEXT] [--paper-record TEXT]` */
export const settingsCommand: Command = {
  name: 'settings',
  summary: 'Show the operator and scheme names printed on posters; set them with the options.',
  usage: 'venue-console [--data DIR] settings [--operator-name TEXT] [--scheme-name TEXT] [--paper-record TEXT]',
  async run(ctx) {
    const { values } = parseArgs({
      args: ctx.argv,
      options: { 'operator-name': { type: 'string' }, 'scheme-name': { type: 'string' }, 'paper-record': { type: 'string' } },
      strict: true,
    });
    const services = await openCliServices(ctx, false);
    try {
      const current = services.settings.get();
      const changing = values['operator-name'] !== undefined || values['scheme-name'] !== undefined || values['paper-record'] !== undefined;
      if (changing) {
        // The same rules as the Settings page: printable, visible, not too long.
        const parsed = settingsSchema.safeParse({
          operatorName: values['operator-name'] ?? current.operatorName,
          schemeName: values['scheme-name'] ?? current.schemeName,
          paperRecordText: values['paper-record'] ?? current.paperRecordText,
        });
        if (!parsed.success) throw new AppFailure(fieldsError(fieldIssues(parsed.error)));
        printJson(ctx.io, services.settings.update(parsed.data));
      } else {
        printJson(ctx.io, current);
      }
      return 0;
    } finally {
      services.close();
    }
  },
};
