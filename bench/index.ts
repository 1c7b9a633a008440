/** `npm run bench`: runs every benchmark and prints one JSON object (also saved to bench/results/latest.json). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { batchChild, benchBatch } from './batch';
import { benchDbChecks } from './db-checks';
import { benchMatching } from './matching';
import { benchRegistry } from './registry';

/** Runs the benchmarks; `root` is the repository folder. With `--batch-child FILE.csv [--template card]` it is one batch child process. */
export async function runBenchmarks(root: string): Promise<void> {
  const childAt = process.argv.indexOf('--batch-child');
  if (childAt > 0) {
    const templateAt = process.argv.indexOf('--template');
    await batchChild(process.argv[childAt + 1] ?? '', root, templateAt > 0 && process.argv[templateAt + 1] === 'card' ? 'card' : 'sheet');
    return;
  }
  const started = new Date().toISOString();
  const results: Record<string, unknown> = {
    machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryGiB: Math.round(totalmem() / 2 ** 30) },
    started,
  };
  results.matching = await benchMatching();
  results.batch = await benchBatch(join(root, 'scripts', 'bench.mjs'), root);
  results.registry = await benchRegistry(join(root, 'resources'));
  results.dbChecks = await benchDbChecks(join(root, 'resources'));
  const json = `${JSON.stringify(results, null, 2)}\n`;
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results', 'latest.json'), json);
  process.stdout.write(json);
}
