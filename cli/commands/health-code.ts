/** `venue-console health-code`: decides a Health Code colour from a person, their visits and the high-risk list. */
import { parseArgs } from 'node:util';
import { parseHealthCodeInput } from '../../shared/consumer/parse';
import { assessHealthCode } from '../../shared/health-code/assess';
import { printJson, UsageError, type Command } from '../command';
import { nowOption, readJsonFile, reportErrors } from './match';

const USAGE = `Usage: venue-console health-code --input P.json [--now ISO]

Decides a Health Code colour by the scheme's rules. P.json is
  {"now":ISO,"person":{"status":"none"|"confirmed"|"probable"|"close-contact"|"household-contact-of-close-contact",
   "dischargedAfterRecoveryAt"?:ISO,"underCompulsoryQuarantine"?:boolean,"lastSymptomsAt"?:ISO,"arrivedAt"?:ISO,
   "arrivalScheme"?:"return2hk"|"come2hk"|null,"residenceBuilding"?:string},"visits":[Visit],"highRisk":[Exposure]}
"now" in the file wins over --now, which wins over the current time.

Prints {"colour":"red"|"amber"|"green","rule":"…","validUntil":"YYYY-MM-DDT23:59:59+08:00"}.`;

/** The `health-code` command. */
export const healthCodeCommand: Command = {
  name: 'health-code',
  summary: 'Decide a Health Code colour (JSON)',
  usage: USAGE,
  run: (ctx) =>
    reportErrors('health-code', ctx.io, () => {
      const { values } = parseArgs({
        args: ctx.argv,
        options: { input: { type: 'string' }, now: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
        strict: true,
        allowPositionals: false,
      });
      if (values.help) {
        ctx.io.stdout(`${USAGE}\n`);
        return 0;
      }
      if (!values.input) throw new UsageError('--input FILE is required');
      const now = nowOption(values.now, ctx.io);
      const input = readJsonFile(values.input, parseHealthCodeInput);
      printJson(ctx.io, assessHealthCode(input, now));
      return 0;
    }),
};
