/** The notices feed's address and polling period (in `settings`), checked when set; watchers hear of changes. */
import type { Db } from '../db/open-database';
import { checkFeedUrl, checkPollMinutes, DEFAULT_POLL_MINUTES } from './feed-url';
import { FEED_URL_KEY, POLL_MINUTES_KEY, type NoticeStatements } from './notice-store';

/** The feed settings over one database. */
export class FeedSettings {
  private readonly watchers = new Set<() => void>();

  constructor(
    private readonly db: Db,
    private readonly stmt: NoticeStatements,
  ) {}

  /** The configured feed URL, or null. */
  url(): string | null {
    return this.stmt.setting.get(FEED_URL_KEY)?.value ?? null;
  }

  /** The configured polling period in minutes. */
  pollMinutes(): number {
    const value = Number(this.stmt.setting.get(POLL_MINUTES_KEY)?.value);
    return Number.isInteger(value) && value >= 1 && value <= 1440 ? value : DEFAULT_POLL_MINUTES;
  }

  /** Checks and saves both (an empty URL clears it), then tells the watchers. */
  set(feed: { url: string | null; pollMinutes: number }): void {
    const url = feed.url === null || feed.url.trim() === '' ? null : checkFeedUrl(feed.url);
    const minutes = checkPollMinutes(feed.pollMinutes);
    this.db.transaction(() => {
      if (url === null) this.stmt.dropSetting.run(FEED_URL_KEY);
      else this.stmt.putSetting.run(FEED_URL_KEY, url);
      this.stmt.putSetting.run(POLL_MINUTES_KEY, String(minutes));
    })();
    for (const watcher of this.watchers) watcher();
  }

  /** Calls `watcher` after a change; returns an unsubscribe. */
  watch(watcher: () => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }
}
