/** `certify`, `revoke` and `bundle`: operator certificates, revocations and the trust bundle that carries them. */
import { parseArgs } from 'node:util';
import { certifyOperator, parseVenueTypes } from '../../services/authority/certify-operator';
import { revoke } from '../../services/authority/revocations';
import { makeTrustBundle } from '../../services/authority/trust-bundle';
import { printJson, UsageError, type Command } from '../command';
import { authorityContext, authoritySealer, checkedOutput, readInput, writeSigned } from './authority-io';

const number = (text: string | undefined) => (text === undefined ? undefined : Number(text));

/** `venue-authority --dir AUTH certify --request request.json --out cert.json`: certifies an operator's key. */
export const certifyCommand: Command = {
  name: 'certify',
  summary: "Check an operator's certificate request (signed by its own key) and issue a certificate signed by the operators key.",
  usage: 'venue-authority --dir AUTH certify --request request.json --out cert.json [--valid-days 365] [--types taxi,restaurant,…]',
  async run(ctx) {
    const { values } = parseArgs({
      args: ctx.argv,
      options: { request: { type: 'string' }, out: { type: 'string' }, 'valid-days': { type: 'string' }, types: { type: 'string' } },
      strict: true,
    });
    const text = readInput(values.request, '--request');
    const target = checkedOutput(ctx, values.out, [values.request as string]);
    const types = parseVenueTypes(values.types);
    const days = number(values['valid-days']);
    const sealer = await authoritySealer(ctx);
    const cert = certifyOperator(authorityContext(ctx, sealer), text, { types, ...(days === undefined ? {} : { validDays: days }) });
    writeSigned(target, cert);
    const { serial, operator, kid, validFrom, validUntil, venueTypes } = cert.signed;
    printJson(ctx.io, { out: target, serial, operator, kid, validFrom, validUntil, venueTypes, signedBy: cert.signatures[0]?.kid });
    return 0;
  },
};

/** `venue-authority --dir AUTH revoke --operator KID|--venue ID --reason "…"`: recorded for the next bundle. */
export const revokeCommand: Command = {
  name: 'revoke',
  summary: 'Revoke an operator key or a venue (with a reason); the next bundle carries it.',
  usage: 'venue-authority --dir AUTH revoke (--operator KID | --venue ID) --reason "why"',
  async run(ctx) {
    const { values } = parseArgs({ args: ctx.argv, options: { operator: { type: 'string' }, venue: { type: 'string' }, reason: { type: 'string' } }, strict: true });
    if ((values.operator === undefined) === (values.venue === undefined)) {
      throw new UsageError('revoke needs exactly one of --operator KID or --venue ID. 請只提供 --operator 或 --venue 其中一項。');
    }
    if (!values.reason?.trim()) throw new UsageError('revoke needs --reason "…" (it goes into the trust bundle). 請以 --reason 註明原因（會寫入信任清單）。');
    const sealer = await authoritySealer(ctx);
    const target = values.operator !== undefined ? { operator: values.operator } : { venue: values.venue as string };
    printJson(ctx.io, revoke(authorityContext(ctx, sealer), target, values.reason));
    return 0;
  },
};

/** `venue-authority --dir AUTH bundle --out trust-bundle.json`: the next trust bundle. */
export const bundleCommand: Command = {
  name: 'bundle',
  summary: 'Write the next trust bundle: every certificate issued and every revocation, signed by the operators key.',
  usage: 'venue-authority --dir AUTH bundle --out trust-bundle.json [--valid-hours 48]',
  async run(ctx) {
    const { values } = parseArgs({ args: ctx.argv, options: { out: { type: 'string' }, 'valid-hours': { type: 'string' } }, strict: true });
    const target = checkedOutput(ctx, values.out);
    const sealer = await authoritySealer(ctx);
    const bundle = makeTrustBundle(authorityContext(ctx, sealer), number(values['valid-hours']));
    writeSigned(target, bundle);
    const b = bundle.signed;
    printJson(ctx.io, {
      out: target,
      version: b.version,
      issuedAt: b.issuedAt,
      expires: b.expires,
      certificates: b.certificates.length,
      revokedOperators: b.revokedOperators.length,
      revokedVenues: b.revokedVenues.length,
      signedBy: bundle.signatures[0]?.kid,
    });
    return 0;
  },
};
