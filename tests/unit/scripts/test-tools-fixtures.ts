/** A fake machine for the test-tools finder: which files exist, the environment, and what commands answer. */
import type { ToolContext } from '../../../scripts/test-tools/find.mjs';

/** Where Playwright would keep its Chromium on the fake machine. */
export const PLAYWRIGHT_CHROME = '/home/u/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';
/** The poppler commands on the fake machine's PATH. */
export const POPPLER = ['/usr/bin/pdftoppm', '/usr/bin/pdftotext', '/usr/bin/pdfinfo'];

export interface FakeMachine {
  files?: string[];
  env?: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  isRoot?: boolean;
  /** Passwordless sudo works. */
  sudo?: boolean;
  /** fc-list reports a font covering zh-HK. */
  fonts?: boolean;
  /** Browsers whose `--version` fails. */
  broken?: string[];
  playwright?: () => string | undefined;
  osRelease?: string;
}

/** A context over a fake machine; `present` can be changed by a fake installer, `calls` records `run`. */
export function fakeContext(machine: FakeMachine) {
  const present = new Set(machine.files ?? []);
  const calls: string[][] = [];
  const ctx: ToolContext = {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...machine.env },
    platform: machine.platform ?? 'linux',
    isRoot: machine.isRoot ?? false,
    exists: (path) => present.has(path),
    playwrightChromium: machine.playwright ?? (() => PLAYWRIGHT_CHROME),
    playwrightCli: () => '/repo/node_modules/@playwright/test/cli.js',
    osRelease: () => machine.osRelease ?? 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n',
    run: (command, args) => {
      calls.push([command, ...args]);
      if (args[0] === '--version') return (machine.broken ?? []).includes(command) ? { status: 1, stdout: '', stderr: 'error while loading shared libraries: libnss3.so' } : { status: 0, stdout: 'Chromium 156.0\n' };
      if (command.endsWith('fc-list')) return { status: 0, stdout: machine.fonts ? 'Noto Sans CJK HK,Noto Sans CJK HK Regular\nNoto Serif CJK HK\n' : '' };
      // Without -n, sudo would ask for a password: a fake that only answers `sudo -n` catches a prompt.
      if (command.endsWith('sudo')) return { status: machine.sudo && args[0] === '-n' ? 0 : 1, stdout: '' };
      return { status: 127, stdout: '' };
    },
  };
  return { ctx, present, calls };
}
