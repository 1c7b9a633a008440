import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppFailure } from '../../../shared/errors';
import { isValidVenueId } from '../../../shared/venue/venue-id';
import type { DataFolder } from '../../../services/open-data-folder';
import { openTestServices, venueInput } from '../../helpers/temp-services';

let ctx: ReturnType<typeof openTestServices>;
let s: DataFolder;
let now = Date.parse('2026-11-23T02:00:00Z');

beforeEach(() => {
  ctx = openTestServices({ clock: () => now, withKey: false });
  s = ctx.services;
});
afterEach(() => ctx.cleanup());

function failure(fn: () => unknown): AppFailure['appError'] {
  try {
    fn();
  } catch (error) {
    return (error as AppFailure).appError;
  }
  throw new Error('expected a failure');
}

const count = () => s.venues.search({ query: '', status: 'all', offset: 0, limit: 1 }).total;

describe('venue registry', () => {
  it('creates a venue with a checked id, trimmed fields and times', () => {
    const v = s.venues.create(venueInput({ nameEn: '  Tai Wai   Tea Restaurant ', contactEmail: 'owner@example.hk' }));
    expect(isValidVenueId(v.id)).toBe(true);
    expect(v.id).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{9}$/);
    expect(v).toMatchObject({ nameEn: 'Tai Wai Tea Restaurant', status: 'active', contactEmail: 'owner@example.hk', createdAt: now, updatedAt: now });
    expect(s.venues.get(v.id)).toEqual(v);
  });

  it('refuses bad fields one by one, in both languages, and writes nothing', () => {
    const error = failure(() =>
      s.venues.create(
        venueInput({ nameEn: 'x'.repeat(81), nameZh: '', addressEn: 'Flat <b>1</b>', addressZh: 'A\u202eB', district: 'Atlantis', type: 'casino', contactPhone: '123', contactEmail: 'not-an-email' }),
      ),
    );
    expect(error.code).toBe('validation');
    const byField = Object.fromEntries((error.fields ?? []).map((f) => [f.field, f]));
    expect(Object.keys(byField).sort()).toEqual(['addressEn', 'addressZh', 'contactEmail', 'contactPhone', 'district', 'nameEn', 'nameZh', 'type']);
    expect(byField.nameEn?.en).toMatch(/at most 80/);
    expect(byField.nameEn?.zh).toMatch(/80/);
    expect(byField.nameZh?.zh).toBe('請填寫中文名稱。');
    expect(byField.addressEn?.en).toMatch(/< or >/);
    expect(byField.addressZh?.en).toMatch(/control characters/);
    expect(count()).toBe(0);
  });

  it('flags a duplicate (same names and address, any spacing or case) before saving', () => {
    const first = s.venues.create(venueInput());
    const error = failure(() => s.venues.create(venueInput({ nameEn: 'TAI WAI  tea restaurant', addressEn: 'G/F 12 Tai Wai Road Sha Tin' })));
    expect(error.code).toBe('duplicate');
    expect(error.message).toContain(first.id);
    expect(count()).toBe(1);
    // The same names at another address are a different branch.
    expect(s.venues.create(venueInput({ addressEn: '3 Che Kung Miu Road, Tai Wai' })).id).not.toBe(first.id);
  });

  it('edits a venue and keeps the search index in step', () => {
    const v = s.venues.create(venueInput());
    now += 60_000;
    const edited = s.venues.update(v.id, venueInput({ nameEn: 'Che Kung Noodles', nameZh: '車公麵家' }));
    expect(edited).toMatchObject({ nameEn: 'Che Kung Noodles', updatedAt: now, createdAt: v.createdAt });
    expect(s.venues.search({ query: 'Tai Wai Tea', status: 'all', offset: 0, limit: 10 }).total).toBe(0);
    expect(s.venues.search({ query: '車公', status: 'all', offset: 0, limit: 10 }).items.map((x) => x.id)).toEqual([v.id]);
  });

  it('stores a taxi typed in the form under its normalised plate, once', () => {
    const taxi = s.venues.create(venueInput({ nameEn: 'ab 1234', nameZh: 'AB 1234', type: 'taxi', district: '' }));
    expect(taxi).toMatchObject({ nameEn: 'AB1234', district: null, type: 'taxi' });
    expect(s.venues.findTaxi('AB1234')?.id).toBe(taxi.id);
    expect(failure(() => s.venues.create(venueInput({ nameEn: 'AB1234', nameZh: '另一架', addressEn: 'elsewhere', type: 'taxi', district: '' }))).code).toBe('duplicate');
    expect(failure(() => s.venues.create(venueInput({ nameEn: 'Golden Taxi', type: 'taxi', district: '' }))).fields?.[0]?.field).toBe('nameEn');
    expect(failure(() => s.venues.create(venueInput({ district: '' }))).fields?.map((f) => f.field)).toEqual(['district']);
  });

  it('deactivates and reactivates', () => {
    const v = s.venues.create(venueInput());
    expect(s.venues.setStatus(v.id, 'deactivated').status).toBe('deactivated');
    expect(s.venues.deactivatedIds()).toEqual([v.id]);
    expect(s.venues.search({ query: '', status: 'active', offset: 0, limit: 10 }).total).toBe(0);
    expect(s.venues.setStatus(v.id, 'active').status).toBe('active');
    expect(failure(() => s.venues.setStatus('ZZZZZZZZ', 'active')).code).toBe('not-found');
  });

  it('finds venues by either name, id, address, district (both languages) and type, in pages', () => {
    const a = s.venues.create(venueInput());
    const b = s.venues.create(venueInput({ nameEn: 'Golden Harvest Cinema', nameZh: '嘉禾戲院', addressEn: '1 Nathan Road', addressZh: '彌敦道1號', district: 'Yau Tsim Mong', type: 'cinema' }));
    for (let i = 0; i < 30; i++) {
      s.venues.create(venueInput({ nameEn: `Karaoke Box ${i}`, nameZh: `卡拉OK箱${i}`, addressEn: `${i} Sai Yeung Choi St`, addressZh: `西洋菜街${i}號`, type: 'karaoke', district: 'Yau Tsim Mong' }));
    }
    const ids = (query: string) => s.venues.search({ query, status: 'all', offset: 0, limit: 100 }).items.map((v) => v.id);
    expect(ids('tai wai')).toEqual([a.id]); // case-insensitive, English name
    expect(ids('嘉禾')).toEqual([b.id]); // two Chinese characters (shorter than a trigram)
    expect(ids('茶餐廳')).toEqual([a.id]);
    expect(ids(b.id.toLowerCase())).toEqual([b.id]);
    expect(ids('彌敦道')).toEqual([b.id]);
    expect(ids('cinema')).toEqual([b.id]);
    expect(ids('戲院')).toEqual([b.id]);
    expect(ids('沙田')).toEqual([a.id]); // district in Chinese
    expect(ids('Sha Tin')).toEqual([a.id]);
    expect(ids('茶')).toEqual([a.id]); // one Chinese character, from the short-query index
    expect(ids('旺角')).toEqual([]);
    expect(ids('油尖旺').length).toBe(31); // district in Chinese (trigram)
    expect(ids('嘉')).toEqual([b.id]);
    expect(ids('go')).toEqual([b.id]); // two letters: a word prefix (Golden)
    expect(ids('Go 嘉禾')).toEqual([b.id]);
    expect(ids('1')).toContain(b.id); // "1 Nathan Road"
    expect(ids('%')).toEqual([]); // LIKE wildcards are literal
    expect(ids('"')).toEqual([]);
    const page1 = s.venues.search({ query: 'karaoke', status: 'all', offset: 0, limit: 20 });
    const page2 = s.venues.search({ query: 'karaoke', status: 'all', offset: 20, limit: 20 });
    expect(page1.total).toBe(30);
    expect(page1.items).toHaveLength(20);
    expect(page2.items).toHaveLength(10);
    expect(new Set([...page1.items, ...page2.items].map((v) => v.id)).size).toBe(30);
    expect(s.venues.search({ query: 'karaoke 卡拉OK箱2', status: 'all', type: 'karaoke', district: 'Yau Tsim Mong', offset: 0, limit: 100 }).total).toBe(11);
  });
});
