/** `venue-console match`: matches a visit diary against exposures (or a notices feed's) and prints `{"matches":[…]}`. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MINUTE_MS, parseIsoInstant } from '../../shared/checkin/iso-time';
import { parseExposureList, parseJsonText, parseVisitList } from '../../shared/consumer/parse';
import type { Result } from '../../shared/errors';
import { DEFAULT_TOLERANCE_MS } from '../../shared/exposure/exposure';
import { matchExposures } from '../../shared/exposure/match';
import type { Exposure } from '../../shared/exposure/exposure';
import { checkFeed, feedSchema, readFeedNotices } from '../../shared/notices/feed';
import { exposuresOfNotices } from '../../shared/notices/notice-exposures';
import { parseSignedDocument } from '../../shared/trust/certificate';
import { parseRoot } from '../../shared/trust/root';
import { nodeSha256, nodeVerify } from '../../services/crypto/node-verify';
import { printJson, UsageError, type CliIo, type Command } from '../command';

/** Reads and parses a JSON file; problems become a {@link UsageError} naming the file. */
export function readJsonFile<T>(path: string, parse: (raw: unknown) => Result<T>): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code ?? (e instanceof Error ? e.message : 'error');
    throw new UsageError(`${path}: cannot be read (${code})`);
  }
  const raw = parseJsonText(text.replace(/^\uFEFF/, ''));
  const parsed = raw.ok ? parse(raw.value) : raw;
  if (!parsed.ok) throw new UsageError(`${path}: ${parsed.error.message}`);
  return parsed.value;
}

/** The `--now` option as epoch ms, or the clock's time when absent. */
export function nowOption(value: string | undefined, io: CliIo): number {
  if (value === undefined) return io.now();
  const ms = parseIsoInstant(value);
  if (ms === null) throw new UsageError(`--now: "${value}" is not an ISO 8601 time with an offset, e.g. 2026-11-23T10:00:00+08:00`);
  return ms;
}

/** Runs a command body, turning usage errors (and option parsing errors) into a stderr line and exit code 1. */
export async function reportErrors(name: string, io: CliIo, body: () => Promise<number> | number): Promise<number> {
  try {
    return await body();
  } catch (e) {
    const known = e instanceof UsageError || (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'));
    if (!known) throw e;
    io.stderr(`venue-console ${name}: ${e.message}\n`);
    return 1;
  }
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`${path}: cannot be read (${(e as { code?: string }).code ?? 'error'})`);
  }
}

/** The exposures of a notices feed file, its signature checked against `rootPath`'s notices key when given. */
export function feedExposures(feedPath: string, rootPath: string | undefined, now: number): Exposure[] {
  const text = readText(feedPath);
  if (rootPath) {
    const root = parseRoot(readText(rootPath));
    if (!root.ok) throw new UsageError(`${rootPath}: not an authority root (${root.detail})`);
    const checked = checkFeed(text, { root: root.root.signed, now, held: null, verify: nodeVerify, sha256: nodeSha256 });
    if (!checked.ok) throw new UsageError(`${feedPath}: feed refused (${checked.reason}: ${checked.detail})`);
    const read = readFeedNotices(checked.feed.signed);
    if (!read.ok) throw new UsageError(`${feedPath}: feed refused (malformed: ${read.detail})`);
    return exposuresOfNotices(read.notices);
  }
  const parsed = parseSignedDocument(text, feedSchema);
  if (!parsed.ok) throw new UsageError(`${feedPath}: not a notices feed (${parsed.detail})`);
  return exposuresOfNotices(parsed.doc.signed.notices);
}

const USAGE = `Usage: venue-console match --visits V.json (--exposures E.json | --feed FEED.json [--root ROOT.json]) [--tolerance MINUTES] [--now ISO]

Matches visits against exposures. A visit matches an exposure at the same venue or taxi when it overlaps the
exposure window widened by the tolerance (default 30 minutes) on each side by a positive length of time.
Visits that checked in more than 31 days before --now (default: the current time) are ignored.

  --visits FILE      JSON: an array of visits, or an object with a "visits" array (a diary export)
  --exposures FILE   JSON: an array of exposures, or an object with an "exposures" array
  --feed FILE        the authority's signed notices feed: each window of an exposure notice at a venue or taxi
                     is an exposure (with --exposures, both are used)
  --root FILE        the authority's signed root: the feed must then be signed by its notices key (without it
                     the feed's signature is not checked)
  --tolerance MIN    minutes added on each side of every exposure window (default 30)
  --now ISO          the time that decides retention and ends open visits, with an offset (e.g. +08:00)

Prints {"matches":[{"visit":i,"exposure":j,"overlapMinutes":n}]} with 0-based positions in the input arrays
(with --feed, the feed's exposures follow those of --exposures, in the order of its notices, windows and targets).`;

/** The `match` command. */
export const matchCommand: Command = {
  name: 'match',
  summary: 'Match visits against exposures (JSON)',
  usage: USAGE,
  run: (ctx) =>
    reportErrors('match', ctx.io, () => {
      const { values } = parseArgs({
        args: ctx.argv,
        options: {
          visits: { type: 'string' },
          exposures: { type: 'string' },
          feed: { type: 'string' },
          root: { type: 'string' },
          tolerance: { type: 'string' },
          now: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
        strict: true,
        allowPositionals: false,
      });
      if (values.help) {
        ctx.io.stdout(`${USAGE}\n`);
        return 0;
      }
      if (!values.visits) throw new UsageError('--visits FILE is required');
      if (!values.exposures && !values.feed) throw new UsageError('--exposures FILE or --feed FILE is required');
      if (values.root && !values.feed) throw new UsageError('--root goes with --feed');
      let toleranceMs = DEFAULT_TOLERANCE_MS;
      if (values.tolerance !== undefined) {
        const minutes = Number(values.tolerance);
        if (values.tolerance.trim() === '' || !Number.isFinite(minutes) || minutes < 0) {
          throw new UsageError(`--tolerance: "${values.tolerance}" is not a number of minutes (0 or more)`);
        }
        toleranceMs = minutes * MINUTE_MS;
      }
      const now = nowOption(values.now, ctx.io);
      const visits = readJsonFile(values.visits, parseVisitList);
      const exposures: Exposure[] = values.exposures ? readJsonFile(values.exposures, parseExposureList) : [];
      if (values.feed) exposures.push(...feedExposures(values.feed, values.root, now));
      printJson(ctx.io, { matches: matchExposures(visits, exposures, { now, toleranceMs }) });
      return 0;
    }),
};
