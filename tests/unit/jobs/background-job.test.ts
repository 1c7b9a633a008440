import { describe, expect, it } from 'vitest';
import { createJob, type JobTimers } from '../../../services/jobs/background-job';

/** Fake timers: time moves only when the test says so. */
function fakeTimers(start = 1_000_000): JobTimers & { advance: (ms: number) => Promise<void>; pending: () => number } {
  let now = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const flush = () => new Promise<void>((r) => setImmediate(r));
  return {
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (id) => void timers.delete(id as number),
    pending: () => timers.size,
    advance: async (ms) => {
      const end = now + ms;
      for (;;) {
        await flush();
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
      }
      now = end;
      await flush();
    },
  };
}

describe('background job', () => {
  it('runs at start, then every interval after the previous run ends, and stops', async () => {
    const timers = fakeTimers();
    const ranAt: number[] = [];
    const job = createJob({ name: 'poll', intervalMs: 600_000, run: () => void ranAt.push(timers.now()) }, timers);
    expect(job.isRunning()).toBe(false);
    await timers.advance(10 * 600_000);
    expect(ranAt).toEqual([]);
    job.start();
    await timers.advance(0);
    expect(ranAt).toEqual([timers.now()]);
    expect(job.nextRunAt()).toBe(timers.now() + 600_000);
    await timers.advance(3 * 600_000);
    expect(ranAt.length).toBe(4);
    expect(ranAt[3]! - ranAt[2]!).toBe(600_000);
    await job.stop();
    expect(job.nextRunAt()).toBeNull();
    expect(timers.pending()).toBe(0);
    await timers.advance(5 * 600_000);
    expect(ranAt.length).toBe(4);
    expect(job.runs()).toBe(4);
  });

  it('waits one interval first when asked, keeps its schedule after a failure, and reports the failure', async () => {
    const timers = fakeTimers();
    const errors: unknown[] = [];
    let calls = 0;
    const job = createJob(
      {
        name: 'flaky',
        intervalMs: 1000,
        runAtStart: false,
        run: () => {
          calls += 1;
          if (calls === 1) throw new Error('network down');
        },
        onError: (e) => errors.push(e),
      },
      timers,
    );
    job.start();
    await timers.advance(999);
    expect(calls).toBe(0);
    await timers.advance(1);
    expect(calls).toBe(1);
    expect(errors).toHaveLength(1);
    await timers.advance(1000);
    expect(calls).toBe(2);
    await job.stop();
  });

  it('stop aborts a run in progress and waits for it; runNow never overlaps a run', async () => {
    const timers = fakeTimers();
    let release: () => void = () => undefined;
    let aborted = false;
    let active = 0;
    let maxActive = 0;
    const job = createJob(
      {
        name: 'slow',
        intervalMs: 1000,
        run: (signal) =>
          new Promise<void>((resolve) => {
            active += 1;
            maxActive = Math.max(maxActive, active);
            signal.addEventListener('abort', () => {
              aborted = true;
              active -= 1;
              resolve();
            });
            release = () => {
              active -= 1;
              resolve();
            };
          }),
      },
      timers,
    );
    job.start();
    const second = job.runNow();
    await timers.advance(5000);
    expect(maxActive).toBe(1);
    release();
    await second;
    expect(job.runs()).toBe(1);
    void job.runNow();
    await timers.advance(0);
    await job.stop();
    expect(aborted).toBe(true);
    expect(job.isRunning()).toBe(false);
    expect(timers.pending()).toBe(0);
  });
});
