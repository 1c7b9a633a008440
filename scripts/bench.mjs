#!/usr/bin/env node
// `npm run bench`: bundles bench/index.ts (TypeScript) with Vite into .tmp/bench and runs it on Node.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, '.tmp', 'bench');
mkdirSync(outDir, { recursive: true });
// A batch child process (spawned by the batch benchmark) reuses the bundle its parent just built, and does not
// load Vite at all: the child's peak memory is the batch's own.
if (!process.argv.includes('--batch-child')) await (await import('vite')).build({
  root,
  logLevel: 'warn',
  configFile: false,
  build: {
    ssr: join(root, 'bench', 'index.ts'),
    outDir,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'index.mjs', format: 'es' } },
  },
  ssr: { noExternal: [] },
});
// `--only trust-bundle` runs the trust-bundle benchmark alone (bench/trust-bundle.ts); the full run ends with it.
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
if (only === null || process.argv.includes('--batch-child')) {
  const { runBenchmarks } = await import(pathToFileURL(join(outDir, 'index.mjs')).href);
  await runBenchmarks(root);
}
// Benchmarks with their own bundle and a block of their own in bench/results/latest.json; `--only NAME` runs one.
const EXTRA = [
  { name: 'trust-bundle', file: 'trust-bundle.ts', run: 'benchTrustBundle', key: 'trustBundle' },
  { name: 'notices', file: 'notices.ts', run: 'benchNotices', key: 'notices' },
  { name: 'desk-log', file: 'desk-log.ts', run: 'benchDeskLog', key: 'deskLog' },
];
if (!process.argv.includes('--batch-child')) {
  for (const extra of EXTRA) if (only === null || only === extra.name) await runExtra(extra);
  // The front desk in Chromium (camera decode, first verdict, wedge → verdict): a Playwright run that measures only.
  if (only === null || only === 'scanner') await runScannerInChromium();
}

/** Merges `block` into bench/results/latest.json under `key` and prints it. */
async function record(key, block) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const latest = join(root, 'bench', 'results', 'latest.json');
  let results = {};
  try {
    results = JSON.parse(readFileSync(latest, 'utf8'));
  } catch {
    // no earlier results: this benchmark's alone
  }
  mkdirSync(dirname(latest), { recursive: true });
  writeFileSync(latest, `${JSON.stringify({ ...results, [key]: block }, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify({ [key]: block }, null, 2)}\n`);
}

/** Builds and runs bench/<file> and records what its `run` export returns. */
async function runExtra({ file, run, key }) {
  await (await import('vite')).build({
    root,
    logLevel: 'warn',
    configFile: false,
    build: {
      ssr: join(root, 'bench', file),
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { entryFileNames: file.replace(/\.ts$/, '.mjs'), format: 'es' } },
    },
    ssr: { noExternal: [] },
  });
  const module = await import(pathToFileURL(join(outDir, file.replace(/\.ts$/, '.mjs'))).href);
  await record(key, await module[run](join(root, 'resources')));
}

/** Runs tests/bench/scanner-speed.bench.ts in Chromium (playwright.bench.config.ts); it writes its own block. */
async function runScannerInChromium() {
  const { spawnSync } = await import('node:child_process');
  const r = spawnSync('npx', ['playwright', 'test', '--config', 'playwright.bench.config.ts'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the Chromium scanner benchmark failed');
}
