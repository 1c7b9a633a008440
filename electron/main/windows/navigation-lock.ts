/**
 * The one navigation lock: every webContents the app creates is locked on creation; a window's own page is the
 * only place it may navigate to (a hash route change is not a navigation). New windows, redirects, webviews
 * and sub-frame navigations are denied. Pages are registered by the window that loads them.
 */
import type { WebContents } from 'electron';
import { isSamePage } from '../ipc/dispatch';

const pages = new Map<number, string>();

/** Records the page a webContents may show (before it loads it). */
export function allowPage(contents: WebContents, pageUrl: string): void {
  pages.set(contents.id, pageUrl);
  contents.once('destroyed', () => pages.delete(contents.id));
}

/** Whether a webContents with page `pageUrl` (undefined: none registered) may navigate to `url`. */
export function navigationAllowed(url: string, pageUrl: string | undefined): boolean {
  return pageUrl !== undefined && isSamePage(url, pageUrl);
}

/** Locks one webContents: call from `app.on('web-contents-created')`. */
export function lockNavigation(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!navigationAllowed(url, pages.get(contents.id))) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame || !navigationAllowed(event.url, pages.get(contents.id))) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
