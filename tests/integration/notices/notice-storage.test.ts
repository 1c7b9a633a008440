/**
 * What a feed leaves in the database (issue 11 §6): only the notices that concern this operator, each read in
 * full only then; the held feed kept whole, so a venue registered later — in this run or after a restart —
 * gets the notices that now concern it, alerted; and the venue counter that says when to look again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/main/handlers';
import { dispatch, senderPolicyFor } from '../../../electron/main/ipc/dispatch';
import { NoticeService } from '../../../services/notices/notice-service';
import { folderPlatform } from '../../../services/platform/platform';
import { noticeStatements } from '../../../services/notices/notice-store';
import type { Notice } from '../../../shared/notices/notice';
import { failureOf } from '../../helpers/failure-of';
import { testNotice } from '../../helpers/test-authority';
import { venueInput } from '../../helpers/temp-services';
import { noticeWorld, T0, type NoticeWorld } from './notice-world';

let world: NoticeWorld;
afterEach(() => world?.cleanup());

const stored = (w: NoticeWorld) => w.services.db.prepare<[], { id: string }>('SELECT id FROM notice_revisions ORDER BY id').all().map((r) => r.id);
const venueKey = (w: NoticeWorld) => noticeStatements(w.services.db).venueKey.get();
const APP_URL = 'file:///opt/Venue%20Console/resources/app/out/renderer/index.html';
const oceanCafe = venueInput({ nameEn: 'Ocean Cafe', nameZh: '海洋咖啡', addressEn: 'G/F, Ocean Court, 1 Main Street', addressZh: '大街1號海洋閣地下', district: 'Sha Tin' });

describe('a feed stores only what concerns this operator', () => {
  it('stores the notices that name its venues, not other operators’ ones, and keeps the feed itself', () => {
    world = noticeWorld();
    const tea = world.venues.tea.id;
    world.ingest(world.authority.feed(T0, [testNotice({ id: 'ours', targets: [{ venueId: tea }] }), testNotice({ id: 'theirs', targets: [{ venueId: 'V0000000000' }] }), testNotice({ id: 'elsewhere', targets: [{ building: 'Ocean Court', district: 'Wan Chai' }] })]));
    expect(stored(world)).toEqual(['ours']);
    const held = world.services.db.prepare<[], { bytes: Buffer; key: string }>('SELECT signed_bytes AS bytes, venue_key AS key FROM notice_feed').get();
    expect(JSON.parse(held?.bytes.toString('utf8') ?? '{}').notices.map((n: Notice) => n.id)).toEqual(['ours', 'theirs', 'elsewhere']);
    expect(held?.key).toBe(venueKey(world));
  });

  it('reads in full only the notices that concern it: another operator’s malformed notice does not refuse the feed', () => {
    world = noticeWorld();
    const tea = world.venues.tea.id;
    const broken = { ...testNotice({ id: 'theirs', targets: [{ venueId: 'V0000000000' }] }), kind: 'gossip' } as unknown as Notice;
    expect(world.ingest(world.authority.feed(T0, [testNotice({ id: 'ours', targets: [{ venueId: tea }] }), broken])).added.map((a) => a.id)).toEqual(['ours']);

    // The same fault in a notice about one of its venues refuses the feed, naming the field; the last feed is kept.
    const ours = { ...testNotice({ id: 'ours-2', targets: [{ venueId: tea }] }), kind: 'gossip' } as unknown as Notice;
    const e = failureOf(() => world.ingest(world.authority.feed(T0 + 1000, [ours]))).appError;
    expect(e).toMatchObject({ code: 'feed-refused', message: expect.stringContaining('signed.notices.0.kind') });
    expect(world.notices.status()).toMatchObject({ feedVersion: 1, lastError: { code: 'feed-refused' } });
    expect(stored(world)).toEqual(['ours']);
  });

  it('still refuses a notice whose targets (what matching reads) are not valid, whoever it is about', () => {
    world = noticeWorld();
    const bad = testNotice({ id: 'theirs', targets: [{ district: 'Atlantis' } as never] });
    expect(failureOf(() => world.ingest(world.authority.feed(T0, [bad]))).appError.message).toContain('signed.notices.0.targets.0');
  });
});

describe('a venue registered after the feed arrived', () => {
  it('gets the held feed’s notices that now concern it, stored and alerted once', () => {
    world = noticeWorld();
    const later = testNotice({ id: 'later', kind: 'compulsory-testing', targets: [{ building: 'Ocean Court', district: 'Sha Tin' }] });
    world.ingest(world.authority.feed(T0, [later]));
    expect([stored(world), world.alerts]).toEqual([[], []]);
    const cafe = world.services.venues.create(oceanCafe);
    expect(world.notices.list().map((n) => [n.id, n.venues.map((v) => v.venueId)])).toEqual([['later', [cafe.id]]]);
    expect(stored(world)).toEqual(['later']);
    expect(world.alerts.map((a) => [a.id, a.venues])).toEqual([['later', ['Ocean Cafe']]]);
    expect(world.changes.at(-1)).toBe(1);
    // Looking again, or the same feed again, alerts nothing more.
    world.notices.list();
    world.ingest(world.authority.feed(T0, [later], [], { version: 1 }));
    expect(world.alerts).toHaveLength(1);
  });

  it('is alerted as soon as the console saves the venue (the venue handlers tell the notices)', async () => {
    world = noticeWorld();
    world.ingest(world.authority.feed(T0, [testNotice({ id: 'later', targets: [{ building: 'Ocean Court', district: 'Sha Tin' }] })]));
    const handlers = createHandlers({ ...world.services, notices: world.notices, platform: folderPlatform(world.dataDir) });
    const call = (channel: string, input: unknown) => dispatch(handlers, channel, input, { senderUrl: APP_URL }, senderPolicyFor(APP_URL));
    const created = await call('createVenue', oceanCafe);
    const cafeId = created.ok ? (created.value as { id: string }).id : '';
    expect(world.alerts.map((a) => [a.id, a.venues])).toEqual([['later', ['Ocean Cafe']]]);
    expect(world.changes.at(-1)).toBe(1);
    // An edit that moves it out of the building: nothing new is alerted, and the notice no longer lists it.
    const moved = await call('updateVenue', { id: cafeId, venue: { ...oceanCafe, addressEn: 'G/F, 9 Other Street', addressZh: '他街9號地下' } });
    expect(moved.ok).toBe(true);
    expect(world.alerts).toHaveLength(1);
    expect(world.notices.list()).toEqual([]);
  });

  it('is caught up after a restart too (the matched venue generation is stored), and by an unchanged feed', () => {
    world = noticeWorld();
    const feed = world.authority.feed(T0, [testNotice({ id: 'later', targets: [{ building: 'Ocean Court', district: 'Sha Tin' }] })]);
    world.ingest(feed);
    const cafe = world.services.venues.create(oceanCafe);
    // A new service over the same database (the app started again), asked only to ingest the same feed.
    const alerts: string[] = [];
    const again = new NoticeService({ db: world.services.db, clock: world.clock, operatorName: () => 'Ops', pinnedRoot: () => world.services.authorityTrust.pinnedRoot(), notifier: { notify: (a) => void alerts.push(a.id) } });
    expect(again.ingest(JSON.stringify(feed), 'test').change).toBe('unchanged');
    expect(alerts).toEqual(['later']);
    expect(again.matchedVenueIds('later')).toEqual([cafe.id]);
  });

  it('has a venue key that changes with every insert, edit, status change and deletion, never returning to an earlier one', () => {
    world = noticeWorld();
    const keys = [venueKey(world)];
    const cafe = world.services.venues.create(oceanCafe);
    keys.push(venueKey(world));
    world.services.venues.update(cafe.id, { ...oceanCafe, addressEn: 'G/F, Ocean Court, 2 Main Street' });
    keys.push(venueKey(world));
    world.services.venues.setStatus(cafe.id, 'deactivated');
    keys.push(venueKey(world));
    // The app never deletes a venue; were one deleted (with its search rows) and another inserted, the new one
    // would reuse its row number: the edit counter tells them apart.
    const seq = world.services.db.prepare<[string], { seq: number }>('SELECT seq FROM venues WHERE id = ?').get(cafe.id)?.seq;
    world.services.db.exec(`DELETE FROM venues_fts WHERE rowid = ${seq}; DELETE FROM venues_fts_short WHERE rowid = ${seq}; DELETE FROM venues WHERE seq = ${seq};`);
    keys.push(venueKey(world));
    world.services.venues.create(oceanCafe);
    keys.push(venueKey(world));
    world.services.venues.insertTaxi({ id: world.services.venues.newId(), plate: 'CD5678', companyEn: 'Lucky Taxi', companyZh: '幸運的士' });
    keys.push(venueKey(world));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
