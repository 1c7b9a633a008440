/** `code`, `poster` and `verify`: venue codes from the command line. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fail } from '../../shared/errors';
import { parseTrustFile } from '../../shared/qr/trust';
import { parseBundle } from '../../shared/trust/bundle';
import { advanceRoot } from '../../shared/trust/root';
import { verifyCode, type AuthorityVerdict } from '../../shared/trust/verify-code';
import { readRootFile } from '../../services/authority-trust/root-file';
import { nodeVerify } from '../../services/crypto/node-verify';
import { indexTrust, verifyCodeWithTrustFile } from '../../shared/qr/verify';
import { checkOutputTarget } from '../../services/files/output-target';
import { printJson, UsageError, type Command } from '../command';
import { readInputFile } from './authority';
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

/** `venue-console verify --trust trust.json TEXT`, or `verify --root root.json --bundle trust-bundle.json TEXT` (TEXT may be `-` for stdin). */
export const verifyCommand: Command = {
  name: 'verify',
  summary: "Verify venue code text offline against a trust file, or against the authority's root and trust bundle.",
  usage: 'venue-console verify (--trust FILE.json | --root ROOT.json --bundle TRUST-BUNDLE.json) TEXT   (TEXT "-" reads stdin)',
  async run(ctx) {
    const { values, positionals } = parseArgs({
      args: ctx.argv,
      options: { trust: { type: 'string' }, root: { type: 'string' }, bundle: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    const authority = values.root !== undefined || values.bundle !== undefined;
    if (authority && values.trust) throw new UsageError('verify takes either --trust or --root with --bundle, not both');
    if (authority && (!values.root || !values.bundle)) throw new UsageError('verify needs both --root ROOT.json and --bundle TRUST-BUNDLE.json');
    if (!authority && !values.trust) throw new UsageError('verify needs --trust FILE.json, or --root ROOT.json --bundle TRUST-BUNDLE.json');
    if (positionals.length !== 1) throw new UsageError('verify needs exactly one TEXT argument (or - for stdin)');
    const readText = () => (positionals[0] === '-' ? readFileSync(0, 'utf8') : String(positionals[0]));
    if (authority) {
      const verdict = verifyWithAuthority(String(values.root), String(values.bundle), readText(), ctx.io.now());
      printJson(ctx.io, verdict);
      return verdict.ok ? 0 : 1;
    }
    let trustText: string;
    try {
      trustText = readFileSync(String(values.trust), 'utf8');
    } catch {
      throw new UsageError(`Cannot read the trust file ${values.trust}.`);
    }
    let trust;
    try {
      trust = parseTrustFile(trustText);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const verdict = verifyCodeWithTrustFile(readText(), indexTrust(trust));
    printJson(ctx.io, verdict);
    return verdict.ok ? 0 : 1;
  },
};

/**
 * Verifies code text against a root file (one root or a chain, walked from its first version) and a trust
 * bundle file at `now`. A root that does not check out is an error (stderr); a bundle that does not is a verdict.
 */
function verifyWithAuthority(rootPath: string, bundlePath: string, text: string, now: number): AuthorityVerdict {
  const roots = readRootFile(readInputFile(rootPath, { en: 'root file', zh: '根憑證檔案' }));
  const chain = advanceRoot(null, roots, nodeVerify);
  if (!chain.ok) fail('validation', `The root file does not check out: ${chain.detail}.`, '根憑證檔案無法核實。');
  const bundle = parseBundle(readInputFile(bundlePath, { en: 'trust bundle', zh: '信任清單' }, BUNDLE_FILE_MAX_BYTES));
  if (!bundle.ok) return { ok: false, reason: 'bundle-invalid', detail: `the trust bundle does not parse: ${bundle.detail}` };
  return verifyCode(text, { root: chain.root, bundle: bundle.doc, now, verify: nodeVerify });
}

/** Largest trust bundle read, in bytes (100,000 certificates fit). */
const BUNDLE_FILE_MAX_BYTES = 200_000_000;
