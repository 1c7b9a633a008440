/**
 * The operator's side of the authority's trust chain (issue 11): `authority pin`, `authority show`,
 * `keys request` (the active key's signed certificate request) and `keys certificate --import`.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fail } from '../../shared/errors';
import { ROOT_FILE_MAX_BYTES } from '../../services/authority-trust/root-file';
import { writeFileAtomic } from '../../services/files/atomic-file';
import { checkOutputTarget } from '../../services/files/output-target';
import { printJson, UsageError, type Command } from '../command';
import { openCliServices } from '../services';

/** Reads a small text file a person named; a bilingual failure when it is missing or too large. */
export function readInputFile(path: string, what: { en: string; zh: string }, maxBytes = ROOT_FILE_MAX_BYTES): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    fail('io', `Cannot read the ${what.en} ${path}.`, `無法讀取${what.zh}「${path}」。`);
  }
  if (size > maxBytes) fail('validation', `The ${what.en} ${path} is too large to be one (${size} bytes).`, `${what.zh}「${path}」太大（${size} 位元組）。`);
  return readFileSync(path, 'utf8');
}

/** `venue-console authority pin --root root.json`: pins the authority's root, or advances the pinned one through the chain. */
export const authorityPinCommand: Command = {
  name: 'authority pin',
  summary: "Pin the authority's root (one root or a chain file); later versions are accepted only through the signed chain.",
  usage: 'venue-console [--data DIR] authority pin --root ROOT.json',
  async run(ctx) {
    const { values } = parseArgs({ args: ctx.argv, options: { root: { type: 'string' } }, strict: true });
    if (!values.root) throw new UsageError('authority pin needs --root ROOT.json');
    const text = readInputFile(values.root, { en: 'root file', zh: '根憑證檔案' });
    const services = await openCliServices(ctx, false);
    try {
      const { root, added } = services.authorityTrust.pin(text);
      printJson(ctx.io, { authority: root.signed.authority, version: root.signed.version, expires: root.signed.expires, added });
      return 0;
    } finally {
      services.close();
    }
  },
};

/** `venue-console authority show`: the pinned root and each key's certificate. */
export const authorityShowCommand: Command = {
  name: 'authority show',
  summary: "Show the pinned authority root and each signing key's certificate (days left, allowed venue types).",
  usage: 'venue-console [--data DIR] authority show',
  async run(ctx) {
    parseArgs({ args: ctx.argv, options: {}, strict: true });
    const services = await openCliServices(ctx, false);
    try {
      printJson(ctx.io, services.authorityTrust.status());
      return 0;
    } finally {
      services.close();
    }
  },
};

/** `venue-console keys request --out request.json [--contact TEXT]`: the active key's signed certificate request. */
export const keysRequestCommand: Command = {
  name: 'keys request',
  summary: "Write the active key's certificate request (signed by the key) for the authority to certify.",
  usage: 'venue-console [--data DIR] keys request --out REQUEST.json [--contact "email or phone"]',
  async run(ctx) {
    const { values } = parseArgs({ args: ctx.argv, options: { out: { type: 'string' }, contact: { type: 'string' } }, strict: true });
    if (!values.out) throw new UsageError('keys request needs --out REQUEST.json');
    const path = checkOutputTarget(values.out, { dataDir: ctx.dataDir }); // before the database is even opened
    const services = await openCliServices(ctx, true);
    try {
      const request = services.authorityTrust.request({ contact: values.contact ?? '' });
      writeFileAtomic(path, `${JSON.stringify(request, null, 2)}\n`);
      printJson(ctx.io, { path, kid: request.signed.kid, operator: request.signed.operator, requestedAt: request.signed.requestedAt });
      return 0;
    } finally {
      services.close();
    }
  },
};

/** `venue-console keys certificate --import cert.json`: stores the authority's certificate for one of this console's keys. */
export const keysCertificateCommand: Command = {
  name: 'keys certificate',
  summary: "Import the authority's certificate for one of this console's keys (checked against the pinned root).",
  usage: 'venue-console [--data DIR] keys certificate --import CERT.json',
  async run(ctx) {
    const { values } = parseArgs({ args: ctx.argv, options: { import: { type: 'string' } }, strict: true });
    if (!values.import) throw new UsageError('keys certificate needs --import CERT.json');
    const text = readInputFile(values.import, { en: 'certificate file', zh: '證書檔案' });
    const services = await openCliServices(ctx, false);
    try {
      const { certificate, added } = services.authorityTrust.importCertificate(text);
      const c = certificate.signed;
      printJson(ctx.io, { added, kid: c.kid, serial: c.serial, authority: c.authority, operator: c.operator, validFrom: c.validFrom, validUntil: c.validUntil, venueTypes: c.venueTypes });
      return 0;
    } finally {
      services.close();
    }
  },
};
