/**
 * Reading an authority root file: one signed root, or an array of them (a chain, any order). Every entry must
 * parse; two different roots with the same version (equivocation) are refused. Nothing here is trusted yet:
 * the chain is checked by advanceRoot (shared/trust/root.ts).
 */
import { fail } from '../../shared/errors';
import { canonicalBytes } from '../../shared/trust/canonical-json';
import { parseRoot, type SignedRoot } from '../../shared/trust/root';

/** Largest root file read, in bytes (a chain of a few dozen versions is well under it). */
export const ROOT_FILE_MAX_BYTES = 2_000_000;

/** Whether two roots have the same signed content (their signature lists may differ). */
export function sameRoot(a: SignedRoot, b: SignedRoot): boolean {
  const x = canonicalBytes(a.signed);
  const y = canonicalBytes(b.signed);
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** Parses root file text into its roots, sorted by version; throws a bilingual `validation` failure. */
export function readRootFile(text: string): SignedRoot[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    fail('validation', 'The root file is not valid JSON.', '根憑證檔案不是有效的 JSON。');
  }
  const entries = Array.isArray(raw) ? raw : [raw];
  if (entries.length === 0) fail('validation', 'The root file holds no root.', '根憑證檔案內沒有根憑證。');
  const roots = entries.map((entry, i) => {
    const parsed = parseRoot(entry);
    if (!parsed.ok) {
      const where = Array.isArray(raw) ? ` (entry ${i + 1})` : '';
      const whereZh = Array.isArray(raw) ? `（第 ${i + 1} 項）` : '';
      fail('validation', `This is not an authority root${where}: ${parsed.detail}.`, `這不是有效的機構根憑證${whereZh}：${parsed.detail}。`);
    }
    return parsed.root;
  });
  roots.sort((a, b) => a.signed.version - b.signed.version);
  for (let i = 1; i < roots.length; i++) {
    const prev = roots[i - 1] as SignedRoot;
    const cur = roots[i] as SignedRoot;
    if (prev.signed.version === cur.signed.version && !sameRoot(prev, cur)) {
      fail(
        'validation',
        `The file holds two different roots numbered version ${cur.signed.version}: refused.`,
        `檔案內有兩個不同的第 ${cur.signed.version} 版根憑證：已拒絕。`,
      );
    }
  }
  return roots.filter((r, i) => i === 0 || (roots[i - 1] as SignedRoot).signed.version !== r.signed.version);
}
