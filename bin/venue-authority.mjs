#!/usr/bin/env node
// The venue-authority command. It is built by `npm install` (the prepare script) into out/main/authority.js.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'out', 'main', 'authority.js');
if (!existsSync(entry)) {
  process.stderr.write('venue-authority is not built yet: run `npm install` (or `npm run build`) in the project folder.\n');
  process.exit(1);
}
const { main } = await import(pathToFileURL(entry).href);
await main();
