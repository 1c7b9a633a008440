/** A tiny static file server for the built renderer, sending each page's own CSP as a response header (as app:// does). */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { PAGE_CSP } from '../../electron/main/security';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
};

/** A running server and the URL of the app page. */
export interface StaticServer {
  appUrl: string;
  close: () => Promise<void>;
}

/** Serves `root` on 127.0.0.1 at a random port. */
export async function serveRenderer(root: string): Promise<StaticServer> {
  if (!existsSync(join(root, 'console', 'index.html'))) {
    throw new Error(`${root}/console/index.html is missing: build the renderer first (npx electron-vite build).`);
  }
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root.endsWith(sep) ? root : root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    // As app:// does, each page's host sends its own CSP with what it loads: a worker script the scanner page
    // starts (its referrer is that page) runs under the scanner's policy, which allows its WebAssembly.
    const referrer = req.headers.referer ? new URL(req.headers.referer).pathname : '';
    const scanner = path.startsWith('/scanner/') || referrer.startsWith('/scanner/');
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': scanner ? PAGE_CSP.scanner : PAGE_CSP.console,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    appUrl: `http://127.0.0.1:${port}/console/index.html`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
