/**
 * What the venue-authority commands share: the passphrase (VENUE_AUTHORITY_PASSPHRASE or a hidden prompt),
 * the authority context over `--dir`, reading an input file, and checked outputs that can never land on the
 * authority's own state or lock file.
 */
import { serializeSignedDocument, type SignedDocument } from '../../shared/trust/signed-document';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fail } from '../../shared/errors';
import type { AuthorityContext } from '../../services/authority/authority-context';
import { requireAuthority, STATE_FILE, statePath } from '../../services/authority/authority-state';
import { LOCK_FILE } from '../../services/authority/state-lock';
import { writeFileAtomic } from '../../services/files/atomic-file';
import { checkOutputTarget, type OutputTarget } from '../../services/files/output-target';
import { passphraseSealer, type SecretSealer } from '../../services/keys/sealer';
import type { CliContext } from '../command';
import { UsageError } from '../command';
import { readPassphrase } from '../passphrase';

/** Environment variable that holds the authority's passphrase for scripted use. */
export const AUTHORITY_PASSPHRASE_ENV = 'VENUE_AUTHORITY_PASSPHRASE';

/**
 * Reads the passphrase (environment, else a hidden prompt on a terminal) and makes the sealer; refuses when
 * neither. `confirm` (init: new keys) asks twice; otherwise the folder must hold an authority before anyone is asked.
 */
export async function authoritySealer(ctx: CliContext, confirm = false): Promise<SecretSealer> {
  if (!confirm) requireAuthority(ctx.dataDir);
  let passphrase = ctx.io.env[AUTHORITY_PASSPHRASE_ENV];
  if (!passphrase) {
    if (!ctx.io.stdinIsTTY) {
      fail(
        'key-locked',
        `The authority's keys need a passphrase: set ${AUTHORITY_PASSPHRASE_ENV} or run venue-authority in a terminal. Nothing was changed.`,
        `發證機構的密鑰需要密碼短語：請設定 ${AUTHORITY_PASSPHRASE_ENV} 或在終端機執行 venue-authority。沒有作出任何更改。`,
      );
    }
    passphrase = await readPassphrase('Authority passphrase 發證機構密碼短語: ');
    if (confirm && (await readPassphrase('Repeat passphrase 再次輸入: ')) !== passphrase) {
      fail('validation', 'The passphrases do not match. Nothing was changed.', '兩次輸入的密碼短語不相符。沒有作出任何更改。');
    }
  }
  return passphraseSealer(passphrase);
}

/** The authority context over `--dir`, with the sealer given (or one that refuses when a command needs none). */
export function authorityContext(ctx: CliContext, sealer: SecretSealer | null): AuthorityContext {
  return {
    dir: ctx.dataDir,
    now: ctx.io.now,
    sealer: () => {
      if (!sealer) throw new Error('this command does not use the authority keys');
      return sealer;
    },
  };
}

/** The text of an input file a person named; a missing or unreadable one is refused in both languages. */
export function readInput(path: string | undefined, option: string): string {
  if (!path) throw new UsageError(`${option} FILE is required. 必須提供 ${option} 檔案。`);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'error';
    return fail('io', `${path} cannot be read (${code}).`, `無法讀取 ${path}（${code}）。`);
  }
}

function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/**
 * Checks `--out` before anything changes: never the authority's state or lock file (nor a link to one), then
 * the checks every output passes (checkOutputTarget with the AUTH folder as the data folder, inputs excluded).
 */
export function checkedOutput(ctx: CliContext, out: string | undefined, inputs: string[] = []): OutputTarget {
  if (!out) throw new UsageError('--out FILE is required. 必須提供 --out 輸出檔案。');
  for (const own of [statePath(ctx.dataDir), join(ctx.dataDir, LOCK_FILE)]) {
    if (sameFile(out, own)) {
      fail(
        'output-refused',
        `${out} is the authority's own ${own.endsWith(STATE_FILE) ? 'state' : 'lock'} file in ${ctx.dataDir}; writing it would destroy the authority. Nothing was written.`,
        `「${out}」是 ${ctx.dataDir} 內發證機構自己的檔案，寫入會將其毀掉。沒有寫入任何檔案。`,
      );
    }
  }
  return checkOutputTarget(out, { dataDir: ctx.dataDir, inputs: [statePath(ctx.dataDir), ...inputs] });
}

/** Writes a JSON document to a checked output (temp file, then rename). */
export function writeJson(target: OutputTarget, value: unknown): void {
  writeFileAtomic(target, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Writes signed documents (one, or a chain as an array) with each `signed` member in its RFC 8785 form, so a
 * verifier checks the bytes as written instead of re-canonicalising (a 5,000-certificate bundle loads ~3× faster).
 */
export function writeSigned(target: OutputTarget, docs: SignedDocument<unknown> | SignedDocument<unknown>[]): void {
  const text = Array.isArray(docs) ? `[\n${docs.map(serializeSignedDocument).join(',\n')}\n]` : serializeSignedDocument(docs);
  writeFileAtomic(target, `${text}\n`);
}
