#!/usr/bin/env node
// First step of `npm test`: make sure the tools the tests call outside Node are there — a Chromium or Chrome for
// Playwright, poppler-utils, CJK fonts for screenshots — installing what is missing where it may (see
// scripts/test-tools/install.mjs), else exiting non-zero with the fix. Never prompts.
//
//   node scripts/test-tools.mjs [--dry-run] [--no-install]
//
// VENUE_TEST_CHROMIUM=/path/to/chrome picks the browser; VENUE_TEST_TOOLS_NO_INSTALL=1 equals --no-install.
// playwright.config.ts finds the browser again with the same finder (npm runs each script in its own process).
import { spawnSync } from 'node:child_process';
import { realContext } from './test-tools/find.mjs';
import { NO_INSTALL_ENV, runToolCheck } from './test-tools/install.mjs';

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((arg) => !['--dry-run', '--no-install'].includes(arg));
if (unknown.length > 0) {
  console.error(`test-tools: unknown option ${unknown.join(' ')} (use --dry-run or --no-install)`);
  process.exit(2);
}

const base = realContext();
const ctx = { ...base, node: process.execPath, env: args.has('--no-install') ? { ...base.env, [NO_INSTALL_ENV]: '1' } : base.env };

/** Runs a command with no stdin (nothing can prompt), its output shown, under a time limit. */
function exec(argv, { timeoutMs }) {
  const result = spawnSync(argv[0], argv.slice(1), {
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: timeoutMs,
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const timedOut = result.error?.code === 'ETIMEDOUT' || result.signal === 'SIGTERM';
  return { status: result.status, timedOut, error: result.error && !timedOut ? result.error.message : undefined };
}

const log = {
  info: (line) => console.log(`test-tools: ${line}`),
  warn: (line) => console.error(`test-tools: warning: ${line}`),
  error: (line) => console.error(`test-tools: ${line}`),
};

process.exitCode = runToolCheck({ ctx, exec, log, dryRun: args.has('--dry-run') });
