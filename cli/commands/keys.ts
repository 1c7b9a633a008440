/** `keys init`, `keys list`, `keys rotate`, `keys revoke` and `trust export`: the operator's signing keys from the command line. */
import { parseArgs } from 'node:util';
import { AppFailure } from '../../shared/errors';
import { checkOutputTarget } from '../../services/files/output-target';
import { revokeKey } from '../../services/keys/revoke-key';
import { printJson, UsageError, type Command } from '../command';
import { openCliServices } from '../services';

/** `venue-console keys init`: create the signing key if there is none. */
export const keysInitCommand: Command = {
  name: 'keys init',
  summary: 'Create the Ed25519 signing key (if none exists yet); prints its kid and public key.',
  usage: 'venue-console [--data DIR] keys init   (passphrase from VENUE_CONSOLE_PASSPHRASE or asked on the terminal)',
  async run(ctx) {
    parseArgs({ args: ctx.argv, options: {}, strict: true });
    const services = await openCliServices(ctx, true, true);
    try {
      const { key, created } = services.keys.ensure();
      if (!created) services.keys.activeSigner(); // proves the passphrase opens the existing key
      printJson(ctx.io, { created, kid: key.kid, publicKey: key.publicKey, validFrom: key.validFrom, protection: key.protection });
      return 0;
    } finally {
      services.close();
    }
  },
};

/** `venue-console keys list`: every key's public facts. */
export const keysListCommand: Command = {
  name: 'keys list',
  summary: 'List signing keys (public parts only) as JSON.',
  usage: 'venue-console [--data DIR] keys list',
  async run(ctx) {
    parseArgs({ args: ctx.argv, options: {}, strict: true });
    const services = await openCliServices(ctx, false);
    try {
      printJson(ctx.io, services.keys.list());
      return 0;
    } finally {
      services.close();
    }
  },
};

/** `venue-console keys rotate`: a new key signs new codes; the old one is retired but stays trusted; prints the new key's request. */
export const keysRotateCommand: Command = {
  name: 'keys rotate',
  summary: "Create a new signing key and retire the current one (its codes keep verifying); prints the new key's certificate request.",
  usage: 'venue-console [--data DIR] keys rotate [--contact "email or phone"]',
  async run(ctx) {
    const { values } = parseArgs({ args: ctx.argv, options: { contact: { type: 'string' } }, strict: true });
    const services = await openCliServices(ctx, true);
    try {
      services.keys.activeSigner(); // the current key must open with this passphrase before it is retired
      const key = services.keys.rotate();
      // The new key needs the authority's certificate: its signed request, for `keys request`'s recipient.
      let request: unknown = null;
      try {
        request = services.authorityTrust.request({ contact: values.contact ?? '' });
      } catch (error) {
        if (!(error instanceof AppFailure)) throw error;
        ctx.io.stderr(`No certificate request: ${error.appError.message}\n${error.appError.messageZh ? `${error.appError.messageZh}\n` : ''}`);
      }
      printJson(ctx.io, { ...key, request });
      return 0;
    } finally {
      services.close();
    }
  },
};

/** `venue-console keys revoke KID --reason "…"`: verifiers refuse every code the key signed; prints the venues to re-issue. */
export const keysRevokeCommand: Command = {
  name: 'keys revoke',
  summary: 'Revoke a signing key: every code it signed is refused (the active key is replaced first); lists the venues whose posters it signed.',
  usage: 'venue-console [--data DIR] keys revoke KID --reason "why"   (the passphrase is needed only to revoke the active key)',
  async run(ctx) {
    const { values, positionals } = parseArgs({ args: ctx.argv, options: { reason: { type: 'string' } }, allowPositionals: true, strict: true });
    if (positionals.length !== 1) throw new UsageError('keys revoke needs one key id (see keys list). 請提供一個密鑰編號（見 keys list）。');
    if (!values.reason?.trim()) {
      throw new UsageError('keys revoke needs --reason "…": why the key is revoked (it is written into the trust file). 請以 --reason 註明撤銷原因（會寫入信任檔案）。');
    }
    const kid = String(positionals[0]).trim().toLowerCase();
    let services = await openCliServices(ctx, false);
    try {
      if (services.keys.active()?.kid === kid) {
        // Revoking the active key makes a new one first: that needs the passphrase, and it must open the current key.
        services.close();
        services = await openCliServices(ctx, true);
        services.keys.activeSigner();
      }
      printJson(ctx.io, revokeKey(services, { kid, reason: values.reason }));
      return 0;
    } finally {
      services.close();
    }
  },
};

/** `venue-console trust export --out trust.json` */
export const trustExportCommand: Command = {
  name: 'trust export',
  summary: 'Write the trust file (public keys, revoked venues) that verifiers load.',
  usage: 'venue-console [--data DIR] trust export --out FILE.json',
  async run(ctx) {
    const { values } = parseArgs({ args: ctx.argv, options: { out: { type: 'string' } }, strict: true });
    if (!values.out) throw new UsageError('trust export needs --out FILE.json');
    const path = checkOutputTarget(values.out, { dataDir: ctx.dataDir }); // before the database is even opened
    const services = await openCliServices(ctx, false);
    try {
      const trust = services.trust.write(path);
      printJson(ctx.io, { path, keys: trust.keys.length, revokedVenues: trust.revokedVenues.length });
      return 0;
    } finally {
      services.close();
    }
  },
};
