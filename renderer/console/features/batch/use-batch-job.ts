/** Follows a running batch: polls its status every ~200 ms until it ends, and cancels it on request. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../bridge';
import { isRunning, type BatchStatus } from './batch-format';

/** How often a running job is polled. */
export const POLL_MS = 200;

/** The live status of the job `initial` describes (use one hook instance per job id). */
export function useBatchJob(initial: BatchStatus): {
  status: BatchStatus;
  cancelling: boolean;
  error: AppError | null;
  cancel: () => void;
  retry: () => void;
} {
  const [status, setStatus] = useState(initial);
  const [cancelling, setCancelling] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [tick, setTick] = useState(0);
  // The newest status wins: a poll answered after the job ended (or after cancel returned) is dropped.
  const ended = useRef(!isRunning(initial));
  const jobId = initial.jobId;

  const accept = useCallback((next: BatchStatus) => {
    if (next.jobId !== jobId || ended.current) return;
    if (!isRunning(next)) ended.current = true;
    setStatus(next);
  }, [jobId]);

  const running = isRunning(status);
  useEffect(() => {
    if (!running || error) return;
    let live = true;
    // One request at a time: the next poll is scheduled only when this one has answered and re-rendered.
    const timer = window.setTimeout(() => {
      void call('getBatchStatus', { jobId }).then((result) => {
        if (!live) return;
        if (result.ok) accept(result.value);
        else setError(result.error);
      });
    }, POLL_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [jobId, running, error, status, tick, accept]);

  const cancel = useCallback(() => {
    setCancelling(true);
    void call('cancelBatch', { jobId }).then((result) => {
      setCancelling(false);
      if (result.ok) accept(result.value);
      else setError(result.error);
    });
  }, [jobId, accept]);

  const retry = useCallback(() => {
    setError(null);
    setTick((t) => t + 1);
  }, []);

  return { status, cancelling, error, cancel, retry };
}
