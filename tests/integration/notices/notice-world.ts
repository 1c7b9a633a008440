/**
 * A console with venues and a pinned test authority for the notices tests: real SQLite, real signatures, a
 * clock the test moves, a recording notifier. The root is pinned by writing the row the pinning store writes.
 */
import type { Db } from '../../../services/db/open-database';
import type { NoticeAlert } from '../../../services/notices/notice-center';
import { NoticeService, type NoticeServiceDeps } from '../../../services/notices/notice-service';
import type { SignedRoot } from '../../../shared/trust/root';
import { makeTestAuthority } from '../../helpers/test-authority';
import { openTestServices, venueInput } from '../../helpers/temp-services';

/** 2026-11-21 10:00 HK: after the test notices' window (2026-11-20 19:00–21:00 HK) and issue time. */
export const T0 = Date.parse('2026-11-21T02:00:00Z');
/** One day in ms. */
export const DAY = 86_400_000;

/** Pins `root` in `db` (what the authority pinning store does). */
export function pinRoot(db: Db, root: SignedRoot, at: number): void {
  db.prepare('INSERT INTO authority_roots (version, document, accepted_at) VALUES (?, ?, ?)').run(root.signed.version, JSON.stringify(root), at);
}

/** A console with four venues, a taxi and a pinned authority; `notices` records alerts and changes. */
export function noticeWorld(options: { pin?: boolean; deps?: Partial<NoticeServiceDeps> } = {}) {
  let now = T0;
  const clock = () => now;
  const { services, dataDir, cleanup } = openTestServices({ clock, withKey: false });
  const authority = makeTestAuthority(now);
  if (options.pin !== false) pinRoot(services.db, authority.root, now);
  const venues = {
    // In Block 3 of Rhythm Garden, Sha Tin.
    tea: services.venues.create(venueInput({ nameEn: 'Rhythm Tea House', addressEn: 'Shop 5, G/F, Block 3, Rhythm Garden, 12 Tai Wai Road', addressZh: '大圍道12號聯和花園第3座地下5號舖', district: 'Sha Tin' })),
    gym: services.venues.create(venueInput({ nameEn: 'Harbour Fitness', nameZh: '海港健身', addressEn: '3/F, Harbour Plaza, 8 Yan Yee Road', addressZh: '仁義路8號海港廣場3樓', district: 'Sha Tin', type: 'fitness-centre' })),
    // A "Rhythm Garden" in another district: a building notice for Sha Tin must not reach it.
    bakery: services.venues.create(venueInput({ nameEn: 'Rhythm Bakery', nameZh: '節奏餅店', addressEn: 'G/F, Rhythm Garden, 2 Nathan Road', addressZh: '彌敦道2號節奏花園地下', district: 'Yau Tsim Mong', type: 'retail' })),
  };
  const taxiId = services.venues.newId();
  services.venues.insertTaxi({ id: taxiId, plate: 'AB1234', companyEn: 'Lucky Taxi', companyZh: '幸運的士' });
  const alerts: NoticeAlert[] = [];
  const changes: number[] = [];
  const clicked: string[] = [];
  const notices = new NoticeService({
    db: services.db,
    clock,
    operatorName: () => services.settings.get().operatorName,
    pinnedRoot: () => services.authorityTrust.pinnedRoot(),
    notifier: { notify: (a, onClick) => void (alerts.push(a), onClick()) },
    onChange: (u) => changes.push(u),
    onAlertClick: (id) => clicked.push(id),
    ...options.deps,
  });
  return {
    services,
    dataDir,
    cleanup,
    authority,
    notices,
    venues,
    taxiId,
    alerts,
    changes,
    clicked,
    clock,
    now: () => now,
    setNow: (t: number) => void (now = t),
    /** Ingests a feed document as a file would be. */
    ingest: (doc: unknown) => notices.ingest(JSON.stringify(doc), 'test'),
  };
}

/** A notice world. */
export type NoticeWorld = ReturnType<typeof noticeWorld>;
