/**
 * Opens a window from its spec: its own session (partition) with the app:// protocol serving only its page and
 * the built assets (with its CSP), its permission policy, its preload, its navigation lock, and its IPC —
 * accepted only from this window's webContents, top frame and page — removed when the window closes.
 */
import { BrowserWindow, dialog, session as electronSession, type Session } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { WindowContract } from '../../../shared/ipc/define-contract';
import { windowSenderPolicy, type ErrorLogger, type HandlersFor } from '../ipc/dispatch';
import type { Emitter } from '../ipc/emitter';
import { registerWindowIpc, webContentsEmitter } from '../ipc/register';
import { applyPermissions, secureWebPreferences } from '../security';
import { APP_SCHEME, appPageUrl, resolveAppRequest, type AppHost } from './app-url';
import { allowPage } from './navigation-lock';
import type { WindowSpec } from './window-spec';

/** Where the built app lives, and the dev server when running `npm run dev`. */
export interface AppLocations {
  rendererDir: string;
  preloadDir: string;
  /** The Vite dev server's URL (development only); pages then load from it instead of app://. */
  devUrl?: string;
}

/** An open window. */
export interface AppWindow<C extends WindowContract> {
  win: BrowserWindow;
  pageUrl: string;
  events: Emitter<C>;
}

const protocolSessions = new WeakSet<Session>();

/** Serves one host of app:// on a session: its page and assets, each response with the window's CSP. */
function serveAppHost(ses: Session, host: AppHost, rendererDir: string, csp: string): void {
  if (protocolSessions.has(ses)) return;
  protocolSessions.add(ses);
  ses.protocol.handle(APP_SCHEME, async (request) => {
    const resolved = resolveAppRequest(request.url, host, rendererDir);
    if (!resolved.ok) return new Response(null, { status: resolved.status });
    const body = await readFile(resolved.file);
    return new Response(body, {
      headers: {
        'Content-Type': resolved.mimeType,
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      },
    });
  });
}

/** Opens a window of kind `spec` with `handlers` for its channels. */
export function openAppWindow<C extends WindowContract>(
  spec: WindowSpec<C>,
  handlers: HandlersFor<C>,
  where: AppLocations,
  logError?: ErrorLogger,
  options: { kiosk?: boolean } = {},
): AppWindow<C> {
  const ses = electronSession.fromPartition(spec.partition);
  if (!where.devUrl) serveAppHost(ses, spec.host, where.rendererDir, spec.csp);
  const pageUrl = where.devUrl ? new URL(spec.host.page, where.devUrl.endsWith('/') ? where.devUrl : `${where.devUrl}/`).href : appPageUrl(spec.host.host);
  const win = new BrowserWindow({
    ...spec.size,
    title: spec.title,
    show: false,
    // A kiosk scanner fills the screen and cannot be left without its PIN (handlers/scanner.ts).
    ...(options.kiosk ? { kiosk: true, fullscreen: true, autoHideMenuBar: true } : {}),
    webPreferences: secureWebPreferences(join(where.preloadDir, spec.preload), ses),
  });
  const contents = win.webContents;
  const contentsId = contents.id;
  applyPermissions(ses, spec.permissions, () => (win.isDestroyed() ? null : contents));
  allowPage(contents, pageUrl);
  const unregister = registerWindowIpc(spec.contract, handlers, windowSenderPolicy(pageUrl, () => (win.isDestroyed() ? null : contentsId)), logError);
  win.once('closed', unregister);
  // A page with unsaved input refuses to unload (beforeunload): ask, in both languages, before closing anyway.
  contents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      buttons: ['Leave without saving 不儲存並離開', 'Stay on this page 留在此頁'],
      defaultId: 1,
      cancelId: 1,
      message: 'Leave without saving? 不儲存就離開？',
      detail: 'What you typed has not been saved and will be lost.\n你輸入的內容尚未儲存，離開後會遺失。',
    });
    if (choice === 0) event.preventDefault(); // preventDefault here lets the page unload
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(pageUrl);
  return { win, pageUrl, events: webContentsEmitter(spec.contract, contents) };
}
