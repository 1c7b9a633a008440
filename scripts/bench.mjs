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
const { runBenchmarks } = await import(pathToFileURL(join(outDir, 'index.mjs')).href);
await runBenchmarks(root);
