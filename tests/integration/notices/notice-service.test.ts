/**
 * The notices service over a real database with real signatures: what is stored, listed, alerted and
 * acknowledged, and every refusal keeping the last verified feed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { failureOf } from '../../helpers/failure-of';
import { testNotice } from '../../helpers/test-authority';
import { DAY, noticeWorld, T0, type NoticeWorld } from './notice-world';

let world: NoticeWorld;
afterEach(() => world?.cleanup());

const ids = (w: NoticeWorld, filter?: Parameters<NoticeWorld['notices']['list']>[0]) => w.notices.list(filter).map((n) => n.id).sort();

describe('targeting: only notices that concern this operator are listed', () => {
  it('matches a venue, a taxi plate typed loosely, a building in the same district only, and a district', () => {
    world = noticeWorld();
    const { authority, venues } = world;
    world.ingest(
      authority.feed(T0, [
        testNotice({ id: 'venue-tea', targets: [{ venueId: venues.tea.id.toLowerCase() }] }),
        testNotice({ id: 'other-operator', targets: [{ venueId: 'V0000000000' }] }),
        testNotice({ id: 'taxi', targets: [{ plate: 'ab 1234' }] }),
        testNotice({ id: 'building-sha-tin', kind: 'compulsory-testing', targets: [{ building: 'Rhythm  GARDEN', district: 'Sha Tin' }] }),
        testNotice({ id: 'building-elsewhere', targets: [{ building: 'Rhythm Garden', district: 'Wan Chai' }] }),
        testNotice({ id: 'district', severity: 'advisory', kind: 'rule-change', windows: [], targets: [{ district: 'Yau Tsim Mong' }] }),
      ]),
    );
    expect(ids(world)).toEqual(['building-sha-tin', 'district', 'taxi', 'venue-tea']);
    const building = world.notices.list().find((n) => n.id === 'building-sha-tin');
    expect(building?.venues).toEqual([expect.objectContaining({ venueId: venues.tea.id, reason: { by: 'building', building: 'Rhythm  GARDEN', district: 'Sha Tin' } })]);
    expect(world.notices.list().find((n) => n.id === 'taxi')?.venues[0]).toMatchObject({ venueId: world.taxiId, reason: { by: 'plate', plate: 'AB1234' } });
    expect(world.notices.matchedVenueIds('district')).toEqual([venues.bakery.id]);
    expect(ids(world, { venueId: venues.tea.id })).toEqual(['building-sha-tin', 'venue-tea']);
    expect(ids(world, { kind: 'rule-change' })).toEqual(['district']);
    expect(() => world.notices.detail('other-operator')).toThrow(/No notice other-operator/);
  });

  it('lists a notice for a venue registered after the feed arrived (the venue index is rebuilt)', () => {
    world = noticeWorld();
    world.ingest(world.authority.feed(T0, [testNotice({ id: 'later', targets: [{ building: 'Ocean Court', district: 'Sha Tin' }] })]));
    expect(world.notices.list()).toEqual([]);
    world.services.venues.create({ ...world.services.venues.get(world.venues.gym.id), nameEn: 'Ocean Cafe', nameZh: '海洋咖啡', addressEn: 'G/F, Ocean Court, 1 Main Street', addressZh: '大街1號海洋閣地下', type: 'restaurant', district: 'Sha Tin', contactPhone: '2345 6789' });
    expect(ids(world)).toEqual(['later']);
  });

  it('sorts action-required before advisory before info, then the latest issued first', () => {
    world = noticeWorld();
    const v = [{ venueId: world.venues.tea.id }];
    world.ingest(
      world.authority.feed(T0, [
        testNotice({ id: 'info', severity: 'info', targets: v, issuedAt: '2026-11-21T09:30:00+08:00' }),
        testNotice({ id: 'adv', severity: 'advisory', targets: v }),
        testNotice({ id: 'act-old', targets: v, issuedAt: '2026-11-21T08:00:00+08:00' }),
        testNotice({ id: 'act-new', targets: v, issuedAt: '2026-11-21T09:00:00+08:00' }),
      ]),
    );
    expect(world.notices.list().map((n) => n.id)).toEqual(['act-new', 'act-old', 'adv', 'info']);
  });
});

describe('alerts, corrections, acknowledgements and withdrawal', () => {
  it('alerts once per id and revision, re-alerts a correction which needs a new acknowledgement', () => {
    world = noticeWorld();
    const { authority, venues } = world;
    const rev1 = testNotice({ id: 'exp-1', targets: [{ venueId: venues.tea.id }] });
    const r = world.ingest(authority.feed(T0, [rev1, testNotice({ id: 'adv-1', severity: 'advisory', targets: [{ venueId: venues.tea.id }] })]));
    expect(r).toMatchObject({ change: 'new', added: [{ id: 'exp-1', revision: 1, corrected: false }, { id: 'adv-1', revision: 1, corrected: false }] });
    expect(world.alerts).toEqual([{ id: 'exp-1', revision: 1, corrected: false, title: rev1.title, venues: ['Rhythm Tea House'] }]);
    expect(world.clicked).toEqual(['exp-1']);
    expect(world.changes.at(-1)).toBe(2);

    // The same notice in the next feed: nothing new, no second alert.
    expect(world.ingest(authority.feed(T0 + 60_000, [rev1])).added).toEqual([]);
    expect(world.alerts).toHaveLength(1);

    expect(world.notices.acknowledge('exp-1', 1)).toMatchObject({ state: 'acknowledged', acknowledgement: { at: T0, by: 'Harbour Dining Group' } });
    expect(world.changes.at(-1)).toBe(1);

    // Revision 2 moves the window: a correction, alerted again, and unacknowledged.
    world.setNow(T0 + 3_600_000);
    const rev2 = testNotice({ id: 'exp-1', revision: 2, targets: [{ venueId: venues.tea.id }], windows: [{ from: '2026-11-20T18:30:00+08:00', until: '2026-11-20T21:00:00+08:00' }], issuedAt: '2026-11-21T10:30:00+08:00' });
    expect(world.ingest(authority.feed(world.now(), [rev2])).added).toEqual([{ id: 'exp-1', revision: 2, corrected: true }]);
    expect(world.alerts.map((a) => [a.id, a.revision, a.corrected])).toEqual([['exp-1', 1, false], ['exp-1', 2, true]]);
    const detail = world.notices.detail('exp-1');
    expect(detail).toMatchObject({ revision: 2, corrected: true, state: 'new', acknowledgement: null, firstWindowFrom: Date.parse('2026-11-20T18:30:00+08:00') });
    expect(detail.history.map((h) => [h.revision, h.acknowledgement?.by ?? null])).toEqual([[2, null], [1, 'Harbour Dining Group']]);
    expect(failureOf(() => world.notices.acknowledge('exp-1', 1)).appError).toMatchObject({ code: 'conflict', message: expect.stringContaining('not the current one') });
    expect(world.notices.acknowledge('exp-1', 2).state).toBe('acknowledged');

    // The same revision arriving again (an older feed replayed is refused; a new feed repeating it is quiet).
    world.ingest(authority.feed(world.now(), [rev2]));
    expect(world.alerts).toHaveLength(2);
  });

  it('withdraws explicitly (struck, reason kept), never by omission', () => {
    world = noticeWorld();
    const { authority, venues } = world;
    const a = testNotice({ id: 'a', targets: [{ venueId: venues.tea.id }] });
    const b = testNotice({ id: 'b', targets: [{ venueId: venues.gym.id }] });
    world.ingest(authority.feed(T0, [a, b]));
    // b is missing from the next feed: still listed.
    world.ingest(authority.feed(T0 + 1000, [a]));
    expect(ids(world)).toEqual(['a', 'b']);
    const reason = { en: 'Issued in error.', zh: '錯誤發出。' };
    expect(world.ingest(authority.feed(T0 + 2000, [], [{ id: 'a', revision: 1, reason }])).withdrawn).toEqual(['a']);
    expect(ids(world)).toEqual(['b']);
    const all = world.notices.list({ state: 'all' });
    expect(all.find((n) => n.id === 'a')).toMatchObject({ state: 'withdrawn', withdrawnReason: reason });
    expect(ids(world, { state: 'withdrawn' })).toEqual(['a']);
    expect(world.notices.detail('a').history).toHaveLength(1);
    expect(failureOf(() => world.notices.acknowledge('a', 1)).appError).toMatchObject({ code: 'conflict', messageZh: expect.stringContaining('撤回') });
  });
});

describe('refusals keep the last verified feed and say why in both languages', () => {
  const setup = () => {
    world = noticeWorld();
    world.ingest(world.authority.feed(T0, [testNotice({ id: 'kept', targets: [{ venueId: world.venues.tea.id }] })], [], { version: 5 }));
  };
  const refused = (text: string) => {
    const alerts = world.alerts.length;
    const e = failureOf(() => world.notices.ingest(text, 'test')).appError;
    expect(e.code).toBe('feed-refused');
    expect(e.messageZh).toMatch(/[\u4e00-\u9fff]/);
    expect(ids(world)).toEqual(['kept']);
    expect(world.notices.status()).toMatchObject({ feedVersion: 5, state: 'up-to-date', lastError: { code: 'feed-refused', en: e.message } });
    expect(world.alerts).toHaveLength(alerts);
    return e.message;
  };

  it('refuses one tampered byte, the wrong key, rollback, equivocation and malformed text', () => {
    setup();
    const next = JSON.stringify(world.authority.feed(T0 + 1000, [testNotice({ id: 'new', targets: [{ venueId: world.venues.tea.id }] })], [], { version: 6 }));
    expect(refused(next.replace('A confirmed case', 'A confirmed Case'))).toMatch(/bad signature/);
    const wrongKey = world.authority.feed(T0 + 1000, [testNotice({ id: 'x', targets: [{ venueId: world.venues.tea.id }] })], [], { version: 7, signer: world.authority.key('operators') });
    expect(refused(JSON.stringify(wrongKey))).toMatch(/not signed by the pinned root's notices key.*operators key/);
    expect(refused(JSON.stringify(world.authority.feed(T0 + 1000, [], [], { version: 4 })))).toMatch(/version 4 is older than the version 5/);
    expect(refused(JSON.stringify(world.authority.feed(T0 + 1000, [], [], { version: 5 })))).toMatch(/equivocation/);
    expect(refused('{"signed": {}, "signatures": []')).toMatch(/not a valid signed feed/);
    // The genuine next version is then accepted and clears the error.
    expect(world.notices.ingest(next, 'test').feedVersion).toBe(6);
    expect(world.notices.status().lastError).toBeNull();
  });

  it('refuses any feed with no pinned root', () => {
    world = noticeWorld({ pin: false });
    expect(world.notices.status().state).toBe('no-root');
    const e = failureOf(() => world.ingest(world.authority.feed(T0, []))).appError;
    expect(e.message).toMatch(/pin the authority's root first/);
    expect(world.notices.status().lastError?.code).toBe('feed-refused');
  });

  it('refuses a feed dated after the clock, and any feed once the pinned root has expired', () => {
    setup();
    expect(refused(JSON.stringify(world.authority.feed(T0 + 3_600_000, [], [], { version: 6 })))).toMatch(/dated in the future/);
    world.setNow(T0 + 366 * DAY);
    const e = failureOf(() => world.ingest(world.authority.feed(T0 + 365 * DAY, [], [], { version: 6 }))).appError;
    expect(e).toMatchObject({ code: 'feed-refused', message: expect.stringMatching(/root has expired/), messageZh: expect.stringMatching(/根憑證已過期/) });
    expect(ids(world)).toEqual(['kept']);
  });
});

describe('freshness and erasure', () => {
  it('keeps an expired feed, says out-of-date with its expiry, and up-to-date only after a verified one', () => {
    world = noticeWorld();
    expect(world.notices.status()).toMatchObject({ state: 'never', feedVersion: null, pollMinutes: 10, url: null });
    world.ingest(world.authority.feed(T0, [testNotice({ id: 'n', targets: [{ venueId: world.venues.tea.id }] })], [], { hours: 2 }));
    expect(world.notices.status()).toMatchObject({ state: 'up-to-date', expires: T0 + 2 * 3_600_000, verifiedAt: T0, unread: 1 });
    world.setNow(T0 + 3 * 3_600_000);
    expect(world.notices.status()).toMatchObject({ state: 'out-of-date', expires: T0 + 2 * 3_600_000 });
    expect(ids(world)).toEqual(['n']);
    // The same (expired) feed again verifies but does not make it fresh.
    const again = world.ingest(world.authority.feed(T0, [], [], { version: 2, hours: 1 }));
    expect(again).toMatchObject({ change: 'new', expired: true });
    expect(world.notices.status().state).toBe('out-of-date');
  });

  it('erases notices, withdrawals and acknowledgements 31 days after the window or withdrawal', () => {
    world = noticeWorld();
    const v = [{ venueId: world.venues.tea.id }];
    world.ingest(
      world.authority.feed(T0, [
        testNotice({ id: 'window', targets: v }), // window ends 2026-11-20 13:00Z
        testNotice({ id: 'rule', kind: 'rule-change', severity: 'info', windows: [], effectiveFrom: '2026-12-01T00:00:00+08:00', targets: v }),
        testNotice({ id: 'gone', targets: v, windows: [{ from: '2026-11-21T08:00:00+08:00', until: '2026-12-30T08:00:00+08:00' }] }),
      ]),
    );
    world.notices.acknowledge('window', 1);
    world.setNow(T0 + DAY);
    world.ingest(world.authority.feed(T0 + DAY, [], [{ id: 'gone', revision: 1, reason: { en: 'Wrong venue.', zh: '場地錯誤。' } }]));
    const windowEnd = Date.parse('2026-11-20T21:00:00+08:00');
    world.setNow(windowEnd + 31 * DAY - 1);
    expect(world.notices.erase()).toBe(0);
    world.setNow(windowEnd + 31 * DAY);
    expect(world.notices.erase()).toBe(1);
    expect(world.services.db.prepare("SELECT COUNT(*) AS n FROM notice_acks WHERE id = 'window'").get()).toEqual({ n: 0 });
    expect(world.services.db.prepare("SELECT COUNT(*) AS n FROM notice_alerts WHERE id = 'window'").get()).toEqual({ n: 0 });
    world.setNow(T0 + DAY + 31 * DAY);
    expect(world.notices.erase()).toBe(1); // withdrawn a day after T0
    expect(ids(world, { state: 'all' })).toEqual(['rule']);
    world.setNow(Date.parse('2026-12-01T00:00:00+08:00') + 31 * DAY);
    expect(world.notices.erase()).toBe(1);
    expect(world.services.db.prepare('SELECT COUNT(*) AS n FROM notice_revisions').get()).toEqual({ n: 0 });
    expect(world.services.db.prepare('SELECT COUNT(*) AS n FROM notice_withdrawals').get()).toEqual({ n: 0 });
    // A feed still carrying an erased notice does not bring it (or its alert) back.
    const alerts = world.alerts.length;
    world.ingest(world.authority.feed(world.now(), [testNotice({ id: 'window', targets: v })]));
    expect(ids(world, { state: 'all' })).toEqual([]);
    expect(world.alerts).toHaveLength(alerts);
  });
});
