/**
 * Every IPC handler that writes where a save dialog points, driven through dispatch with a Platform whose
 * dialog answers the database, its siblings, links to them, a folder or a missing folder: each answers a
 * Result error (`output-refused`, both languages) and not one byte changes (issue 8 §1).
 */
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/main/handlers';
import { dispatch, senderPolicyFor } from '../../../electron/main/ipc/dispatch';
import { DATABASE_FILE } from '../../../services/open-data-folder';
import type { Platform } from '../../../services/platform/platform';
import { openTestServices, tempDir, venueInput } from '../../helpers/temp-services';
import { databaseTargets, fingerprint, type HostileTarget } from '../../helpers/hostile-targets';
import { fleetCsvOf, validPlates } from '../../helpers/fleet-fixtures';

const APP_URL = 'file:///opt/Venue%20Console/resources/app/out/renderer/index.html';
const trusted = senderPolicyFor(APP_URL);
const home = tempDir('vc-dialog-refusal-');
afterAll(() => home.cleanup());

/** A platform whose save dialog answers whatever the test set last. */
function pointingPlatform(): Platform & { answer: string } {
  const platform = {
    answer: '',
    chooseSavePath: async () => platform.answer,
    chooseOpenPath: async () => null,
    openPath: async () => false,
    showInFolder: async () => false,
    printPdf: async () => false,
  };
  return platform;
}

/** The channels whose handlers write to a path a save dialog returned, with a valid input for each. */
const SAVE_CHANNELS: { channel: string; input: (venueId: string) => unknown; manifest?: boolean }[] = [
  { channel: 'exportTrust', input: () => ({}) },
  { channel: 'backupNow', input: () => ({}) },
  { channel: 'savePosterPdf', input: (id) => ({ id, size: 'a4' }) },
  // The batch starts from a previewed draft (the CSV crosses IPC once): DRAFT is replaced by a fresh preview's id.
  { channel: 'startBatch', input: () => ({ draftId: 'DRAFT', template: 'sheet', manifest: false }) },
  { channel: 'startBatch', input: () => ({ draftId: 'DRAFT', template: 'card', manifest: true }), manifest: true },
  { channel: 'saveRejectedRows', input: () => ({ rejected: [{ row: 2, plate: 'IO 1', reason: 'Bad letters', reasonZh: '字母無效' }] }) },
];

describe('save dialogs never overwrite the console’s own files', () => {
  for (const { channel, input, manifest } of SAVE_CHANNELS) {
    it(`${channel} ${JSON.stringify(input('ID')).slice(0, 60)}`, async () => {
      const folder = join(home.dir, `${channel}-${Math.random().toString(36).slice(2, 8)}`);
      const data = join(folder, 'data');
      const links = join(folder, 'links');
      mkdirSync(links, { recursive: true });
      const ctx = openTestServices({ dataDir: data });
      try {
        mkdirSync(join(data, 'backups'));
        const platform = pointingPlatform();
        const handlers = createHandlers({ ...ctx.services, platform });
        const call = async (i: unknown) => {
          if (channel === 'startBatch') {
            const preview = await dispatch(handlers, 'previewBatch', { csvBase64: Buffer.from(fleetCsvOf(validPlates(2))).toString('base64') }, { senderUrl: APP_URL }, trusted);
            if (!preview.ok) throw new Error(preview.error.message);
            i = { ...(i as object), draftId: (preview.value as { draftId: string }).draftId };
          }
          return dispatch(handlers, channel, i, { senderUrl: APP_URL }, trusted);
        };
        const venue = await dispatch(handlers, 'createVenue', venueInput(), { senderUrl: APP_URL }, trusted);
        const venueId = venue.ok ? (venue.value as { id: string }).id : '';
        // A PDF whose batch manifest name (x-manifest.csv) is a link to the database.
        const manifestLink = join(links, 'x-manifest.csv');
        rmSync(manifestLink, { force: true });
        symlinkSync(join(data, DATABASE_FILE), manifestLink);
        const targets: HostileTarget[] = [
          ...databaseTargets(data, links),
          { label: 'a PDF whose manifest name links to the database', path: join(links, 'x.pdf') },
          { label: 'the log file', path: join(data, 'venue-console.log') },
          { label: 'a file in the backups folder', path: join(data, 'backups', 'x.pdf') },
          { label: 'a folder', path: folder },
          { label: 'a missing folder', path: join(folder, 'no-such-folder', 'x.pdf') },
          { label: '/proc/self/status', path: '/proc/self/status' },
        ];
        for (const t of targets) {
          if (t.label.includes('manifest') && !manifest) continue;
          platform.answer = t.path;
          const before = fingerprint(folder);
          const result = await call(input(venueId));
          await ctx.services.batches.idle();
          expect(fingerprint(folder), `${channel} → ${t.label}: files changed`).toEqual(before);
          expect(result, `${channel} → ${t.label}`).toMatchObject({ ok: false, error: { code: 'output-refused', messageZh: expect.stringMatching(/[\u4e00-\u9fff]/) } });
        }
      } finally {
        ctx.cleanup();
      }
    });
  }
});
