/** The lint rule that keeps every file a person names on the checked path (issue 8 §1) catches a file that breaks it. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../../..', import.meta.url).pathname });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('lint: writes outside services/files', () => {
  const bypass = "import { writeFileSync } from 'node:fs';\nexport const save = (p: string) => writeFileSync(p, 'x');\n";
  const promises = "import { rename } from 'fs/promises';\nexport const move = (a: string, b: string) => rename(a, b);\n";
  const reading = "import { readFileSync } from 'node:fs';\nexport const load = (p: string) => readFileSync(p, 'utf8');\n";

  it('refuses a CLI command or an IPC handler that writes a file itself', async () => {
    expect(await ruleIds(bypass, 'cli/commands/bypass.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(promises, 'electron/main/handlers/bypass.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { app } from 'electron';\nexport const a = app;\n", 'cli/commands/bypass.ts')).toContain('no-restricted-imports');
  });

  it('lets them read files', async () => {
    expect(await ruleIds(reading, 'cli/commands/bypass.ts')).toEqual([]);
  });
});
