/** The notices list's filters: venue (among the venues notices concern), kind and state. */
import { NOTICE_KINDS, type NoticeKind } from '../../../../shared/notices/notice';
import type { NoticeFilter, NoticeSummary } from '../../../../shared/notices/notice-view';
import { BiText } from '../../../common/components/bi-text';
import { bi } from '../../../common/i18n';
import { KIND, NOTICES_TEXT as N, STATE } from '../../../common/i18n-notices';

/** The state filter's choices, in the order offered. */
const STATES = ['current', 'new', 'acknowledged', 'withdrawn', 'all'] as const;
type StateChoice = (typeof STATES)[number];

const stateWords = (s: StateChoice) => (s === 'current' ? N.stateCurrent : s === 'all' ? N.stateAll : STATE[s]);

/** The venues any notice concerns (each once, by id), for the venue filter. */
export function venuesOf(notices: NoticeSummary[]): { venueId: string; nameEn: string; nameZh: string }[] {
  const seen = new Map<string, { venueId: string; nameEn: string; nameZh: string }>();
  for (const n of notices) for (const v of n.venues) if (!seen.has(v.venueId)) seen.set(v.venueId, v);
  return [...seen.values()].sort((a, b) => a.venueId.localeCompare(b.venueId));
}

/** Three selects; each change answers the whole new filter. */
export function NoticeFilters({ filter, venues, onChange }: { filter: NoticeFilter; venues: { venueId: string; nameEn: string; nameZh: string }[]; onChange: (f: NoticeFilter) => void }) {
  const set = (patch: Partial<Record<keyof NoticeFilter, string>>) => {
    const next: Record<string, string | undefined> = { ...filter, ...patch };
    const clean: NoticeFilter = {};
    if (next.venueId) clean.venueId = next.venueId;
    if (next.kind) clean.kind = next.kind as NoticeKind;
    if (next.state && next.state !== 'current') clean.state = next.state as StateChoice;
    onChange(clean);
  };
  return (
    <div className="filters notice-filters">
      <div className="field">
        <label htmlFor="notice-venue">
          <BiText t={N.filterVenue} />
        </label>
        <select id="notice-venue" value={filter.venueId ?? ''} onChange={(e) => set({ venueId: e.target.value })}>
          <option value="">{bi(N.anyVenue)}</option>
          {venues.map((v) => (
            <option key={v.venueId} value={v.venueId}>
              {`${v.venueId} · ${bi({ en: v.nameEn, zh: v.nameZh })}`}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="notice-kind">
          <BiText t={N.filterKind} />
        </label>
        <select id="notice-kind" value={filter.kind ?? ''} onChange={(e) => set({ kind: e.target.value })}>
          <option value="">{bi(N.anyKind)}</option>
          {NOTICE_KINDS.map((k) => (
            <option key={k} value={k}>
              {bi(KIND[k])}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="notice-state">
          <BiText t={N.filterState} />
        </label>
        <select id="notice-state" value={filter.state ?? 'current'} onChange={(e) => set({ state: e.target.value })}>
          {STATES.map((s) => (
            <option key={s} value={s}>
              {bi(stateWords(s))}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
