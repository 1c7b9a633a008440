/** Test helpers: a fresh data folder with real services (real SQLite, real keys sealed by a passphrase). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDataFolder, type DataFolder } from '../../services/open-data-folder';
import { passphraseSealer } from '../../services/keys/sealer';
import { threadPath } from '../../services/threads/thread-entries';
import type { Clock } from '../../shared/time/hk';

/** The repository's resources folder (fonts). */
export const RESOURCES_DIR = fileURLToPath(new URL('../../resources', import.meta.url));

/** The folder of the built worker threads (`npm run build` makes them). */
export const THREADS_DIR = fileURLToPath(new URL('../../out/main', import.meta.url));

/** The built batch encoder thread: when it exists, the batch threads are built. */
export const BATCH_WORKER = threadPath(THREADS_DIR, 'batch-worker');

/** A passphrase used by every test key. */
export const TEST_PASSPHRASE = 'correct horse battery staple';

/** Makes an empty temp folder; returns it and a cleanup function. */
export function tempDir(prefix = 'vc-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The operator and scheme names {@link openTestServices} saves (no real scheme's brand). */
export const TEST_SETTINGS = { operatorName: 'Harbour Dining Group', schemeName: 'Safe Visit 安心到訪' } as const;

/** Opens a data folder's services (openDataFolder, as the app does) on a fresh folder with a signing key. */
export function openTestServices(options: { dataDir?: string; clock?: Clock; withKey?: boolean; withSettings?: boolean; resourcesDir?: string } = {}): {
  services: DataFolder;
  dataDir: string;
  cleanup: () => void;
} {
  const temp = options.dataDir ? null : tempDir();
  const dataDir = options.dataDir ?? (temp as { dir: string }).dir;
  const sealer = passphraseSealer(TEST_PASSPHRASE);
  const services = openDataFolder({
    dataDir,
    resourcesDir: options.resourcesDir ?? RESOURCES_DIR,
    threadsDir: THREADS_DIR,
    sealer: () => sealer,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  if (options.withKey !== false) services.keys.ensure();
  // A fresh install has no names (the setup page asks for them); tests get test names unless they want setup.
  if (options.withSettings !== false && !services.settings.configured()) services.settings.update(TEST_SETTINGS);
  return {
    services,
    dataDir,
    cleanup: () => {
      services.close();
      temp?.cleanup();
    },
  };
}

/** A valid venue input; override any field. */
export function venueInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    nameEn: 'Tai Wai Tea Restaurant',
    nameZh: '大圍茶餐廳',
    addressEn: 'G/F, 12 Tai Wai Road, Sha Tin',
    addressZh: '沙田大圍道12號地下',
    district: 'Sha Tin',
    type: 'restaurant',
    contactPhone: '2345 6789',
    contactEmail: null,
    ...overrides,
  };
}
