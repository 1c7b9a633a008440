/**
 * A background job: work that runs now and then (polling a feed, erasing old records) with a start, a stop
 * and a next run. The composition root starts jobs and stops them on quit; tests drive them with fake timers.
 */

/** The timer facilities a job needs; {@link systemTimers} in the app, a fake in tests. */
export interface JobTimers {
  now: () => number;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

/** Real timers. The handle is unref'd so a pending job never keeps a CLI process alive. */
export const systemTimers: JobTimers = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const handle = setTimeout(fn, ms);
    (handle as { unref?: () => void }).unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** What a job is asked to do, and how often. */
export interface JobSpec {
  /** A short name for logs, e.g. `notices-feed`. */
  name: string;
  /** Milliseconds between the end of one run and the start of the next. */
  intervalMs: number;
  /** Runs once at start (default) or only after the first interval. */
  runAtStart?: boolean;
  /** The work. A rejection is reported to `onError` and the job keeps its schedule. */
  run: (signal: AbortSignal) => Promise<void> | void;
  /** Called with a failure of `run`; defaults to logging it. */
  onError?: (error: unknown) => void;
}

/** A running (or stopped) background job. */
export interface BackgroundJob {
  readonly name: string;
  /** Starts the schedule; a second call does nothing. */
  start: () => void;
  /** Stops the schedule, aborts a run in progress and waits for it to settle. */
  stop: () => Promise<void>;
  /** Runs now (outside the schedule, once at a time) and reschedules the next run after it. */
  runNow: () => Promise<void>;
  /** When the next run is due (epoch ms), or null when stopped or running. */
  nextRunAt: () => number | null;
  /** Whether the job is started. */
  isRunning: () => boolean;
  /** How many runs have finished (successfully or not). */
  runs: () => number;
}

/** Makes a job from its spec; nothing happens until `start()`. */
export function createJob(spec: JobSpec, timers: JobTimers = systemTimers): BackgroundJob {
  let started = false;
  let handle: unknown = null;
  let dueAt: number | null = null;
  let current: Promise<void> | null = null;
  let controller: AbortController | null = null;
  let finished = 0;
  const onError = spec.onError ?? ((error: unknown) => console.error(`[job ${spec.name}]`, error));

  const schedule = (delay: number) => {
    if (!started) return;
    if (handle !== null) timers.clearTimeout(handle);
    dueAt = timers.now() + delay;
    handle = timers.setTimeout(() => {
      handle = null;
      dueAt = null;
      void runOnce();
    }, delay);
  };

  const runOnce = (): Promise<void> => {
    if (current) return current;
    if (handle !== null) {
      timers.clearTimeout(handle);
      handle = null;
      dueAt = null;
    }
    controller = new AbortController();
    const signal = controller.signal;
    current = (async () => {
      // Yield first, so `current` is set before the body (and its `finally`) can run.
      await null;
      try {
        await spec.run(signal);
      } catch (error) {
        if (!signal.aborted) onError(error);
      } finally {
        finished += 1;
        current = null;
        controller = null;
        schedule(spec.intervalMs);
      }
    })();
    return current;
  };

  return {
    name: spec.name,
    start: () => {
      if (started) return;
      started = true;
      if (spec.runAtStart === false) schedule(spec.intervalMs);
      else void runOnce();
    },
    stop: async () => {
      started = false;
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
      dueAt = null;
      controller?.abort();
      await current;
    },
    runNow: () => runOnce(),
    nextRunAt: () => dueAt,
    isRunning: () => started,
    runs: () => finished,
  };
}
