import { test, expect } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConsoleServices } from '../../electron/main/services/console-services';
import { passphraseSealer } from '../../electron/main/services/keys/sealer';
import { createHandlers } from '../../electron/main/handlers';
test('probe', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vc-'));
  const sealer = passphraseSealer('x y z w');
  const services = new ConsoleServices({ dataDir, resourcesDir: join(process.cwd(), 'resources'), sealer: () => sealer });
  services.keys.ensure();
  expect(typeof createHandlers).toBe('function');
  expect(services.venues.search({ query: '', status: 'all', offset: 0, limit: 1 }).total).toBe(0);
  services.close();
});
