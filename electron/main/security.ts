/**
 * Window hardening shared by every BrowserWindow: the web preferences, each window's Content Security Policy,
 * and the session's permission policy. Navigation is locked in one place: navigation-lock.ts.
 */
import type { Session, WebContents, WebPreferences } from 'electron';

const BASE_POLICY: Record<string, string> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'media-src': "'self'",
  'worker-src': "'self'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
  'object-src': "'none'",
};

const policy = (overrides: Record<string, string>): string =>
  Object.entries({ ...BASE_POLICY, ...overrides })
    .map(([directive, value]) => `${directive} ${value}`)
    .join('; ');

/** The console page's CSP: no WebAssembly, no camera streams. */
export const CONSOLE_CSP = policy({});

/** The scanner page's CSP: WebAssembly for the QR decoder (in a worker) and the camera's media stream. */
export const SCANNER_CSP = policy({
  'script-src': "'self' 'wasm-unsafe-eval'",
  'media-src': "'self' blob: mediastream:",
  'worker-src': "'self' blob:",
});

/** The CSP of each page, by window name. */
export const PAGE_CSP = { console: CONSOLE_CSP, scanner: SCANNER_CSP } as const;

/** Web preferences for every window: isolated, sandboxed, no Node, in its own session. */
export function secureWebPreferences(preload: string, session?: Session): WebPreferences {
  return {
    preload,
    ...(session ? { session } : {}),
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

/** Permissions a window may be granted. Everything else is denied. */
export type AllowedPermission = 'media';

/**
 * Applies a window's permission policy to its own session: a permission is granted only if the window allows
 * it and the request comes from that window's webContents (`owner()`), never from another page.
 */
export function applyPermissions(session: Session, allowed: ReadonlySet<AllowedPermission>, owner: () => WebContents | null): void {
  const grant = (contents: WebContents | null, permission: string) => contents !== null && contents === owner() && allowed.has(permission as AllowedPermission);
  session.setPermissionRequestHandler((contents, permission, callback) => callback(grant(contents, permission)));
  session.setPermissionCheckHandler((contents, permission) => grant(contents, permission));
}
