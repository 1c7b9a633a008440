import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveAppRequest, type AppHost } from '../../../electron/main/windows/app-url';

const root = mkdtempSync(join(tmpdir(), 'vc-app-url-'));
const renderer = join(root, 'renderer');
mkdirSync(join(renderer, 'console'), { recursive: true });
mkdirSync(join(renderer, 'scanner'), { recursive: true });
mkdirSync(join(renderer, 'assets'), { recursive: true });
writeFileSync(join(renderer, 'console', 'index.html'), '<!doctype html>console');
writeFileSync(join(renderer, 'scanner', 'index.html'), '<!doctype html>scanner');
writeFileSync(join(renderer, 'assets', 'app-1.js'), 'x');
writeFileSync(join(renderer, 'assets', 'zxing.wasm'), 'x');
writeFileSync(join(root, 'secret.txt'), 'the database');
symlinkSync(join(root, 'secret.txt'), join(renderer, 'assets', 'link.js'));

const consoleHost: AppHost = { host: 'console', page: 'console/index.html', assetDirs: ['assets'] };
const resolveUrl = (url: string) => resolveAppRequest(url, consoleHost, renderer);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('app:// resolution', () => {
  it('serves the host page and its assets with their types', () => {
    expect(resolveUrl('app://console/')).toMatchObject({ ok: true, file: join(renderer, 'console', 'index.html'), mimeType: 'text/html; charset=utf-8' });
    expect(resolveUrl('app://console/index.html#/venues')).toMatchObject({ ok: true, file: join(renderer, 'console', 'index.html') });
    expect(resolveUrl('app://console/assets/app-1.js')).toMatchObject({ ok: true, mimeType: 'text/javascript; charset=utf-8' });
    expect(resolveUrl('app://console/assets/zxing.wasm')).toMatchObject({ ok: true, mimeType: 'application/wasm' });
  });

  it('refuses traversal, encoded separators and symlinks out of the renderer folder', () => {
    for (const url of [
      'app://console/assets/../../secret.txt',
      'app://console/assets/%2e%2e/%2e%2e/secret.txt',
      'app://console/assets/..%2f..%2fsecret.txt',
      'app://console/assets/..%5c..%5csecret.txt',
      'app://console/assets/%00.js',
      'app://console/assets/%E0%A4%A.js',
    ]) {
      const r = resolveUrl(url);
      expect(r.ok, url).toBe(false);
    }
    expect(resolveUrl('app://console/assets/link.js')).toEqual({ ok: false, status: 403 });
  });

  it("refuses other hosts, other schemes, another window's page and files outside the asset folders", () => {
    expect(resolveUrl('app://scanner/index.html')).toEqual({ ok: false, status: 403 });
    expect(resolveUrl('app://evil.example/index.html')).toEqual({ ok: false, status: 403 });
    expect(resolveUrl('app://console:8080/index.html')).toEqual({ ok: false, status: 403 });
    expect(resolveUrl('file:///etc/passwd')).toEqual({ ok: false, status: 403 });
    expect(resolveUrl('https://console/index.html')).toEqual({ ok: false, status: 403 });
    expect(resolveUrl('app://console/scanner/index.html')).toEqual({ ok: false, status: 404 });
    expect(resolveUrl('app://console/console/index.html')).toEqual({ ok: false, status: 404 });
    expect(resolveUrl('app://console/assets/')).toEqual({ ok: false, status: 404 });
    expect(resolveUrl('app://console/assets/missing.js')).toEqual({ ok: false, status: 404 });
    expect(resolveUrl('not a url')).toEqual({ ok: false, status: 400 });
  });
});
