/** The desktop alert of a new or corrected notice revision: shown at most once per id and revision (`notice_alerts`). */
import type { NoticeVenueMatch } from '../../shared/notices/match-notices';
import type { Notice } from '../../shared/notices/notice';
import type { VenueNames } from './notice-cache';
import type { Notifier } from './notice-center';
import type { NoticeStatements } from './notice-store';

/** Shows the alert of revision `n.revision` of `n` unless it was shown before; a click calls `onClick`. */
export function alertOnce(
  stmt: NoticeStatements,
  notifier: Notifier | undefined,
  alert: { notice: Notice; matches: NoticeVenueMatch[]; names: VenueNames; corrected: boolean },
  now: number,
  onClick: () => void,
): void {
  const { notice: n, matches, names, corrected } = alert;
  if (stmt.putAlert.run(n.id, n.revision, now).changes !== 1) return;
  const venues = matches.map((m) => names.get(m.venueId)?.nameEn || m.venueId);
  notifier?.notify({ id: n.id, revision: n.revision, corrected, title: { en: n.title.en, zh: n.title.zh }, venues }, onClick);
}
