// Decides what `npm test` installs where a tool is missing, runs it, and says what to do where it cannot.
// Order for the browser: Playwright's own download (the ecosystem's way), then the distribution's package through
// apt-get where this process may use it (root, or passwordless sudo). poppler-utils and CJK fonts come from apt-get.
// Nothing ever prompts: commands run with no stdin, apt-get non-interactively, each under a timeout.
import { detectTools, findOnPath, pathDirs, SEARCH_PATHS_ENV } from './find.mjs';

/** Set to 1 to only check: nothing is installed, missing tools are reported with their fix. */
export const NO_INSTALL_ENV = 'VENUE_TEST_TOOLS_NO_INSTALL';
/** Time limits for each command, in milliseconds. */
export const TIMEOUTS = { playwrightDownload: 10 * 60_000, playwrightDeps: 20 * 60_000, aptUpdate: 5 * 60_000, aptInstall: 20 * 60_000, probe: 30_000 };

const APT_OPTIONS = ['-o', 'DPkg::Lock::Timeout=120', '-o', 'Dpkg::Options::=--force-confdef', '-o', 'Dpkg::Options::=--force-confold'];

/** Whether this process may install system packages (apt-get as root or through `sudo -n`), and why not. */
export function packageManager(ctx) {
  if (truthy(ctx.env[NO_INSTALL_ENV])) return { usable: false, reason: `${NO_INSTALL_ENV} is set` };
  if (ctx.platform !== 'linux') return { usable: false, reason: `no automatic system installs on ${ctx.platform}` };
  const dirs = pathDirs(ctx);
  if (!findOnPath(ctx, 'apt-get', dirs)) return { usable: false, reason: 'apt-get not found (not Debian or Ubuntu)' };
  if (ctx.isRoot) return { usable: true, prefix: [], how: 'as root' };
  const sudo = findOnPath(ctx, 'sudo', dirs);
  if (sudo && ctx.run(sudo, ['-n', 'true'], { timeoutMs: 10_000 }).status === 0) return { usable: true, prefix: ['sudo', '-n'], how: 'through passwordless sudo' };
  return { usable: false, reason: 'not root and no passwordless sudo' };
}

/** The distribution's Chromium package: `chromium` on Debian, `chromium-browser` on Ubuntu. */
export function distroChromiumPackage(ctx) {
  const release = ctx.osRelease();
  const field = (name) => (release.match(new RegExp(`^${name}="?([^"\\n]*)"?$`, 'm'))?.[1] ?? '').toLowerCase();
  return [field('ID'), ...field('ID_LIKE').split(' ')].includes('ubuntu') ? 'chromium-browser' : 'chromium';
}

/** Detects the tools and checks that the browser runs (`--version`; not on Windows, where that opens a window). */
export function inspectTools(ctx) {
  const state = detectTools(ctx);
  const browser = state.browser;
  if (browser.found && ctx.platform !== 'win32') {
    const result = ctx.run(browser.path, ['--version'], { timeoutMs: TIMEOUTS.probe });
    if (result.status === 0) browser.version = result.stdout.trim().split('\n')[0];
    else browser.unusable = `\`${browser.path} --version\` failed: ${firstLine(result.stderr) || `exit ${result.status ?? 'timeout'}`}`;
  }
  return state;
}

