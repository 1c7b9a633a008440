/** `publish`: the signed notices feed. */
import { parseArgs } from 'node:util';
import { publishFeed } from '../../services/authority/notices-feed';
import { printJson, type Command } from '../command';
import { authorityContext, authoritySealer, checkedOutput, readInput, writeSigned } from './authority-io';

/** `venue-authority --dir AUTH publish --notices notices.json --out feed.json`: the next feed version. */
export const publishCommand: Command = {
  name: 'publish',
  summary: 'Publish the notices feed: the next feedVersion of the notices and withdrawals given, signed by the notices key.',
  usage: 'venue-authority --dir AUTH publish --notices notices.json --out feed.json [--valid-hours 24]   (notices.json: {"notices":[…],"withdrawn":[…]} or an array of notices)',
  async run(ctx) {
    const { values } = parseArgs({ args: ctx.argv, options: { notices: { type: 'string' }, out: { type: 'string' }, 'valid-hours': { type: 'string' } }, strict: true });
    const text = readInput(values.notices, '--notices');
    const target = checkedOutput(ctx, values.out, [values.notices as string]);
    const sealer = await authoritySealer(ctx);
    const hours = values['valid-hours'] === undefined ? undefined : Number(values['valid-hours']);
    const feed = publishFeed(authorityContext(ctx, sealer), text, hours);
    writeSigned(target, feed);
    const f = feed.signed;
    printJson(ctx.io, { out: target, feedVersion: f.feedVersion, issuedAt: f.issuedAt, expires: f.expires, notices: f.notices.length, withdrawn: f.withdrawn.length, signedBy: feed.signatures[0]?.kid });
    return 0;
  },
};
