/** Today's front-desk scans at this venue by verdict — counts only, no personal data. */
import { useEffect } from 'react';
import { DESK_VERDICTS } from '../../../../shared/health-code/desk-verdict';
import { BiText } from '../../../common/components/bi-text';
import { pair as s } from '../../../common/text-pair';
import { useCall } from '../../use-call';

const WORDS = {
  title: s('Front desk today', '今日前台'),
  none: s('No scans yet today.', '今日尚未有掃描。'),
  green: s('Green', '綠碼'),
  amber: s('Amber', '黃碼'),
  red: s('Red', '紅碼'),
  expired: s('Expired', '已過期'),
  'not-genuine': s('Not genuine', '並非真確'),
  'cannot-read': s('Cannot read', '無法讀取'),
  'cannot-verify': s('Cannot verify', '無法核實'),
} as const;

/** The counts card; refreshed every 30 s while the page is open. */
export function DeskToday({ venueId }: { venueId: string }) {
  const { data, reload } = useCall('getDeskCounts', { id: venueId });
  useEffect(() => {
    const timer = window.setInterval(reload, 30_000);
    return () => window.clearInterval(timer);
  }, [reload]);
  if (data.state !== 'ok') return null;
  const total = DESK_VERDICTS.reduce((n, v) => n + data.value[v], 0);
  return (
    <section className="card desk-today" aria-labelledby="desk-today-title" data-testid="desk-today">
      <h2 id="desk-today-title">
        <BiText t={WORDS.title} /> · {total}
      </h2>
      {total === 0 ? (
        <p className="muted">
          <BiText t={WORDS.none} />
        </p>
      ) : (
        <dl className="desk-today-counts">
          {DESK_VERDICTS.filter((v) => data.value[v] > 0).map((v) => (
            <div key={v}>
              <dt>
                <BiText t={WORDS[v]} />
              </dt>
              <dd data-testid={`desk-today-${v}`}>{data.value[v]}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
