import { describe, expect, it } from 'vitest';
import { inspectTools, nextInstallStep, packageManager, runToolCheck, type ExecResult } from '../../../scripts/test-tools/install.mjs';
import { fakeContext, PLAYWRIGHT_CHROME, POPPLER, type FakeMachine } from './test-tools-fixtures';

const APT_MACHINE = ['/usr/bin/apt-get', '/usr/bin/fc-list'];

/** The install steps planned in order, as if each one failed. */
function plan(machine: FakeMachine): string[][][] {
  const { ctx } = fakeContext(machine);
  const state = inspectTools(ctx);
  const pm = packageManager(ctx);
  const tried = new Set<string>();
  const steps: string[][][] = [];
  for (let step = nextInstallStep(state, ctx, pm, tried); step; step = nextInstallStep(state, ctx, pm, tried)) {
    tried.add(step.id);
    steps.push(step.commands.map((c) => c.argv));
  }
  return steps;
}

/** Runs the whole check on a fake machine; `installs` says what a command puts on the machine (or that it fails). */
function check(machine: FakeMachine, installs: (argv: string[]) => { files?: string[]; status?: number; timedOut?: boolean } = () => ({ status: 1 }), dryRun = false) {
  const { ctx, present } = fakeContext(machine);
  const ran: string[] = [];
  const lines: string[] = [];
  const exec = (argv: string[]): ExecResult => {
    ran.push(argv.join(' '));
    const result = installs(argv);
    for (const file of result.files ?? []) present.add(file);
    return { status: result.status ?? 0, timedOut: result.timedOut };
  };
  const log = { info: (l: string) => lines.push(`info ${l}`), warn: (l: string) => lines.push(`warn ${l}`), error: (l: string) => lines.push(`error ${l}`) };
  const code = runToolCheck({ ctx: { ...ctx, node: 'node' }, exec, log, dryRun });
  return { code, ran, output: lines.join('\n') };
}

const isAptInstall = (argv: string[]) => argv.includes('apt-get') && argv.includes('install');

describe('the install plan', () => {
  it("downloads Playwright's Chromium first, then installs the distribution's packages with apt-get as root", () => {
    const steps = plan({ files: APT_MACHINE, isRoot: true });
    expect(steps).toHaveLength(2);
    expect(steps[0]).toEqual([
      ['node', '/repo/node_modules/@playwright/test/cli.js', 'install', 'chromium'],
      ['node', '/repo/node_modules/@playwright/test/cli.js', 'install-deps', 'chromium'],
    ]);
    const [update, install] = steps[1] ?? [];
    expect(update).toEqual(['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', '-q', '-o', 'DPkg::Lock::Timeout=120', 'update']);
    expect(install?.slice(0, 8)).toEqual(['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-q', '--no-install-recommends', '--no-upgrade']);
    expect(install?.slice(-3)).toEqual(['chromium', 'poppler-utils', 'fonts-noto-cjk']);
  });

  it('uses sudo -n where passwordless sudo works, and no package manager where it does not', () => {
    const sudo = plan({ files: [...APT_MACHINE, '/usr/bin/sudo'], sudo: true });
    expect(sudo[0]?.[1]?.slice(0, 3)).toEqual(['sudo', '-n', 'node']);
    expect(sudo[1]?.[1]?.slice(0, 5)).toEqual(['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get']);
    const noSudo = plan({ files: [...APT_MACHINE, '/usr/bin/sudo'], sudo: false });
    expect(noSudo).toEqual([[['node', '/repo/node_modules/@playwright/test/cli.js', 'install', 'chromium']]]);
  });

  it('only downloads with Playwright on macOS and where apt-get is missing', () => {
    expect(plan({ platform: 'darwin', isRoot: true, files: POPPLER })).toHaveLength(1);
    expect(plan({ files: ['/usr/bin/fc-list'], isRoot: true })).toHaveLength(1);
  });

  it("installs Ubuntu's chromium-browser, fontconfig where fc-list is missing, and only what is missing", () => {
    const ubuntu = plan({ files: ['/usr/bin/apt-get'], isRoot: true, osRelease: 'ID=ubuntu\nID_LIKE=debian\n' });
    expect(ubuntu[1]?.[1]?.slice(-4)).toEqual(['chromium-browser', 'poppler-utils', 'fonts-noto-cjk', 'fontconfig']);
    const popplerOnly = plan({ files: [...APT_MACHINE, '/usr/bin/chromium'], isRoot: true, fonts: true });
    expect(popplerOnly).toHaveLength(1);
    expect(popplerOnly[0]?.[1]?.at(-1)).toBe('poppler-utils');
  });

  it('plans nothing with VENUE_TEST_TOOLS_NO_INSTALL, or for a browser variable that names no file', () => {
    expect(plan({ files: APT_MACHINE, isRoot: true, env: { VENUE_TEST_TOOLS_NO_INSTALL: '1' } })).toEqual([]);
    const wrongVariable = plan({ files: [...APT_MACHINE, ...POPPLER], isRoot: true, fonts: true, env: { VENUE_TEST_CHROMIUM: '/nope' } });
    expect(wrongVariable).toEqual([]);
  });
});

