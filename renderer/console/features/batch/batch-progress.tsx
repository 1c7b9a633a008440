/** A running batch: a real progress bar with done / total, rate and time left, and Cancel. */
import { BiText } from '../../../common/components/bi-text';
import { T, type Bi } from '../../../common/i18n';
import { formatCount, formatDuration, type BatchStatus } from './batch-format';

const PHASE: Record<string, Bi> = {
  starting: T.phaseStarting,
  generating: T.phaseGenerating,
  saving: T.phaseSaving,
  done: T.phaseSaving,
};

/** The progress card body for a job still running (the card's heading, #job-title, labels the bar). */
export function BatchProgress({ status, cancelling, onCancel }: { status: BatchStatus; cancelling: boolean; onCancel: () => void }) {
  const { done, total, rate, secondsLeft, phase } = status;
  const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
  const left = formatDuration(secondsLeft);
  return (
    <div className="batch-progress" data-testid="batch-progress" data-phase={phase}>
      <p className="progress-phase" role="status" aria-live="polite">
        <BiText t={PHASE[phase] ?? T.phaseGenerating} />
      </p>
      <progress className="progress" value={done} max={Math.max(total, 1)} aria-labelledby="job-title" data-testid="progress-bar">
        {percent}%
      </progress>
      <div className="progress-figures">
        <span className="progress-count" data-testid="progress-count">
          <strong>{formatCount(done)}</strong> / {formatCount(total)} <span className="muted">({percent}%)</span>
        </span>
        <span data-testid="progress-rate">
          {rate > 0 ? (
            <>
              <strong>{formatCount(rate)}</strong> <BiText t={T.perSecond} />
            </>
          ) : (
            <span className="muted">—</span>
          )}
        </span>
        <span data-testid="progress-left">
          {rate > 0 && phase === 'generating' ? (
            <>
              <span lang="en">
                <strong>{left.en}</strong> {T.timeLeft.en}
              </span>{' '}
              <span lang="zh-HK">
                {T.timeLeft.zh} <strong>{left.zh}</strong>
              </span>
            </>
          ) : (
            <span className="muted">—</span>
          )}
        </span>
      </div>
      <div className="button-row">
        <button type="button" className="btn btn-danger-outline" onClick={onCancel} disabled={cancelling}>
          <BiText t={cancelling ? T.cancelling : T.cancel} />
        </button>
      </div>
    </div>
  );
}
