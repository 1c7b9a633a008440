/** Today's scans at this venue by verdict (no personal data): a glance for staff and managers. */
import { DESK_VERDICTS, type VerdictCounts } from '../../shared/health-code/desk-verdict';
import { BiText } from '../common/components/bi-text';
import { bi } from '../common/i18n';
import { ST, VERDICT_VIEW } from './scanner-text';

/** The counts as a row of labelled numbers. */
export function DeskCounter({ today }: { today: VerdictCounts }) {
  const total = DESK_VERDICTS.reduce((n, v) => n + today[v], 0);
  return (
    <section className="desk-counter" aria-label={bi(ST.today)}>
      <h2 className="eyebrow">
        <BiText t={ST.today} /> · <span data-testid="desk-total">{total}</span> <BiText t={ST.scans} />
      </h2>
      <ul>
        {DESK_VERDICTS.map((v) => (
          <li key={v} className={`count count-${VERDICT_VIEW[v].tone}`} data-testid={`count-${v}`}>
            <span aria-hidden="true">{VERDICT_VIEW[v].shape}</span> <BiText t={VERDICT_VIEW[v].word} /> <strong>{today[v]}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
