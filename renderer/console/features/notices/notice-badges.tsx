/** A notice's severity (colour, icon and word: never colour alone), its kind, its state and "Corrected". */
import type { NoticeKind, NoticeSeverity } from '../../../../shared/notices/notice';
import type { NoticeState } from '../../../../shared/notices/notice-view';
import { BiText } from '../../../common/components/bi-text';
import { KIND, NOTICES_TEXT as N, SEVERITY, STATE } from '../../../common/i18n-notices';

/** The severity as a coloured badge with an icon and its words. */
export function SeverityBadge({ severity }: { severity: NoticeSeverity }) {
  const { label, icon } = SEVERITY[severity];
  return (
    <span className={`badge sev sev-${severity}`} data-testid="severity">
      <span className="sev-icon" aria-hidden="true">
        {icon}
      </span>
      <BiText t={label} />
    </span>
  );
}

/** The kind in words. */
export function KindLabel({ kind }: { kind: NoticeKind }) {
  return (
    <span className="notice-kind" data-testid="kind">
      <BiText t={KIND[kind]} />
    </span>
  );
}

/** The operator's state of a notice: new (needs acknowledging), acknowledged or withdrawn. */
export function NoticeStateBadge({ state }: { state: NoticeState }) {
  return (
    <span className={`badge notice-state notice-state-${state}`} data-testid="notice-state">
      {state === 'new' && (
        <span className="sev-icon" aria-hidden="true">
          ●
        </span>
      )}
      <BiText t={STATE[state]} />
    </span>
  );
}

/** "Corrected": a later revision of a notice received before. */
export function CorrectedBadge() {
  return (
    <span className="badge notice-corrected" data-testid="corrected">
      <span className="sev-icon" aria-hidden="true">
        ✎
      </span>
      <BiText t={N.corrected} />
    </span>
  );
}
