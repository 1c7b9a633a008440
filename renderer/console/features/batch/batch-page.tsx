/**
 * The taxi fleet batch page: choose a CSV (dialog or drop), see what it holds and which rows are refused
 * before anything is written, pick a template, generate with live progress and Cancel, then open the result.
 */
import { useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../shared/errors';
import { BATCH_CSV_MAX_BYTES } from '../../../../shared/ipc/console-contract';
import { call } from '../../bridge';
import { BiText } from '../../../common/components/bi-text';
import { ErrorBanner } from '../../../common/components/error-banner';
import { CreateKeyButton } from '../../create-key-button';
import { StatusBanner } from '../../../common/components/status-banner';
import { Loading } from '../../../common/components/loading';
import { T } from '../../../common/i18n';
import { isRunning, type BatchStatus } from './batch-format';
import { BatchOptions, type Template } from './batch-options';
import { BatchOutcome } from './batch-outcome';
import { BatchPreview, type Preview } from './batch-preview';
import { BatchProgress } from './batch-progress';
import { CsvDropZone } from './csv-drop-zone';
import { CsvFormatHelp } from './csv-format-help';
import { useBatchJob } from './use-batch-job';

/** Where the running job's id is kept, so coming back to the page (or a reload) shows it again. */
const JOB_KEY = 'venue-console.batch-job';

type Chosen =
  | { state: 'none' }
  | { state: 'reading'; name: string }
  | { state: 'error'; name: string; error: AppError }
  | { state: 'ready'; name: string; preview: Preview };

const local = (en: string, zh: string): AppError => ({ code: 'validation', message: en, messageZh: zh });

/** A file's bytes as base64, unchanged: main detects the encoding (`file.text()` would turn Big5 into U+FFFD). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsDataURL(file);
  });
}

/** The page. */
export function BatchPage() {
  const [chosen, setChosen] = useState<Chosen>({ state: 'none' });
  const [job, setJob] = useState<BatchStatus | null>(null);
  const [resuming, setResuming] = useState(() => sessionStorage.getItem(JOB_KEY) !== null);
  const [template, setTemplate] = useState<Template>('sheet');
  const [manifest, setManifest] = useState(true);
  const [starting, setStarting] = useState(false);
  const [noSavePlace, setNoSavePlace] = useState(false);
  const [startError, setStartError] = useState<AppError | null>(null);
  // Only the newest file's preview is shown, however the answers arrive.
  const readSeq = useRef(0);

  useEffect(() => {
    const jobId = sessionStorage.getItem(JOB_KEY);
    if (!jobId) return;
    let live = true;
    void call('getBatchStatus', { jobId }).then((result) => {
      if (!live) return;
      if (result.ok) setJob(result.value);
      else sessionStorage.removeItem(JOB_KEY);
      setResuming(false);
    });
    return () => {
      live = false;
    };
  }, []);

  const choose = async (file: File) => {
    const seq = ++readSeq.current;
    setNoSavePlace(false);
    setStartError(null);
    const name = file.name;
    if (!/\.csv$/i.test(name) && file.type !== 'text/csv') {
      setChosen({ state: 'error', name, error: local(T.notCsv.en, T.notCsv.zh) });
      return;
    }
    if (file.size > BATCH_CSV_MAX_BYTES) {
      setChosen({ state: 'error', name, error: local(T.fileTooLarge.en, T.fileTooLarge.zh) });
      return;
    }
    setChosen({ state: 'reading', name });
    let csvBase64: string;
    try {
      csvBase64 = await readBase64(file);
    } catch {
      if (seq === readSeq.current) setChosen({ state: 'error', name, error: local(T.fileUnreadable.en, T.fileUnreadable.zh) });
      return;
    }
    if (seq !== readSeq.current) return;
    const result = await call('previewBatch', { csvBase64 });
    if (seq !== readSeq.current) return;
    // The page keeps only the preview: main holds the rows, and the start refers to them by the draft id.
    setChosen(result.ok ? { state: 'ready', name, preview: result.value } : { state: 'error', name, error: result.error });
  };

  const generate = async () => {
    if (chosen.state !== 'ready') return;
    setStarting(true);
    setNoSavePlace(false);
    setStartError(null);
    const result = await call('startBatch', { draftId: chosen.preview.draftId, template, manifest });
    setStarting(false);
    if (!result.ok) setStartError(result.error);
    else if (result.value === null) setNoSavePlace(true);
    else {
      sessionStorage.setItem(JOB_KEY, result.value.jobId);
      setJob(result.value);
    }
  };

  const startAnother = () => {
    sessionStorage.removeItem(JOB_KEY);
    readSeq.current++;
    setJob(null);
    setChosen({ state: 'none' });
    setNoSavePlace(false);
    setStartError(null);
  };

  const fileName = chosen.state === 'none' ? null : chosen.name;
  return (
    <section className="page" aria-labelledby="batch-title">
      <header className="page-header">
        <div>
          <h1 id="batch-title">
            <BiText t={T.batchTitle} />
          </h1>
          <p className="page-sub">
            <BiText t={T.batchSub} stack />
          </p>
        </div>
      </header>

      {resuming ? (
        <Loading />
      ) : job ? (
        <JobCard key={job.jobId} initial={job} fileName={fileName} onAnother={startAnother} />
      ) : (
        <div className="batch-steps">
          <section className="card" aria-labelledby="step-file">
            <h2 id="step-file">
              <span className="step-num">
                1
              </span>
              <BiText t={T.stepFile} />
            </h2>
            {fileName === null ? (
              <div className="choose-grid">
                <CsvDropZone onFile={(f) => void choose(f)} />
                <CsvFormatHelp />
              </div>
            ) : (
              <>
                <p className="chosen-file">
                  <span className="muted">
                    <BiText t={T.fileLabel} />:
                  </span>{' '}
                  <strong className="break" data-testid="file-name">
                    {fileName}
                  </strong>
                </p>
                <CsvDropZone onFile={(f) => void choose(f)} compact disabled={starting} />
                {chosen.state === 'reading' && (
                  <p className="loading" role="status">
                    <span className="spinner" aria-hidden="true" />
                    <BiText t={T.reading} />
                  </p>
                )}
                {chosen.state === 'error' && <ErrorBanner error={chosen.error} />}
                <details className="format-details" open={chosen.state === 'error'}>
                  <summary>
                    <BiText t={T.formatTitle} />
                  </summary>
                  <CsvFormatHelp titled={false} />
                </details>
              </>
            )}
          </section>

          {chosen.state === 'ready' && (
            <>
              <section className="card" aria-labelledby="step-check">
                <h2 id="step-check">
                  <span className="step-num">
                    2
                  </span>
                  <BiText t={T.stepCheck} />
                </h2>
                <BatchPreview preview={chosen.preview} template={template} />
              </section>
              <section className="card" aria-labelledby="step-generate">
                <h2 id="step-generate">
                  <span className="step-num">
                    3
                  </span>
                  <BiText t={T.stepGenerate} />
                </h2>
                <BatchOptions
                  valid={chosen.preview.valid}
                  pages={chosen.preview.pages}
                  template={template}
                  manifest={manifest}
                  starting={starting}
                  onTemplate={setTemplate}
                  onManifest={setManifest}
                  onGenerate={() => void generate()}
                />
                {noSavePlace && (
                  <StatusBanner>
                    <span data-testid="no-save-place">
                      <BiText t={T.noSavePlace} />
                    </span>
                  </StatusBanner>
                )}
                {startError && <ErrorBanner error={startError} onDismiss={() => setStartError(null)} />}
                {startError?.code === 'key-missing' && <CreateKeyButton onCreated={() => setStartError(null)} />}
              </section>
            </>
          )}
        </div>
      )}
    </section>
  );
}

function JobCard({ initial, fileName, onAnother }: { initial: BatchStatus; fileName: string | null; onAnother: () => void }) {
  const { status, cancelling, error, cancel, retry } = useBatchJob(initial);
  const running = isRunning(status);
  return (
    <section className="card batch-job" aria-labelledby="job-title">
      <h2 id="job-title">
        <BiText t={running ? T.progressLabel : T.result} />
      </h2>
      {fileName && (
        <p className="chosen-file">
          <span className="muted">
            <BiText t={T.fileLabel} />:
          </span>{' '}
          <strong className="break">{fileName}</strong>
        </p>
      )}
      {error && <ErrorBanner error={error} onRetry={retry} />}
      {running ? <BatchProgress status={status} cancelling={cancelling} onCancel={cancel} /> : <BatchOutcome status={status} onAnother={onAnother} />}
    </section>
  );
}
