/** Types of find.mjs: finds the browser, poppler and CJK fonts the tests need; never installs. */

/** What the finders may look at; tests pass a fake one. */
export interface ToolContext {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  isRoot: boolean;
  /** True when `path` is an executable file. */
  exists(path: string): boolean;
  /** Where Playwright keeps (or would download) its Chromium; throws or returns undefined without Playwright. */
  playwrightChromium(): string | undefined;
  /** The `playwright` command-line script, or undefined. */
  playwrightCli(): string | undefined;
  /** The text of /etc/os-release, '' where there is none. */
  osRelease(): string;
  /** Runs a command with no stdin; `status` is null when it could not start or timed out. Never throws. */
  run(command: string, args: string[], options?: { timeoutMs?: number }): { status: number | null; stdout: string; stderr?: string };
  /** The Node binary for running the Playwright CLI (default `node`). */
  node?: string;
}

/** The browser, or why there is none. */
export type BrowserResult =
  | { found: true; path: string; source: 'env' | 'playwright' | 'system'; detail: string; version?: string; unusable?: string }
  | { found: false; error?: string; playwrightPath?: string; unusable?: undefined; source?: undefined };

export interface PopplerResult {
  found: boolean;
  paths: Record<string, string>;
  missing: string[];
}

export interface FontsResult {
  found: boolean;
  detail: string;
  /** Whether fc-list itself was found. */
  fcList: boolean;
}

export interface ToolState {
  browser: BrowserResult;
  poppler: PopplerResult;
  fonts: FontsResult;
}

export const BROWSER_ENV_VARS: string[];
export const SEARCH_PATHS_ENV: string;
export const POPPLER_TOOLS: string[];
export function realContext(): ToolContext;
export function findBrowser(ctx: ToolContext): BrowserResult;
export function systemBrowserCandidates(ctx: ToolContext): string[];
export function findPoppler(ctx: ToolContext): PopplerResult;
export function findCjkFonts(ctx: ToolContext): FontsResult;
export function detectTools(ctx: ToolContext): ToolState;
export function findOnPath(ctx: ToolContext, name: string, dirs?: string[]): string | undefined;
export function pathDirs(ctx: ToolContext): string[];
