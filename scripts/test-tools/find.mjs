// Finds what the tests call outside Node: a Chromium or Chrome for Playwright, poppler-utils (pdftoppm,
// pdftotext, pdfinfo) on PATH, and a font that covers Chinese for screenshots. Never installs anything:
// scripts/test-tools.mjs does that; playwright.config.ts calls findBrowser() here to get the same answer.
// Every function takes a context (env, platform, file checks, command runner) so tests can inject one.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { posix, win32 } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Environment variables naming the browser to use, first wins. */
export const BROWSER_ENV_VARS = ['VENUE_TEST_CHROMIUM', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'];
/** Test-only: a PATH-style list of folders that replaces PATH and the usual install folders when looking for a
 * browser, poppler or fc-list (so a check can hide a tool that is installed). Empty hides everything. */
export const SEARCH_PATHS_ENV = 'VENUE_TEST_TOOLS_SEARCH_PATHS';
/** The poppler-utils commands tests/helpers/pdf-tools.ts runs by name. */
export const POPPLER_TOOLS = ['pdftoppm', 'pdftotext', 'pdfinfo'];

const PACKAGE_JSON = fileURLToPath(new URL('../../package.json', import.meta.url));

/** The context of this process: the real environment, file system, Playwright install and commands. */
export function realContext() {
  return {
    env: process.env,
    platform: process.platform,
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    exists: isExecutableFile,
    playwrightChromium,
    playwrightCli,
    osRelease: () => readText('/etc/os-release'),
    run: (command, args, options = {}) => {
      const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: options.timeoutMs ?? 30_000 });
      return { status: result.error ? null : result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
    },
  };
}

/** The browser for the tests: an environment variable, else Playwright's own Chromium, else a system one. */
export function findBrowser(ctx) {
  for (const name of BROWSER_ENV_VARS) {
    const value = ctx.env[name];
    if (!value) continue;
    const path = isAbsolute(ctx, value) ? value : findOnPath(ctx, value);
    if (path && ctx.exists(path)) return { found: true, path, source: 'env', detail: name };
    // An explicit choice that is wrong is reported, never silently replaced by another browser.
    return { found: false, error: `${name}=${value} is not an executable file. Point it at a Chromium or Chrome binary, or unset it.` };
  }
  const playwright = safely(() => ctx.playwrightChromium());
  if (playwright && ctx.exists(playwright)) return { found: true, path: playwright, source: 'playwright', detail: "Playwright's Chromium" };
  for (const path of systemBrowserCandidates(ctx)) {
    if (ctx.exists(path)) return { found: true, path, source: 'system', detail: 'system browser' };
  }
  return { found: false, playwrightPath: playwright };
}

/** Where a Chromium or Chrome is usually installed on this platform, in order of preference. */
export function systemBrowserCandidates(ctx) {
  const dirs = searchDirs(ctx);
  const overridden = ctx.env[SEARCH_PATHS_ENV] !== undefined;
  const onPath = (names) => names.flatMap((name) => dirs.map((dir) => pathFor(ctx).join(dir, exe(ctx, name))));
  if (ctx.platform === 'win32') {
    const bases = [ctx.env.LOCALAPPDATA, ctx.env.PROGRAMFILES ?? 'C:\\Program Files', ctx.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'];
    const installed = bases
      .filter(Boolean)
      .flatMap((base) => [win32.join(base, 'Google', 'Chrome', 'Application', 'chrome.exe'), win32.join(base, 'Chromium', 'Application', 'chrome.exe')]);
    return unique([...(overridden ? [] : installed), ...onPath(['chrome', 'chromium'])]);
  }
  if (ctx.platform === 'darwin') {
    const apps = [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      ...(ctx.env.HOME ? [`${ctx.env.HOME}/Applications/Google Chrome.app/Contents/MacOS/Google Chrome`, `${ctx.env.HOME}/Applications/Chromium.app/Contents/MacOS/Chromium`] : []),
    ];
    return unique([...(overridden ? [] : apps), ...onPath(['chromium', 'google-chrome', 'google-chrome-stable'])]);
  }
  const usual = overridden ? [] : ['/usr/bin', '/usr/local/bin'];
  const linuxDirs = unique([...dirs, ...usual]);
  const names = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];
  const paths = names.flatMap((name) => linuxDirs.map((dir) => posix.join(dir, name)));
  return unique([...paths, ...(overridden ? [] : ['/opt/google/chrome/chrome'])]);
}

