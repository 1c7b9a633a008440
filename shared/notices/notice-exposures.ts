/**
 * Exposure notices as the consumer module's exposures: one format for phones and consoles. Each window of
 * an `exposure` notice becomes one exposure per venue or taxi target (building targets become the Health
 * Code's high-risk buildings); withdrawn notices are not in a feed's `notices`, so they warn no one.
 */
import { displayPlate } from '../checkin/plate';
import type { Exposure } from '../exposure/exposure';
import type { Notice } from './notice';

/** The exposures of a list of notices (only kind `exposure`). */
export function exposuresOfNotices(notices: readonly Notice[]): Exposure[] {
  const out: Exposure[] = [];
  for (const n of notices) {
    if (n.kind !== 'exposure') continue;
    for (const w of n.windows) {
      const from = Date.parse(w.from);
      const until = Date.parse(w.until);
      for (const t of n.targets) {
        if ('venueId' in t) out.push({ kind: 'venue', venueId: t.venueId.toUpperCase(), from, until });
        else if ('plate' in t) out.push({ kind: 'taxi', plate: displayPlate(t.plate), from, until });
        else if ('building' in t) out.push({ kind: 'building', building: t.building, from, until });
      }
    }
  }
  return out;
}
