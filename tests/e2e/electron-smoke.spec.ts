/**
 * Smoke test of the real Electron app: launches it from the repo root on a temp data folder, checks the
 * window and the isolation of the renderer, and registers a venue through the UI. Skipped where no Electron
 * binary has been downloaded (the binary is located without `require('electron')`, which would try to download it).
 */
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The Electron executable, or null when it is not installed (never triggers a download). */
function electronBinary(): string | null {
  try {
    const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const relative = readFileSync(pathFile, 'utf8').trim();
    const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    const binary = override ? join(override, relative || 'electron') : join(dir, 'dist', relative);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const hasElectron = binary !== null && existsSync(join(REPO_ROOT, 'out', 'main', 'index.js'));

test('the Electron app opens, isolates the renderer and registers a venue', async () => {
  test.skip(!hasElectron, 'Electron binary not available on this machine');
  const configHome = mkdtempSync(join(tmpdir(), 'vc-e2e-'));
  const app = await electron.launch({
    executablePath: binary as string,
    args: ['.'],
    cwd: REPO_ROOT,
    env: { ...process.env, XDG_CONFIG_HOME: configHome, ELECTRON_DISABLE_SECURITY_WARNINGS: 'true' } as Record<string, string>,
  });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle('Venue Console');
    expect(page.url()).toMatch(/^app:\/\/console\/index\.html/);
    const globals = await page.evaluate(() => ({
      bridge: typeof (window as unknown as { venueConsole?: unknown }).venueConsole,
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (globalThis as unknown as { process?: unknown }).process,
    }));
    expect(globals).toEqual({ bridge: 'object', require: 'undefined', process: 'undefined' });

    await page.evaluate(() => {
      window.location.hash = '#/venues/new';
    });
    await page.getByLabel(/English name/).fill('Smoke Test Noodles');
    await page.getByLabel(/Chinese name/).fill('煙測麵家');
    await page.getByLabel(/English address/).fill('1 Smoke Street, Mong Kok');
    await page.getByLabel(/Chinese address/).fill('旺角煙街1號');
    await page.getByLabel(/District/).selectOption('Yau Tsim Mong');
    await page.getByLabel(/Venue type/).selectOption('restaurant');
    await page.getByRole('button', { name: /Register venue/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Smoke Test Noodles');
    await expect(page.getByTestId('venue-id')).toHaveText(/^[2-9A-Z]{9}$/);
  } finally {
    await app.close();
    rmSync(configHome, { recursive: true, force: true });
  }
});
