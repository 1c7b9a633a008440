import { describe, expect, it } from 'vitest';
import { findBrowser, findCjkFonts, findPoppler, systemBrowserCandidates } from '../../../scripts/test-tools/find.mjs';
import { fakeContext, PLAYWRIGHT_CHROME } from './test-tools-fixtures';

const ALL_BROWSERS = ['/opt/my/chrome', PLAYWRIGHT_CHROME, '/usr/bin/chromium', '/usr/bin/google-chrome'];

describe('findBrowser', () => {
  it('takes VENUE_TEST_CHROMIUM first, even where Playwright and a system browser exist', () => {
    const { ctx } = fakeContext({ files: ALL_BROWSERS, env: { VENUE_TEST_CHROMIUM: '/opt/my/chrome', PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: '/usr/bin/google-chrome' } });
    expect(findBrowser(ctx)).toMatchObject({ found: true, path: '/opt/my/chrome', source: 'env', detail: 'VENUE_TEST_CHROMIUM' });
  });

  it('takes PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH when VENUE_TEST_CHROMIUM is unset', () => {
    const { ctx } = fakeContext({ files: ALL_BROWSERS, env: { PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: '/usr/bin/google-chrome' } });
    expect(findBrowser(ctx)).toMatchObject({ found: true, path: '/usr/bin/google-chrome', source: 'env' });
  });

  it('looks a command name in the variable up on PATH', () => {
    const { ctx } = fakeContext({ files: ['/usr/bin/google-chrome', '/usr/bin/chromium'], env: { VENUE_TEST_CHROMIUM: 'google-chrome' } });
    expect(findBrowser(ctx)).toMatchObject({ found: true, path: '/usr/bin/google-chrome', source: 'env' });
  });

  it('reports a variable that names no file instead of falling back to another browser', () => {
    const { ctx } = fakeContext({ files: ALL_BROWSERS.slice(1), env: { VENUE_TEST_CHROMIUM: '/opt/my/chrome' } });
    const result = findBrowser(ctx);
    expect(result.found).toBe(false);
    expect(result.found ? '' : result.error).toContain('VENUE_TEST_CHROMIUM=/opt/my/chrome is not an executable file');
  });

  it("takes Playwright's own Chromium next, before any system browser", () => {
    const { ctx } = fakeContext({ files: ALL_BROWSERS });
    expect(findBrowser(ctx)).toMatchObject({ found: true, path: PLAYWRIGHT_CHROME, source: 'playwright' });
  });

  it("goes on to system browsers when Playwright's Chromium is not downloaded or Playwright cannot load", () => {
    const notDownloaded = fakeContext({ files: ['/usr/bin/chromium'] });
    expect(findBrowser(notDownloaded.ctx)).toMatchObject({ found: true, path: '/usr/bin/chromium', source: 'system' });
    const broken = fakeContext({ files: ['/usr/bin/chromium'], playwright: () => { throw new Error('Cannot find module'); } });
    expect(findBrowser(broken.ctx)).toMatchObject({ found: true, path: '/usr/bin/chromium', source: 'system' });
  });

  it('prefers Chromium to Chrome and follows PATH order on Linux', () => {
    const both = fakeContext({ files: ['/usr/bin/google-chrome', '/usr/bin/chromium'] });
    expect(findBrowser(both.ctx)).toMatchObject({ path: '/usr/bin/chromium' });
    const onPath = fakeContext({ files: ['/usr/bin/chromium', '/home/u/bin/chromium'], env: { PATH: '/home/u/bin:/usr/bin' } });
    expect(findBrowser(onPath.ctx)).toMatchObject({ path: '/home/u/bin/chromium' });
    const ubuntu = fakeContext({ files: ['/usr/bin/chromium-browser'], env: { PATH: '/bin' } });
    expect(findBrowser(ubuntu.ctx)).toMatchObject({ path: '/usr/bin/chromium-browser' });
    const chrome = fakeContext({ files: ['/opt/google/chrome/chrome'] });
    expect(findBrowser(chrome.ctx)).toMatchObject({ path: '/opt/google/chrome/chrome' });
  });

  it('knows where macOS and Windows install Chrome', () => {
    const mac = fakeContext({ platform: 'darwin', files: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'] });
    expect(findBrowser(mac.ctx)).toMatchObject({ found: true, path: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome' });
    const chrome = 'C:\\Users\\u\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    const win = fakeContext({ platform: 'win32', files: [chrome], env: { PATH: undefined, Path: 'C:\\Windows', LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' } });
    expect(findBrowser(win.ctx)).toMatchObject({ found: true, path: chrome });
    const programFiles = fakeContext({ platform: 'win32', files: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'], env: { PATH: undefined } });
    expect(findBrowser(programFiles.ctx)).toMatchObject({ found: true, path: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe' });
  });

  it('searches only the test-only folders when VENUE_TEST_TOOLS_SEARCH_PATHS is set', () => {
    const hidden = fakeContext({ files: ['/usr/bin/chromium', '/opt/google/chrome/chrome'], env: { VENUE_TEST_TOOLS_SEARCH_PATHS: '/nowhere' } });
    expect(findBrowser(hidden.ctx)).toMatchObject({ found: false });
    expect(systemBrowserCandidates(hidden.ctx).every((path) => path.startsWith('/nowhere/'))).toBe(true);
    const shown = fakeContext({ files: ['/usr/bin/chromium', '/srv/b/chromium'], env: { VENUE_TEST_TOOLS_SEARCH_PATHS: '/srv/b' } });
    expect(findBrowser(shown.ctx)).toMatchObject({ found: true, path: '/srv/b/chromium' });
  });

  it('finds nothing where there is nothing', () => {
    expect(findBrowser(fakeContext({}).ctx)).toMatchObject({ found: false, playwrightPath: PLAYWRIGHT_CHROME });
  });
});

describe('findPoppler and findCjkFonts', () => {
  it('finds the poppler commands on PATH and names the missing ones', () => {
    expect(findPoppler(fakeContext({ files: ['/usr/bin/pdftoppm', '/usr/bin/pdftotext', '/usr/bin/pdfinfo'] }).ctx)).toMatchObject({ found: true, missing: [] });
    expect(findPoppler(fakeContext({ files: ['/usr/bin/pdftotext'] }).ctx)).toEqual({ found: false, paths: { pdftotext: '/usr/bin/pdftotext' }, missing: ['pdftoppm', 'pdfinfo'] });
    const win = fakeContext({ platform: 'win32', files: ['C:\\poppler\\bin\\pdftoppm.exe'], env: { PATH: 'C:\\poppler\\bin' } });
    expect(findPoppler(win.ctx).paths).toEqual({ pdftoppm: 'C:\\poppler\\bin\\pdftoppm.exe' });
  });

  it('asks fc-list for a font covering zh-HK on Linux and assumes one elsewhere', () => {
    const present = fakeContext({ files: ['/usr/bin/fc-list'], fonts: true });
    expect(findCjkFonts(present.ctx)).toMatchObject({ found: true, fcList: true });
    expect(present.calls).toContainEqual(['/usr/bin/fc-list', ':lang=zh-hk', 'family']);
    expect(findCjkFonts(fakeContext({ files: ['/usr/bin/fc-list'], fonts: false }).ctx)).toMatchObject({ found: false, fcList: true });
    expect(findCjkFonts(fakeContext({}).ctx)).toMatchObject({ found: false, fcList: false });
    expect(findCjkFonts(fakeContext({ platform: 'darwin' }).ctx)).toMatchObject({ found: true });
  });
});
