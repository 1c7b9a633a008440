/** `init`, `root export`, `root renew` and `rotate`: the authority's keys and its root versions. */
import { parseArgs } from 'node:util';
import { initAuthority, refuseIfInitialised } from '../../services/authority/init-authority';
import { latestRoot } from '../../services/authority/authority-root';
import { readState } from '../../services/authority/authority-state';
import { renewRoot } from '../../services/authority/renew-root';
import { rotateKey } from '../../services/authority/rotate-key';
import { printJson, UsageError, type Command } from '../command';
import { authorityContext, authoritySealer, checkedOutput, writeSigned } from './authority-io';

const ROTATABLE = ['operators', 'notices', 'health-code', 'root'] as const;

/** `venue-authority --dir AUTH init --name "…"`: a new authority (root key, three role keys, root version 1). */
export const initCommand: Command = {
  name: 'init',
  summary: 'Create the authority: a root key and the operators, notices and health-code keys (sealed), and root version 1.',
  usage: 'venue-authority --dir AUTH init --name "Department of Health 衞生署" [--root-valid-days 365]',
  async run(ctx) {
    const { values } = parseArgs({ args: ctx.argv, options: { name: { type: 'string' }, 'root-valid-days': { type: 'string' } }, strict: true });
    if (!values.name?.trim()) throw new UsageError('init needs --name "…": the authority\'s name. 請以 --name 提供發證機構名稱。');
    refuseIfInitialised(ctx.dataDir);
    const sealer = await authoritySealer(ctx, true);
    const days = values['root-valid-days'] === undefined ? undefined : Number(values['root-valid-days']);
    printJson(ctx.io, initAuthority(authorityContext(ctx, sealer), { name: values.name, ...(days === undefined ? {} : { rootValidDays: days }) }));
    return 0;
  },
};

/** `venue-authority --dir AUTH root export --out root.json [--chain]`: the latest signed root, or every version. */
export const rootExportCommand: Command = {
  name: 'root export',
  summary: 'Write the latest signed root (or, with --chain, every version in order) for phones, scanners and consoles.',
  usage: 'venue-authority --dir AUTH root export --out root.json [--chain]',
  async run(ctx) {
    const { values } = parseArgs({ args: ctx.argv, options: { out: { type: 'string' }, chain: { type: 'boolean' } }, strict: true });
    const target = checkedOutput(ctx, values.out);
    const state = readState(ctx.dataDir);
    const latest = latestRoot(state);
    writeSigned(target, values.chain ? state.roots : latest);
    printJson(ctx.io, { out: target, version: latest.signed.version, versions: values.chain ? state.roots.length : 1, expires: latest.signed.expires });
    return 0;
  },
};

/** `venue-authority --dir AUTH root renew [--valid-days N]`: the next root version, same keys, a new expiry. */
export const rootRenewCommand: Command = {
  name: 'root renew',
  summary: 'Extend the root: the next root version with the same keys and a new expiry, signed by the root key.',
  usage: 'venue-authority --dir AUTH root renew [--valid-days 365]',
  async run(ctx) {
    const { values } = parseArgs({ args: ctx.argv, options: { 'valid-days': { type: 'string' } }, strict: true });
    const raw = values['valid-days'];
    if (raw !== undefined && !/^\d+$/.test(raw)) throw new UsageError(`--valid-days must be a whole number of days, not "${raw}". --valid-days 必須是整數日數。`);
    const sealer = await authoritySealer(ctx);
    printJson(ctx.io, renewRoot(authorityContext(ctx, sealer), raw === undefined ? undefined : Number(raw)));
    return 0;
  },
};

/** `venue-authority --dir AUTH rotate --role …`: a new key for a role (or the root), published as the next root version. */
export const rotateCommand: Command = {
  name: 'rotate',
  summary: 'Replace the key of a role (operators, notices, health-code) or the root key; publishes the next root version.',
  usage: 'venue-authority --dir AUTH rotate --role operators|notices|health-code|root',
  async run(ctx) {
    const { values } = parseArgs({ args: ctx.argv, options: { role: { type: 'string' } }, strict: true });
    const role = ROTATABLE.find((r) => r === values.role);
    if (!role) throw new UsageError(`rotate needs --role ${ROTATABLE.join('|')}. 請以 --role 指定要輪換的密鑰：${ROTATABLE.join('、')}。`);
    const sealer = await authoritySealer(ctx);
    printJson(ctx.io, rotateKey(authorityContext(ctx, sealer), role));
    return 0;
  },
};
