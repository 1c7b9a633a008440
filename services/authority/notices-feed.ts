/**
 * `publish`: the notices feed. The input is `{"notices": […], "withdrawn": […]}` or a plain array of notices;
 * it is checked with the feed's own schema (field-level problems named by path, in English and Chinese) and
 * signed by the current `notices` key with `feedVersion` one above the last (saved before the file is written).
 */
import { fail } from '../../shared/errors';
import { pathIssues } from '../../shared/messages';
import { feedSchema, type Feed, type SignedFeed } from '../../shared/notices/feed';
import { signDocument } from '../../shared/trust/signed-document';
import { currentKey, unsealKey } from './authority-keys';
import { isoInstant } from './authority-root';
import { changeState, type AuthorityContext } from './authority-context';

/** Default feed lifetime, in hours. */
export const DEFAULT_FEED_HOURS = 24;

/** Most field problems listed at once. */
const MAX_ISSUES = 20;

function refuse(en: string, zh: string, fields?: { field: string; en: string; zh: string }[]): never {
  fail('validation', `${en} Nothing was published.`, `${zh}沒有發佈任何內容。`, fields);
}

/**
 * Entries of `input` the schema dropped (zod strips unknown keys): a misspelt optional field such as
 * `action` for `actions` would otherwise vanish from the signed feed without a word.
 */
function droppedKeys(input: unknown, output: unknown, path: string, out: string[]): void {
  if (Array.isArray(input) && Array.isArray(output)) {
    input.forEach((item, i) => droppedKeys(item, output[i], `${path}[${i}]`, out));
  } else if (input && output && typeof input === 'object' && typeof output === 'object') {
    for (const [key, value] of Object.entries(input)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (!(key in output)) out.push(at);
      else droppedKeys(value, (output as Record<string, unknown>)[key], at, out);
    }
  }
}

/** The notices and withdrawals of a notices file's text, not yet checked. */
function readNoticesFile(text: string): { notices: unknown; withdrawn: unknown } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    refuse(`The notices file is not valid JSON (${(error as Error).message}).`, '通告檔案不是有效的 JSON。');
  }
  if (Array.isArray(raw)) return { notices: raw, withdrawn: [] };
  if (raw === null || typeof raw !== 'object') {
    refuse('The notices file must hold {"notices": […], "withdrawn": […]} or an array of notices.', '通告檔案必須是 {"notices": […], "withdrawn": […]} 或通告陣列。');
  }
  const extra = Object.keys(raw).filter((k) => k !== 'notices' && k !== 'withdrawn');
  if (extra.length > 0) {
    refuse(`The notices file has unknown entries: ${extra.join(', ')} (only "notices" and "withdrawn").`, `通告檔案含有未知項目：${extra.join('、')}（只可有 "notices" 及 "withdrawn"）。`);
  }
  const obj = raw as Record<string, unknown>;
  return { notices: obj.notices ?? [], withdrawn: obj.withdrawn ?? [] };
}

/** Publishes the notices in `text` as the next feed version at `ctx.now()`, valid for `validHours`. */
export function publishFeed(ctx: AuthorityContext, text: string, validHours = DEFAULT_FEED_HOURS): SignedFeed {
  if (!Number.isInteger(validHours) || validHours < 1 || validHours > 24 * 30) {
    fail('validation', '--valid-hours must be a whole number from 1 to 720.', '--valid-hours 必須是 1 至 720 之間的整數。');
  }
  const input = readNoticesFile(text);
  return changeState(ctx, (state) => {
    const now = ctx.now();
    const candidate = {
      type: 'venue-notices-feed',
      authority: state.name,
      feedVersion: state.feedVersion + 1,
      issuedAt: isoInstant(now),
      expires: isoInstant(now + validHours * 3_600_000),
      notices: input.notices,
      withdrawn: input.withdrawn,
    };
    const parsed = feedSchema.safeParse(candidate);
    if (!parsed.success) {
      const fields = pathIssues(parsed.error, '', candidate, MAX_ISSUES);
      const more = parsed.error.issues.length > MAX_ISSUES ? ` (the first ${MAX_ISSUES} of ${parsed.error.issues.length} are listed)` : '';
      refuse(`The notices file has ${parsed.error.issues.length} problem(s)${more}, listed below.`, `通告檔案有 ${parsed.error.issues.length} 個問題（列於下方）。`, fields);
    }
    const dropped: string[] = [];
    droppedKeys(candidate, parsed.data, '', dropped);
    if (dropped.length > 0) {
      const fields = dropped.slice(0, MAX_ISSUES).map((at) => ({ field: at, en: `${at}: is not a field of a notice or withdrawal`, zh: `${at}：不是通告或撤回的欄位` }));
      refuse(`The notices file has ${dropped.length} unknown field(s), listed below.`, `通告檔案有 ${dropped.length} 個未知欄位（列於下方）。`, fields);
    }
    const signer = unsealKey(currentKey(state, 'notices'), ctx.sealer(), ctx.dir);
    const feed: Feed = parsed.data;
    state.feedVersion = feed.feedVersion;
    return signDocument(feed, [signer]);
  });
}