describe('runToolCheck', () => {
  it('says what it found and installs nothing when everything is there', () => {
    const { code, ran, output } = check({ files: [...APT_MACHINE, '/usr/bin/chromium', ...POPPLER], isRoot: true, fonts: true });
    expect(code).toBe(0);
    expect(ran).toEqual([]);
    expect(output).toContain('Chromium: /usr/bin/chromium (system browser; Chromium 156.0)');
  });

  it("falls back to apt-get when Playwright's download fails, then finds what apt installed", () => {
    const { code, ran, output } = check({ files: APT_MACHINE, isRoot: true }, (argv) =>
      isAptInstall(argv) ? { files: ['/usr/bin/chromium', ...POPPLER] } : { status: argv.includes('update') ? 0 : 1 },
    );
    expect(code).toBe(0);
    expect(ran).toHaveLength(3);
    expect(ran[0]).toBe('node /repo/node_modules/@playwright/test/cli.js install chromium');
    expect(ran[1]).toContain('apt-get -q -o DPkg::Lock::Timeout=120 update');
    expect(ran[2]).toContain('apt-get install -y');
    expect(output).toContain('warn   failed (exit 1)');
    expect(output).toContain('Chromium: /usr/bin/chromium');
    expect(output).not.toContain('Tried:');
    expect(output).toMatch(/warn No font covers Chinese/);
  });

  it("uses Playwright's download where it works and asks apt-get only for the rest", () => {
    const { code, ran } = check({ files: [...APT_MACHINE, '/usr/bin/pdftoppm', '/usr/bin/pdfinfo'], isRoot: true, fonts: true }, (argv) =>
      argv.includes('install') && argv.includes('chromium') && !argv.includes('apt-get') ? { files: [PLAYWRIGHT_CHROME] } : isAptInstall(argv) ? { files: POPPLER } : {},
    );
    expect(code).toBe(0);
    expect(ran.filter((c) => c.includes('apt-get install'))).toEqual([expect.stringMatching(/--no-upgrade .* poppler-utils$/)]);
  });

  it('finds what apt-get installed even where VENUE_TEST_TOOLS_SEARCH_PATHS hid it before', () => {
    const machine = { files: [...APT_MACHINE, '/usr/bin/chromium', ...POPPLER], isRoot: true, fonts: true, env: { VENUE_TEST_TOOLS_SEARCH_PATHS: '/nowhere' } };
    const { code, ran, output } = check(machine, (argv) => ({ status: argv.some((a) => a.endsWith('cli.js')) ? 1 : 0 }));
    expect(code).toBe(0);
    expect(ran.at(-1)).toMatch(/apt-get install .* chromium poppler-utils fonts-noto-cjk fontconfig$/);
    expect(output).toContain('Chromium: /usr/bin/chromium');
  });

  it('exits 1 naming the fix where nothing can be installed', () => {
    const { code, ran, output } = check({ files: ['/usr/bin/apt-get', '/usr/bin/sudo'], sudo: false });
    expect(code).toBe(1);
    expect(ran).toEqual(['node /repo/node_modules/@playwright/test/cli.js install chromium']);
    expect(output).toContain('error No Chromium or Chrome for the browser tests');
    expect(output).toContain('VENUE_TEST_CHROMIUM=/path/to/chromium');
    expect(output).toContain('npx playwright install --with-deps chromium');
    expect(output).toContain('`sudo apt-get install chromium`');
    expect(output).toContain('not root and no passwordless sudo');
    expect(output).toContain("Tried: Installing Playwright's Chromium (npx playwright install chromium): failed (exit 1)");
    expect(output).toContain('pdftoppm, pdftotext, pdfinfo not found on PATH');
    expect(output).toContain('`sudo apt-get install poppler-utils`');
  });

  it('reports a command that timed out, and a browser that does not start', () => {
    const timedOut = check({ files: POPPLER, fonts: true }, () => ({ status: 1, timedOut: true }));
    expect(timedOut.code).toBe(1);
    expect(timedOut.output).toMatch(/failed \(timed out after 600 s\)/);
    const broken = check({ files: ['/usr/bin/chromium', ...POPPLER], fonts: true, broken: ['/usr/bin/chromium'] });
    expect(broken.code).toBe(1);
    expect(broken.output).toContain('The browser at /usr/bin/chromium does not run');
  });

  it("installs the system libraries for a Playwright Chromium that does not start, when it may", () => {
    const { code, ran } = check({ files: [...APT_MACHINE, PLAYWRIGHT_CHROME, ...POPPLER], isRoot: true, fonts: true, broken: [PLAYWRIGHT_CHROME] });
    expect(code).toBe(1);
    expect(ran).toEqual(['node /repo/node_modules/@playwright/test/cli.js install-deps chromium']);
  });

  it('only prints the plan on a dry run', () => {
    const { code, ran, output } = check({ files: APT_MACHINE, isRoot: true }, () => ({}), true);
    expect(code).toBe(1);
    expect(ran).toEqual([]);
    expect(output).toContain('$ node /repo/node_modules/@playwright/test/cli.js install chromium');
    expect(output).toMatch(/\$ env DEBIAN_FRONTEND=noninteractive apt-get install .* chromium poppler-utils fonts-noto-cjk$/m);
    expect(output).toContain('Nothing was installed (dry run).');
  });
});
