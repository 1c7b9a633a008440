/** The duplicate check sees through invisible characters and look-alike letters (issue 8 §5): TR39 skeletons. */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/main/handlers';
import { MIGRATIONS } from '../../../services/db/migrations';
import { dupKeyV2 } from '../../../services/db/frozen/dup-key-fold-v2';
import { dispatch, senderPolicyFor } from '../../../electron/main/ipc/dispatch';
import { folderPlatform } from '../../../services/platform/platform';
import { DATABASE_FILE } from '../../../services/open-data-folder';
import { venueDuplicateKey } from '../../../shared/venue/venue';
import { openTestServices, tempDir, venueInput } from '../../helpers/temp-services';

const APP_URL = 'file:///opt/Venue%20Console/resources/app/out/renderer/index.html';
const ctx = openTestServices({ withKey: false });
const downloads = tempDir('vc-downloads-');
const handlers = createHandlers({ ...ctx.services, platform: folderPlatform(downloads.dir) });
const call = (channel: string, input: unknown) => dispatch(handlers, channel, input, { senderUrl: APP_URL }, senderPolicyFor(APP_URL));
afterAll(() => {
  ctx.cleanup();
  downloads.cleanup();
});

const original = { nameEn: 'Harbour Cafe', nameZh: '海港咖啡', addressEn: '8 Harbour Road, Wan Chai' };
/** Eight ways to register the same venue again that the old key missed: one invisible character or a look-alike letter. */
const LOOK_ALIKES: [string, Partial<typeof original>][] = [
  ['Cyrillic а in the name', { nameEn: 'H\u0430rbour Cafe' }],
  ['Cyrillic е and о', { nameEn: 'Harb\u043Eur Caf\u0435' }],
  ['Greek capital Α and Ο', { nameEn: 'H\u0391RB\u039FUR CAFE' }],
  ['Cyrillic capital В and С', { nameEn: 'HAR\u0412OUR \u0421AFE' }],
  ['a zero-width space', { nameEn: 'Harbour\u200B Cafe' }],
  ['a soft hyphen in the address', { addressEn: '8 Har\u00ADbour Road, Wan Chai' }],
  ['a variation selector in the Chinese name', { nameZh: '海港\uFE0F咖啡' }],
  ['a word joiner and a Hangul filler', { nameEn: 'Harbour\u2060\u3164Cafe' }],
  ['mathematical bold letters', { nameEn: '\u{1D407}arbour Cafe' }],
  ['digit zero for the letter O in the address', { addressEn: '8 Harb0ur Road, Wan Chai' }],
];

describe('look-alike duplicates', () => {
  const first = ctx.services.venues.create(venueInput(original));

  for (const [name, change] of LOOK_ALIKES) {
    it(`finds the registered venue when the new one differs by ${name}`, async () => {
      const candidate = { ...original, ...change };
      expect(venueDuplicateKey(candidate)).toBe(venueDuplicateKey(original));
      expect(ctx.services.venues.findDuplicate(candidate)).toBe(first.id);
      expect(await call('findDuplicate', candidate)).toEqual({ ok: true, value: { existingId: first.id } });
    });
  }

  it('refuses to save a Cyrillic look-alike as a new venue', async () => {
    const result = await call('createVenue', venueInput({ ...original, nameEn: 'H\u0430rbour C\u0430fe' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'duplicate', message: expect.stringContaining(first.id) } });
  });

  it('matches the frozen copy the migration uses (a change to the live fold needs a new migration)', () => {
    for (const [, change] of [...LOOK_ALIKES, ['', { nameEn: 'Café 1 Ⅻ ﬀ ß', addressEn: 'Flat 10/F, Block Ｂ' }] as const]) {
      const v = { ...original, ...change };
      expect(dupKeyV2(v.nameEn, v.nameZh, v.addressEn)).toBe(venueDuplicateKey(v));
    }
  });

  it('keeps venues that only share a look-alike-free prefix apart', () => {
    expect(ctx.services.venues.findDuplicate({ ...original, nameEn: 'Harbour Cafe 2' })).toBeNull();
    expect(ctx.services.venues.findDuplicate({ ...original, nameZh: '海港茶室' })).toBeNull();
    expect(venueDuplicateKey({ ...original, nameEn: 'Inn' })).toBe(venueDuplicateKey({ ...original, nameEn: 'INN' }));
  });

  it('recomputes stored keys when an older database is opened (the new key is used for venues saved before)', () => {
    const t = tempDir();
    try {
      const file = join(t.dir, DATABASE_FILE);
      const old = new Database(file);
      for (const m of MIGRATIONS.filter((x) => x.version <= 3)) {
        old.exec(m.sql);
        m.data?.(old);
      }
      old.pragma('user_version = 3');
      const oldKey = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s,.'’-]+/g, '');
      const insert = old.prepare(
        `INSERT INTO venues (id, name_en, name_zh, address_en, address_zh, district, type, dup_key, created_at, updated_at)
         VALUES (?, ?, ?, ?, '灣仔港灣道8號', ?, ?, ?, 1, 1)`,
      );
      // Saved before the fix: a Cyrillic look-alike, under the old key (which kept the Cyrillic letter).
      const stored = { ...original, nameEn: 'H\u0430rbour Cafe' };
      insert.run('2FQCJMEX7', stored.nameEn, stored.nameZh, stored.addressEn, 'Wan Chai', 'restaurant', `${oldKey(stored.nameEn)}|${oldKey(stored.nameZh)}|${oldKey(stored.addressEn)}`);
      insert.run('3GRDKNFY8', 'AB1234', 'AB1234', 'Taxi', null, 'taxi', 'taxi|AB1234');
      old.close();
      const s = openTestServices({ dataDir: t.dir, withKey: false });
      try {
        expect(s.services.venues.findDuplicate(original)).toBe('2FQCJMEX7');
        const taxiKey = s.services.db.prepare<[], { dup_key: string }>("SELECT dup_key FROM venues WHERE id = '3GRDKNFY8'").get();
        expect(taxiKey?.dup_key).toBe('taxi|AB1234');
      } finally {
        s.services.close();
      }
    } finally {
      t.cleanup();
    }
  });
});
