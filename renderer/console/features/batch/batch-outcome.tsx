/** How a batch ended: the report with Open PDF / Open manifest, or a cancelled or failed note. */
import { useState } from 'react';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../bridge';
import { BiText } from '../../../common/components/bi-text';
import { ErrorBanner } from '../../../common/components/error-banner';
import { CreateKeyButton } from '../../create-key-button';
import { StatusBanner } from '../../../common/components/status-banner';
import { Fact } from '../../../common/components/fact';
import { T, type Bi } from '../../../common/i18n';
import { formatCount, formatElapsed, type BatchStatus } from './batch-format';

/** The outcome card body for a finished, cancelled or failed job. */
export function BatchOutcome({ status, onAnother }: { status: BatchStatus; onAnother: () => void }) {
  const another = (
    <div className="button-row">
      <button type="button" className="btn" onClick={onAnother}>
        <BiText t={T.startAnother} />
      </button>
    </div>
  );
  if (status.phase === 'cancelled') {
    return (
      <div className="batch-outcome" data-testid="batch-cancelled">
        <StatusBanner>
          <BiText t={T.batchCancelled} stack />
        </StatusBanner>
        {another}
      </div>
    );
  }
  if (status.phase !== 'done' || !status.report) {
    const error: AppError = status.error ?? { code: 'internal', message: T.batchFailed.en, messageZh: T.batchFailed.zh };
    return (
      <div className="batch-outcome" data-testid="batch-failed">
        <ErrorBanner error={error} />
        <p className="muted small">
          <BiText t={T.batchFailed} stack />
        </p>
        {error.code === 'key-missing' && <MissingKey />}
        {another}
      </div>
    );
  }
  return <BatchReport status={status} report={status.report} onAnother={onAnother} />;
}

/** "Create signing key" under a batch that failed for want of one; then "Start another batch" runs it again. */
function MissingKey() {
  const [created, setCreated] = useState(false);
  return created ? (
    <StatusBanner kind="success">
      <BiText t={T.keyCreated} />
    </StatusBanner>
  ) : (
    <CreateKeyButton onCreated={() => setCreated(true)} />
  );
}

function BatchReport({ status, report, onAnother }: { status: BatchStatus; report: NonNullable<BatchStatus['report']>; onAnother: () => void }) {
  const [opening, setOpening] = useState<'pdf' | 'manifest' | null>(null);
  const [openError, setOpenError] = useState<AppError | null>(null);
  const [notOpened, setNotOpened] = useState(false);

  const open = async (which: 'pdf' | 'manifest') => {
    setOpening(which);
    setOpenError(null);
    setNotOpened(false);
    const result = await call('openBatchOutput', { jobId: status.jobId, which });
    setOpening(null);
    if (!result.ok) setOpenError(result.error);
    else if (!result.value.opened) setNotOpened(true);
  };

  const elapsed = formatElapsed(report.seconds);
  return (
    <div className="batch-outcome" data-testid="batch-report">
      <StatusBanner kind="success">
        <strong>
          <BiText t={T.doneTitle} />
        </strong>
      </StatusBanner>
      <dl className="facts report-facts">
        <Fact label={T.createdCount} testId="report-created" className="report-number">
          {formatCount(report.created)}
        </Fact>
        <Fact label={T.reusedCount} testId="report-reused" className="report-number">
          {formatCount(report.reused)}
        </Fact>
        <Fact label={T.rejectedCount} testId="report-rejected" className="report-number">
          {formatCount(report.rejected.length + report.rejectedNotShown)}
        </Fact>
        <Fact label={T.pagesLabel} testId="report-pages" className="report-number">
          {formatCount(report.pages)}
        </Fact>
        <Fact label={T.timeTaken} testId="report-seconds" className="report-number">
          <span lang="en">{elapsed.en}</span>
        </Fact>
      </dl>
      <dl className="facts report-files">
        <Fact label={T.pdfFile} className="mono break" testId="report-pdf">
          {report.pdf}
        </Fact>
        <Fact label={T.manifestFile} className={report.manifest ? 'mono break' : 'muted'} testId="report-manifest">
          {report.manifest ?? <BiText t={T.notSaved} />}
        </Fact>
      </dl>
      {report.warnings.length > 0 && <Warnings warnings={report.warnings} />}
      <div className="button-row">
        <button type="button" className="btn btn-primary" onClick={() => void open('pdf')} disabled={opening !== null}>
          <BiText t={T.openPdf} />
        </button>
        {report.manifest && (
          <button type="button" className="btn" onClick={() => void open('manifest')} disabled={opening !== null}>
            <BiText t={T.openManifest} />
          </button>
        )}
        <button type="button" className="btn btn-ghost" onClick={onAnother}>
          <BiText t={T.startAnother} />
        </button>
      </div>
      {notOpened && (
        <StatusBanner kind="warning">
          <BiText t={T.openFailed} stack />
        </StatusBanner>
      )}
      {openError && <ErrorBanner error={openError} onDismiss={() => setOpenError(null)} />}
    </div>
  );
}

/** A list of backend warnings in both languages. */
export function Warnings({ warnings }: { warnings: Bi[] }) {
  return (
    <div className="banner banner-warning" data-testid="batch-warnings">
      <div className="banner-body">
        <strong>
          <BiText t={T.warnings} />
        </strong>
        <ul className="banner-fields">
          {warnings.map((w, i) => (
            <li key={i}>
              <BiText t={w} />
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
