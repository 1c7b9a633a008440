/**
 * Window hardening shared by every BrowserWindow: the web preferences, the Content Security Policy,
 * and the handlers that deny navigation, new windows and permission requests.
 */
import type { BrowserWindow, Session, WebPreferences } from 'electron';

/** The Content Security Policy of every app page. `wasm-unsafe-eval` lets the scanner's QR decoder (WebAssembly) run. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' blob: mediastream:",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Web preferences for every window: isolated, sandboxed, no Node. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
  };
}

/** Permissions a window may be granted. Everything else is denied; the scanner will add 'media' later. */
export type AllowedPermission = 'media';

/**
 * Applies the permission policy and, for served pages, the CSP header to a session (built pages also carry
 * the CSP in a meta tag, which is what applies to file: URLs). The Vite dev server is left without the
 * header because its hot-reload preamble is an inline script.
 */
export function hardenSession(session: Session, allowed: ReadonlySet<AllowedPermission> = new Set(), cspHeader = true): void {
  if (cspHeader) {
    session.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    });
  }
  session.setPermissionRequestHandler((_wc, permission, callback) => callback(allowed.has(permission as AllowedPermission)));
  session.setPermissionCheckHandler((_wc, permission) => allowed.has(permission as AllowedPermission));
}

/** Denies every navigation away from the app page and every new window. */
export function lockNavigation(win: BrowserWindow, appUrl: string): void {
  const wc = win.webContents;
  wc.setWindowOpenHandler(() => ({ action: 'deny' }));
  wc.on('will-navigate', (event, url) => {
    if (url.split('#')[0] !== appUrl.split('#')[0]) event.preventDefault();
  });
  wc.on('will-redirect', (event) => event.preventDefault());
  wc.on('will-attach-webview', (event) => event.preventDefault());
}
