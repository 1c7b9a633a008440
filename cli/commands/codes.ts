/** `code`, `poster` and `verify`: venue codes from the command line. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseTrustFile } from '../../shared/qr/trust';
import { indexTrust, verifyCodeWithTrustFile } from '../../shared/qr/verify';
import { checkOutputTarget } from '../../services/files/output-target';
import { printJson, UsageError, type Command } from '../command';
import { openCliServices } from '../services';

/** `venue-console code ID`: prints the venue's signed QR text. */
export const codeCommand: Command = {
  name: 'code',
  summary: "Print a venue's signed QR code text.",
  usage: 'venue-console [--data DIR] code VENUE_ID',
  async run(ctx) {
    const { positionals } = parseArgs({ args: ctx.argv, options: {}, allowPositionals: true, strict: true });
    if (positionals.length !== 1) throw new UsageError('code needs exactly one VENUE_ID');
    const services = await openCliServices(ctx, true);
    try {
      ctx.io.stdout(`${services.issuer.issue(services.venues.require(String(positionals[0]).toUpperCase())).text}\n`);
      return 0;
    } finally {
      services.close();
    }
  },
};

/** `venue-console poster ID --out FILE.pdf [--size a4|a3]` */
export const posterCommand: Command = {
  name: 'poster',
  summary: "Write a venue's check-in poster as PDF (A4 or A3).",
  usage: 'venue-console [--data DIR] poster VENUE_ID --out FILE.pdf [--size a4|a3]',
  async run(ctx) {
    const { values, positionals } = parseArgs({
      args: ctx.argv,
      options: { out: { type: 'string' }, size: { type: 'string', default: 'a4' } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 1) throw new UsageError('poster needs exactly one VENUE_ID');
    if (!values.out) throw new UsageError('poster needs --out FILE.pdf');
    const size = values.size.toLowerCase();
    if (size !== 'a4' && size !== 'a3') throw new UsageError('--size must be a4 or a3');
    const path = checkOutputTarget(values.out, { dataDir: ctx.dataDir }); // before the database is even opened
    const services = await openCliServices(ctx, true);
    try {
      const result = await services.posters.write(String(positionals[0]).toUpperCase(), path, size);
      printJson(ctx.io, { path, size, bytes: result.bytes, qrVersion: result.qrVersion, venueId: result.code.record.venueId, issuedOn: result.code.record.issuedOn, truncated: result.truncated });
      return 0;
    } finally {
      services.close();
    }
  },
};

/** `venue-console verify --trust trust.json TEXT` (TEXT may be `-` to read it from stdin). */
export const verifyCommand: Command = {
  name: 'verify',
  summary: 'Verify venue code text offline against a trust file.',
  usage: 'venue-console verify --trust FILE.json TEXT   (TEXT "-" reads stdin)',
  async run(ctx) {
    const { values, positionals } = parseArgs({ args: ctx.argv, options: { trust: { type: 'string' } }, allowPositionals: true, strict: true });
    if (!values.trust) throw new UsageError('verify needs --trust FILE.json');
    if (positionals.length !== 1) throw new UsageError('verify needs exactly one TEXT argument (or - for stdin)');
    let trustText: string;
    try {
      trustText = readFileSync(values.trust, 'utf8');
    } catch {
      throw new UsageError(`Cannot read the trust file ${values.trust}.`);
    }
    let trust;
    try {
      trust = parseTrustFile(trustText);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const text = positionals[0] === '-' ? readFileSync(0, 'utf8') : String(positionals[0]);
    const verdict = verifyCodeWithTrustFile(text, indexTrust(trust));
    printJson(ctx.io, verdict);
    return verdict.ok ? 0 : 1;
  },
};
