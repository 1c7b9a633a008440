/** Types of install.mjs: what `npm test` installs where a tool is missing, and the messages naming the fix. */
import type { ToolContext, ToolState } from './find.mjs';

export type PackageManager = { usable: true; prefix: string[]; how: string } | { usable: false; reason: string };

export interface InstallCommand {
  argv: string[];
  timeoutMs: number;
  /** A failure is reported and the step goes on (apt-get update). */
  mayFail?: boolean;
}

export interface InstallStep {
  id: 'playwright' | 'playwright-deps' | 'apt';
  title: string;
  commands: InstallCommand[];
}

export interface ExecResult {
  status: number | null;
  timedOut?: boolean;
  error?: string;
}

export interface Log {
  info(line: string): void;
  warn(line: string): void;
  error(line: string): void;
}

export const NO_INSTALL_ENV: string;
export const TIMEOUTS: { playwrightDownload: number; playwrightDeps: number; aptUpdate: number; aptInstall: number; probe: number };
export function packageManager(ctx: ToolContext): PackageManager;
export function distroChromiumPackage(ctx: ToolContext): string;
export function inspectTools(ctx: ToolContext): ToolState;
export function nextInstallStep(state: ToolState, ctx: ToolContext, pm: PackageManager, tried: Set<string>): InstallStep | null;
export function runToolCheck(options: {
  ctx: ToolContext;
  exec: (argv: string[], options: { timeoutMs: number }) => ExecResult;
  log: Log;
  dryRun?: boolean;
}): number;
export function ready(state: ToolState): boolean;
export function browserFix(state: ToolState, ctx: ToolContext, pm: PackageManager): string;
export function popplerFix(state: ToolState, ctx: ToolContext): string;
