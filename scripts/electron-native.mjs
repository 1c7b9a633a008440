#!/usr/bin/env node
// Before `npm start`: make sure better-sqlite3 has a build for Electron's ABI in .electron-native/,
// leaving node_modules' Node build alone (the CLI and the tests run on Node).
//
// better-sqlite3 is fetched as a prebuilt binary for the installed Electron version (prebuild-install,
// from the project's GitHub releases), falling back to compiling against Electron's headers. Either way
// needs the network; on a machine without it, this says so plainly instead of pretending.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const outDir = join(root, '.electron-native');
const target = join(outDir, 'better_sqlite3.node');
const stamp = join(outDir, 'version.txt');

let electronBinary;
try {
  electronBinary = require('electron');
} catch (error) {
  console.error(`The Electron binary is not installed (${error.message.split('\n')[0]}).`);
  console.error('Run `node node_modules/electron/install.js` with network access to GitHub, then `npm start` again.');
  process.exit(1);
}
if (!existsSync(electronBinary)) {
  console.error(`The Electron binary is missing at ${electronBinary}. Run \`node node_modules/electron/install.js\`.`);
  process.exit(1);
}

const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = JSON.parse(readFileSync(join(sqliteDir, 'package.json'), 'utf8')).version;
const want = `electron ${electronVersion} better-sqlite3 ${sqliteVersion} ${process.platform}-${process.arch}`;
if (existsSync(target) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === want) process.exit(0);

console.log(`Getting better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} …`);
const work = mkdtempSync(join(tmpdir(), 'vc-electron-native-'));
try {
  cpSync(sqliteDir, work, { recursive: true, filter: (p) => !p.includes(`${join('build', 'Release')}`) });
  const env = { ...process.env, npm_config_nodedir: '' };
  try {
    execFileSync(process.execPath, [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', electronVersion, '--arch', process.arch], {
      cwd: work,
      stdio: 'inherit',
      env,
    });
  } catch {
    console.log('No prebuilt binary; compiling against Electron headers …');
    execFileSync('npx', ['--yes', 'node-gyp', 'rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'], {
      cwd: work,
      stdio: 'inherit',
      env,
    });
  }
  mkdirSync(outDir, { recursive: true });
  copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  writeFileSync(stamp, `${want}\n`);
  console.log(`Saved ${target}`);
} catch (error) {
  console.error(`Could not get better-sqlite3 for Electron ${electronVersion}: ${error.message}`);
  console.error('This needs network access to GitHub (prebuilt binaries or Electron headers).');
  process.exit(1);
} finally {
  rmSync(work, { recursive: true, force: true });
}
