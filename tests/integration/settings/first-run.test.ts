/**
 * Issue 10, "Whose brand": a fresh data folder names no real scheme and has no key; the console's setup state
 * says so, and `createSigningKey` makes the key (KeyStore.ensure) — the app no longer makes one at start.
 */
import { readFileSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { createHandlers } from '../../../electron/main/handlers';
import { dispatch, senderPolicyFor } from '../../../electron/main/ipc/dispatch';
import { folderPlatform } from '../../../services/platform/platform';
import { DEFAULT_SETTINGS } from '../../../services/settings/settings-store';
import { openTestServices, tempDir, venueInput } from '../../helpers/temp-services';

const APP_URL = 'file:///opt/Venue%20Console/resources/app/out/renderer/index.html';
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.reverse()) c();
  cleanups = [];
});
const fresh = () => {
  const t = openTestServices({ withKey: false, withSettings: false });
  const downloads = tempDir('vc-downloads-');
  cleanups.push(t.cleanup, downloads.cleanup);
  const handlers = createHandlers({ ...t.services, platform: folderPlatform(downloads.dir) });
  const call = (channel: string, input: unknown) => dispatch(handlers, channel, input, { senderUrl: APP_URL }, senderPolicyFor(APP_URL));
  return { services: t.services, call };
};

test('no default names a real scheme or operator', () => {
  expect(DEFAULT_SETTINGS.schemeName).toBe('');
  expect(DEFAULT_SETTINGS.operatorName).toBe('');
  expect(JSON.stringify(DEFAULT_SETTINGS)).not.toMatch(/LeaveHomeSafe|安心出行/);
});

test('a fresh install needs setup and has no key; saving the names and creating the key completes it', async () => {
  const { services, call } = fresh();
  expect(await call('getSetup', {})).toEqual({ ok: true, value: { configured: false, hasKey: false } });
  expect(await call('getSettings', {})).toMatchObject({ ok: true, value: { operatorName: '', schemeName: '' } });

  // The names are required: an empty one is refused with its field, and setup stays open.
  const refused = await call('updateSettings', { operatorName: '', schemeName: '  ' });
  expect(refused.ok).toBe(false);
  expect(refused.ok ? [] : (refused.error.fields ?? []).map((f) => f.field).sort()).toEqual(['operatorName', 'schemeName']);
  expect(services.settings.configured()).toBe(false);

  expect((await call('updateSettings', { operatorName: 'Harbour Dining Group', schemeName: 'Safe Visit 安心到訪' })).ok).toBe(true);
  expect(await call('getSetup', {})).toEqual({ ok: true, value: { configured: true, hasKey: false } });

  const created = await call('createSigningKey', {});
  expect(created).toMatchObject({ ok: true, value: { created: true, key: { status: 'active' } } });
  expect(JSON.stringify(created)).not.toMatch(/sealed|private|pkcs8/i);
  expect(await call('getSetup', {})).toEqual({ ok: true, value: { configured: true, hasKey: true } });
  // Pressed twice (two windows, a double click): the active key is kept.
  const again = await call('createSigningKey', {});
  expect(again).toMatchObject({ ok: true, value: { created: false } });
  const kidOf = (r: typeof again) => (r.ok ? (r.value as { key: { kid: string } }).key.kid : null);
  expect(kidOf(again)).toBe(kidOf(created));
  expect(services.keys.list()).toHaveLength(1);
});

test('the missing-key error the console shows gives no command-line instruction', async () => {
  const { call } = fresh();
  const venue = await call('createVenue', venueInput());
  expect(venue.ok).toBe(true);
  const code = await call('getVenueCode', { id: venue.ok ? (venue.value as { id: string }).id : '' });
  expect(code).toMatchObject({ ok: false, error: { code: 'key-missing' } });
  expect(JSON.stringify(code)).not.toMatch(/keys init|command line/i);
});

test('the app composition no longer creates a key at start', () => {
  const main = readFileSync(new URL('../../../electron/main/index.ts', import.meta.url), 'utf8');
  expect(main).not.toMatch(/keys\.ensure\(/);
});
