/**
 * The full-screen verdict: colour, shape, word and line, never colour alone; the holder's initials and day/month
 * of birth on green and amber only; the reason on the grey verdicts; a live clock and a moving bar on every one.
 */
import type { z } from 'zod';
import type { scanResultSchema } from '../../shared/health-code/scan-result';
import { BiText } from '../common/components/bi-text';
import { bi } from '../common/i18n';
import { LiveClock } from './live-clock';
import { REASON_TEXT, ST, VERDICT_VIEW } from './scanner-text';

/** A verdict as the page shows it. */
export type ShownScan = z.output<typeof scanResultSchema>;

/** The verdict overlay; `onDone` resets the screen for the next visitor. */
export function VerdictScreen({ scan, onDone }: { scan: ShownScan; onDone: () => void }) {
  const view = VERDICT_VIEW[scan.verdict];
  const reason = scan.reason ? REASON_TEXT[scan.reason] : undefined;
  const grey = view.tone === 'grey';
  return (
    <section className={`verdict verdict-${view.tone}`} role="alert" aria-label={bi(view.word)} data-testid="verdict" data-verdict={scan.verdict}>
      <LiveClock label={bi(ST.liveClock)} />
      <div className="verdict-shape" aria-hidden="true">
        {view.shape}
      </div>
      <h2 className="verdict-word">
        <BiText t={view.word} stack />
      </h2>
      <p className="verdict-line">
        <BiText t={view.line} stack />
      </p>
      {scan.verdict === 'venue-code' && scan.venue && (
        <p className="verdict-detail" data-testid="verdict-venue">
          <span lang="en">{scan.venue.nameEn}</span> <span lang="zh-HK">{scan.venue.nameZh}</span>
        </p>
      )}
      {scan.holder && (
        <dl className="verdict-holder" data-testid="verdict-holder">
          <div>
            <dt>
              <BiText t={ST.initials} />
            </dt>
            <dd className="mono">{scan.holder.initials}</dd>
          </div>
          <div>
            <dt>
              <BiText t={ST.birth} />
            </dt>
            <dd className="mono">{scan.holder.birthDayMonth}</dd>
          </div>
        </dl>
      )}
      {scan.holder && (
        <p className="verdict-hint">
          <BiText t={ST.checkId} />
        </p>
      )}
      {grey && reason && (
        <p className="verdict-detail" data-testid="verdict-reason">
          <BiText t={reason} stack />
        </p>
      )}
      <button type="button" className="btn verdict-next" onClick={onDone}>
        <BiText t={ST.next} />
      </button>
    </section>
  );
}