/** The next install step for what is missing, or null: Playwright first, then apt-get. Pure; `tried` holds step ids. */
export function nextInstallStep(state, ctx, pm, tried) {
  if (truthy(ctx.env[NO_INSTALL_ENV])) return null;
  const { browser, poppler, fonts } = state;
  const needBrowser = !browser.found && !browser.error;
  const node = ctx.node ?? 'node';
  const cli = needBrowser || browser.unusable ? safely(() => ctx.playwrightCli()) : undefined;
  if (needBrowser && cli && !tried.has('playwright')) {
    const commands = [{ argv: [node, cli, 'install', 'chromium'], timeoutMs: TIMEOUTS.playwrightDownload }];
    // `--with-deps` in two commands: the system libraries only once the download has worked.
    if (pm.usable) commands.push({ argv: [...pm.prefix, node, cli, 'install-deps', 'chromium'], timeoutMs: TIMEOUTS.playwrightDeps });
    return { id: 'playwright', title: `Installing Playwright's Chromium (npx playwright install${pm.usable ? ' --with-deps' : ''} chromium)`, commands };
  }
  if (browser.found && browser.unusable && browser.source === 'playwright' && cli && pm.usable && !tried.has('playwright-deps')) {
    const argv = [...pm.prefix, node, cli, 'install-deps', 'chromium'];
    return { id: 'playwright-deps', title: "Installing the system libraries Playwright's Chromium needs", commands: [{ argv, timeoutMs: TIMEOUTS.playwrightDeps }] };
  }
  const packages = [
    ...(needBrowser ? [distroChromiumPackage(ctx)] : []),
    ...(poppler.found ? [] : ['poppler-utils']),
    ...(fonts.found ? [] : ['fonts-noto-cjk', ...(fonts.fcList ? [] : ['fontconfig'])]),
  ];
  if (packages.length === 0 || !pm.usable || tried.has('apt')) return null;
  const apt = [...pm.prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get'];
  return {
    id: 'apt',
    title: `Installing ${packages.join(', ')} with apt-get ${pm.how}`,
    commands: [
      { argv: [...apt, '-q', ...APT_OPTIONS.slice(0, 2), 'update'], timeoutMs: TIMEOUTS.aptUpdate, mayFail: true },
      // --no-upgrade: a package that is already there is left as it is.
      { argv: [...apt, 'install', '-y', '-q', '--no-install-recommends', '--no-upgrade', ...APT_OPTIONS, ...packages], timeoutMs: TIMEOUTS.aptInstall },
    ],
  };
}

/**
 * Finds the tools, installs what is missing where it may, and reports. Returns the exit code: 0 when a working
 * browser and poppler are there (missing CJK fonts only warn). `exec` runs a command with no stdin.
 */
export function runToolCheck({ ctx, exec, log, dryRun = false }) {
  let pm;
  const manager = () => (pm ??= packageManager(ctx));
  let current = ctx;
  let state = inspectTools(current);
  const tried = new Set();
  const failures = [];
  while (!(ready(state) && state.fonts.found)) {
    const step = nextInstallStep(state, current, manager(), tried);
    if (!step) break;
    tried.add(step.id);
    log.info(`${step.title}${dryRun ? ' — dry run, would run:' : ' …'}`);
    let ok = true;
    for (const command of step.commands) {
      log.info(`  $ ${command.argv.join(' ')}`);
      if (dryRun) continue;
      const result = exec(command.argv, { timeoutMs: command.timeoutMs });
      if (result.status === 0) continue;
      const why = result.timedOut ? `timed out after ${Math.round(command.timeoutMs / 1000)} s` : (result.error ?? `exit ${result.status}`);
      if (command.mayFail) {
        log.warn(`  (${why}; going on)`);
        continue;
      }
      failures.push(`${step.title}: failed (${why})`);
      log.warn(`  failed (${why})`);
      ok = false;
      break;
    }
    if (dryRun) continue;
    // What was installed is looked for where installers put it, even when the search was narrowed for a test.
    if (ok) current = { ...ctx, env: { ...ctx.env, [SEARCH_PATHS_ENV]: undefined } };
    state = inspectTools(current);
  }
  return report(state, ctx, manager(), failures, log, dryRun);
}

/** Whether the tests can run: a working browser and poppler. */
export function ready(state) {
  return state.browser.found && !state.browser.unusable && state.poppler.found;
}

/** The message naming the fix for a browser that is missing, wrong or broken. */
export function browserFix(state, ctx, pm) {
  const { browser } = state;
  if (browser.error) return browser.error;
  if (browser.unusable) {
    const deps = browser.source === 'playwright' ? 'Install its system libraries with `sudo npx playwright install-deps chromium`, or point' : 'Point';
    return `The browser at ${browser.path} does not run: ${browser.unusable}. ${deps} VENUE_TEST_CHROMIUM at a Chromium or Chrome that runs.`;
  }
  const system = {
    linux: 'install your distribution\'s Chromium (Debian: `sudo apt-get install chromium`; Ubuntu: `sudo apt-get install chromium-browser`; Fedora: `sudo dnf install chromium`)',
    darwin: 'install Google Chrome, or `brew install --cask chromium`',
    win32: 'install Google Chrome',
  }[ctx.platform] ?? 'install Chromium or Google Chrome';
  return [
    'No Chromium or Chrome for the browser tests. Fix it one of these ways:',
    '  - set VENUE_TEST_CHROMIUM=/path/to/chromium (any Chromium or Chrome binary);',
    '  - npx playwright install --with-deps chromium   (downloads from cdn.playwright.dev);',
    `  - ${system}.`,
    ...(pm.usable ? [] : [`  Automatic install with the system package manager was not possible: ${pm.reason}.`]),
  ].join('\n');
}

/** The message naming the fix for missing poppler commands. */
export function popplerFix(state, ctx) {
  const how = {
    linux: 'Debian/Ubuntu: `sudo apt-get install poppler-utils`; Fedora: `sudo dnf install poppler-utils`',
    darwin: '`brew install poppler`',
    win32: '`choco install poppler` (or `conda install -c conda-forge poppler`), then put its bin folder on PATH',
  }[ctx.platform] ?? 'install poppler-utils';
  return `${state.poppler.missing.join(', ')} not found on PATH: the PDF tests need poppler-utils. Install it — ${how}.`;
}

function report(state, ctx, pm, failures, log, dryRun) {
  const { browser, poppler, fonts } = state;
  if (browser.found && !browser.unusable) log.info(`Chromium: ${browser.path} (${browser.detail}${browser.version ? `; ${browser.version}` : ''})`);
  if (poppler.found) log.info(`poppler: ${Object.values(poppler.paths).join(', ')}`);
  if (fonts.found) log.info(`CJK fonts: ${fonts.detail}`);
  else log.warn(`No font covers Chinese (zh-HK), so screenshots in test-results/ show boxes for Chinese text; the tests still pass. Fix: \`sudo apt-get install fonts-noto-cjk\`.`);
  if (ready(state)) return 0;
  for (const failure of failures) log.error(`Tried: ${failure}`);
  if (!browser.found || browser.unusable) log.error(browserFix(state, ctx, pm));
  if (!poppler.found) log.error(popplerFix(state, ctx));
  if (dryRun) log.error('Nothing was installed (dry run).');
  return 1;
}

function truthy(value) {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

function firstLine(text) {
  return (text ?? '').trim().split('\n')[0] ?? '';
}

function safely(fn) {
  try {
    return fn();
  } catch {
    return undefined;
  }
}
