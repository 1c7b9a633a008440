/** `health-code issue`: a signed Health Code pass (and, with `--svg`, its QR code as a phone would show it). */
import QRCode from 'qrcode';
import { parseArgs } from 'node:util';
import { issuePass } from '../../services/authority/issue-pass';
import { writeFileAtomic } from '../../services/files/atomic-file';
import { printJson, type Command } from '../command';
import { authorityContext, authoritySealer, checkedOutput, readInput } from './authority-io';

/** `venue-authority --dir AUTH health-code issue --input P.json [--svg pass.svg]` */
export const healthCodeIssueCommand: Command = {
  name: 'health-code issue',
  summary: "Issue a Health Code pass: the colour by the scheme's rules, signed by the health-code key (HC1:…).",
  usage:
    'venue-authority --dir AUTH health-code issue --input P.json [--svg pass.svg]   (P.json: the `venue-console health-code` input plus "initials" and "birthDayMonth": "DD-MM")',
  async run(ctx) {
    const { values } = parseArgs({ args: ctx.argv, options: { input: { type: 'string' }, svg: { type: 'string' } }, strict: true });
    const text = readInput(values.input, '--input');
    const svgTarget = values.svg === undefined ? null : checkedOutput(ctx, values.svg, [values.input as string]);
    const sealer = await authoritySealer(ctx);
    const issued = issuePass(authorityContext(ctx, sealer), text);
    if (svgTarget) writeFileAtomic(svgTarget, await QRCode.toString(issued.pass, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 }));
    printJson(ctx.io, issued);
    return 0;
  },
};