/** The poppler commands on PATH, and which are missing. */
export function findPoppler(ctx) {
  const paths = {};
  const missing = [];
  for (const tool of POPPLER_TOOLS) {
    const path = findOnPath(ctx, tool);
    if (path) paths[tool] = path;
    else missing.push(tool);
  }
  return { found: missing.length === 0, paths, missing };
}

/** Whether a font covers Traditional Chinese (Hong Kong). macOS and Windows ship one; Linux is asked through fc-list. */
export function findCjkFonts(ctx) {
  if (ctx.platform !== 'linux') return { found: true, detail: 'assumed (the operating system ships CJK fonts)', fcList: true };
  const fcList = findOnPath(ctx, 'fc-list');
  if (!fcList) return { found: false, detail: 'fc-list not found', fcList: false };
  const result = ctx.run(fcList, [':lang=zh-hk', 'family'], { timeoutMs: 30_000 });
  const families = [...new Set((result.stdout ?? '').split('\n').map((line) => line.split(',')[0].trim()).filter(Boolean))].sort();
  if (result.status !== 0 || families.length === 0) return { found: false, detail: 'no font covers zh-HK', fcList: true };
  return { found: true, detail: `${families.length} font famil${families.length === 1 ? 'y covers' : 'ies cover'} zh-HK (${families.slice(0, 3).join(', ')}${families.length > 3 ? ', …' : ''})`, fcList: true };
}

/** Everything at once: browser, poppler and fonts. */
export function detectTools(ctx) {
  return { browser: findBrowser(ctx), poppler: findPoppler(ctx), fonts: findCjkFonts(ctx) };
}

/** The first executable called `name` in the search folders (PATH, or the test-only override), or undefined. */
export function findOnPath(ctx, name, dirs = searchDirs(ctx)) {
  for (const dir of dirs) {
    const path = pathFor(ctx).join(dir, exe(ctx, name));
    if (ctx.exists(path)) return path;
  }
  return undefined;
}

/** The folders of PATH, ignoring the test-only override (for package managers and sudo). */
export function pathDirs(ctx) {
  return splitPath(ctx, ctx.env.PATH ?? ctx.env.Path ?? '');
}

function searchDirs(ctx) {
  const override = ctx.env[SEARCH_PATHS_ENV];
  return override !== undefined ? splitPath(ctx, override) : pathDirs(ctx);
}

function splitPath(ctx, value) {
  return value.split(ctx.platform === 'win32' ? ';' : ':').filter((dir) => dir !== '');
}

function pathFor(ctx) {
  return ctx.platform === 'win32' ? win32 : posix;
}

function isAbsolute(ctx, path) {
  return pathFor(ctx).isAbsolute(path);
}

function exe(ctx, name) {
  return ctx.platform === 'win32' && !name.toLowerCase().endsWith('.exe') ? `${name}.exe` : name;
}

function unique(list) {
  return [...new Set(list)];
}

function safely(fn) {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

function isExecutableFile(path) {
  try {
    if (!statSync(path).isFile()) return false;
    if (process.platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function readText(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Where Playwright keeps (or would download) its Chromium; undefined where Playwright is not installed. */
function playwrightChromium() {
  const fromRoot = createRequire(PACKAGE_JSON);
  const fromTest = createRequire(fromRoot.resolve('@playwright/test/package.json'));
  const fromPlaywright = createRequire(fromTest.resolve('playwright/package.json'));
  return fromPlaywright('playwright-core').chromium.executablePath();
}

/** The `playwright` command-line script (what `npx playwright` runs), or undefined. */
function playwrightCli() {
  return safely(() => createRequire(PACKAGE_JSON).resolve('@playwright/test/cli'));
}
