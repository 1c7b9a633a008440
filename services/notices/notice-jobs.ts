/**
 * The notices service's background work: polling the feed every `pollMinutes` while an address is set
 * (rescheduled when Settings change it), and erasing expired notices every hour. Started by the app, never
 * by the CLI; failures are already recorded in the feed's status, so a failed poll only waits for the next.
 */
import { createJob, systemTimers, type BackgroundJob, type JobTimers } from '../jobs/background-job';
import type { NoticeService } from './notice-service';

/** How often expired notices are erased. */
export const ERASE_INTERVAL_MS = 3_600_000;

/** The poll and erasure jobs of one notices service. */
export class NoticeJobs {
  private poll: BackgroundJob | null = null;
  private readonly eraser: BackgroundJob;
  private started = false;
  private unwatch: (() => void) | null = null;

  constructor(
    private readonly service: NoticeService,
    private readonly timers: JobTimers = systemTimers,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {
    this.eraser = createJob({ name: 'notices-erase', intervalMs: ERASE_INTERVAL_MS, run: () => void service.erase(), onError }, timers);
  }

  private makePoll(): BackgroundJob | null {
    if (this.service.feedUrl() === null) return null;
    return createJob(
      { name: 'notices-feed', intervalMs: this.service.pollMinutes() * 60_000, run: async (signal) => void (await this.service.fetchNow(undefined, signal)), onError: this.onError },
      this.timers,
    );
  }

  /** Starts both jobs (the poll only while an address is set); a second call does nothing. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.eraser.start();
    this.poll = this.makePoll();
    this.poll?.start();
    this.unwatch = this.service.watchFeedSettings(() => void this.reschedule());
  }

  /** Stops both jobs and waits for a run in progress. */
  async stop(): Promise<void> {
    this.started = false;
    this.unwatch?.();
    this.unwatch = null;
    const poll = this.poll;
    this.poll = null;
    await Promise.all([this.eraser.stop(), poll?.stop()]);
  }

  /** Replaces the poll job after the address or period changed (polls at once with the new settings). */
  async reschedule(): Promise<void> {
    if (!this.started) return;
    const old = this.poll;
    this.poll = this.makePoll();
    await old?.stop();
    if (this.started) this.poll?.start();
  }

  /** The poll job, or null while no address is set. */
  pollJob(): BackgroundJob | null {
    return this.poll;
  }

  /** The erasure job. */
  eraseJob(): BackgroundJob {
    return this.eraser;
  }
}
