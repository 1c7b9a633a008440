/**
 * The `app://` scheme's file resolution, in plain Node so it is tested without Electron: each window is a host
 * (`app://console/`, `app://scanner/`) that serves its own page and the shared built assets, and nothing else.
 * Traversal, encoded separators, other hosts and other schemes are refused.
 */
import { realpathSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

/** The privileged scheme the app's pages load from. */
export const APP_SCHEME = 'app';

/** What one host of the scheme serves: its page (relative to the renderer folder) and shared asset folders. */
export interface AppHost {
  /** Host name, e.g. `console`. */
  host: string;
  /** The page file for `/` and `/index.html`, relative to the renderer folder, e.g. `console/index.html`. */
  page: string;
  /** Folders (relative to the renderer folder) whose files the page may load, e.g. `assets`. */
  assetDirs: readonly string[];
}

/** The URL of a host's page. */
export const appPageUrl = (host: string): string => `${APP_SCHEME}://${host}/index.html`;

/** A resolved request: a file to send, or an HTTP status to refuse with. */
export type AppResolution = { ok: true; file: string; mimeType: string } | { ok: false; status: 400 | 403 | 404 };

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
};

/**
 * Resolves a request URL for one host against the built renderer folder. Only `app:` URLs for `host.host`
 * are served; the path must name the page or a file under one of its asset folders, after decoding, with no
 * `..`, backslash, NUL or encoded slash, and must stay inside the renderer folder once symlinks are resolved.
 */
export function resolveAppRequest(rawUrl: string, host: AppHost, rendererDir: string): AppResolution {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== host.host || url.port !== '' || url.username !== '' || url.password !== '') {
    return { ok: false, status: 403 };
  }
  const rawPath = url.pathname;
  if (/%2f|%5c|%00/i.test(rawPath)) return { ok: false, status: 400 };
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 400 };
  }
  if (path.includes('\\') || path.includes('\0') || path.split('/').some((s) => s === '..' || s === '.')) return { ok: false, status: 400 };
  let relative: string;
  if (path === '/' || path === '/index.html') relative = host.page;
  else {
    const inAssets = host.assetDirs.some((dir) => path.startsWith(`/${dir}/`) && path.length > dir.length + 2);
    if (!inAssets) return { ok: false, status: 404 };
    relative = path.slice(1);
  }
  const root = resolve(rendererDir);
  const file = resolve(join(root, relative));
  if (!file.startsWith(root + sep)) return { ok: false, status: 403 };
  let real: string;
  let realRoot: string;
  try {
    real = realpathSync(file);
    realRoot = realpathSync(root);
    if (!statSync(real).isFile()) return { ok: false, status: 404 };
  } catch {
    return { ok: false, status: 404 };
  }
  if (!real.startsWith(realRoot + sep)) return { ok: false, status: 403 };
  return { ok: true, file: real, mimeType: MIME[extname(real).toLowerCase()] ?? 'application/octet-stream' };
}
