/**
 * The cycle check of `npm run lint` (madge, as the package.json script runs it) finds cycles made only of
 * type imports — `import type`, `import { type X }` and `import('x').T` — and passes a folder without one.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const repo = new URL('../../..', import.meta.url).pathname;
const run = promisify(execFile);

/** The madge options of the lint script, without its folder list. */
function madgeOptions(): string[] {
  const lint: string = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).scripts.lint;
  const words = /madge (.*)$/.exec(lint)?.[1]?.split(/\s+/) ?? [];
  expect(words).toContain('--circular');
  const options: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? '';
    if (!word.startsWith('--')) break; // the folders
    options.push(word);
    if (['--extensions', '--ts-config'].includes(word)) options.push(words[(i += 1)] ?? '');
  }
  return options.map((o) => (o.endsWith('.json') ? join(repo, o) : o));
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Runs the lint script's madge on a folder of files; returns its exit code and output. */
async function madge(files: Record<string, string>): Promise<{ code: number; out: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'cycles-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  try {
    const { stdout, stderr } = await run(process.execPath, [join(repo, 'node_modules/madge/bin/cli.js'), ...madgeOptions(), dir], { cwd: repo });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

describe('lint: import cycles (madge)', () => {
  it('finds cycles of type-only imports in every spelling', async () => {
    const { code, out } = await madge({
      'a.ts': "import type { B } from './b';\nexport interface A { b?: B }\n",
      'b.ts': "import type { A } from './a';\nexport interface B { a?: A }\n",
      'c.ts': "import { type D } from './d';\nexport interface C { d?: D }\n",
      'd.ts': "import { type C } from './c';\nexport interface D { c?: C }\n",
      'e.ts': "export type E = import('./f').F;\n",
      'f.ts': "export type F = import('./e').E | string;\n",
      'g.tsx': "import type { H } from './h';\nexport const G = (p: { h?: H }) => <div>{String(p.h)}</div>;\n",
      'h.tsx': "import { G } from './g';\nexport type H = typeof G;\n",
    });
    expect(code).not.toBe(0);
    expect(out).toMatch(/Found 4 circular dependencies/);
    for (const pair of ['a.ts > b.ts', 'c.ts > d.ts', 'e.ts > f.ts', 'g.tsx > h.tsx']) expect(out).toContain(pair);
  });

  it('passes a folder without a cycle', async () => {
    const { code, out } = await madge({
      'a.ts': "import type { B } from './b';\nexport interface A { b?: B }\n",
      'b.ts': 'export interface B { n: number }\n',
    });
    expect(out).toMatch(/No circular dependency found/);
    expect(code).toBe(0);
  });
});
