/**
 * Fleet CSVs read for a preview, kept in main until the operator starts the batch: the page sends the file's text
 * once (to preview) and then refers to it by a draft id, so the CSV crosses IPC once and the batch runs on exactly
 * the rows the operator saw. A few drafts are kept, each for a limited time.
 */
import { randomBytes } from 'node:crypto';
import { fail } from '../../shared/errors';
import type { FleetCsv } from './fleet-csv';

/** Drafts kept at once (a new preview pushes out the oldest). */
export const MAX_DRAFTS = 3;
/** How long a draft lasts after its preview. */
export const DRAFT_TTL_MS = 60 * 60 * 1000;

/** The previewed CSVs of one window. */
export class BatchDrafts {
  private readonly drafts = new Map<string, { csv: FleetCsv; at: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Keeps a read CSV; returns its draft id (32 hex characters). */
  put(csv: FleetCsv): string {
    this.prune();
    while (this.drafts.size >= MAX_DRAFTS) this.drafts.delete(this.drafts.keys().next().value as string);
    const id = randomBytes(16).toString('hex');
    this.drafts.set(id, { csv, at: this.now() });
    return id;
  }

  /** The CSV of a draft; a missing or expired one is a bilingual `not-found`. */
  get(id: string): FleetCsv {
    this.prune();
    const draft = this.drafts.get(id);
    if (!draft) {
      fail('not-found', 'The previewed file is no longer held (it expired or another file was previewed). Choose the file again.', '預覽的檔案已不再保留（已逾時或已預覽另一個檔案）。請重新選擇檔案。');
    }
    return draft.csv;
  }

  /** Forgets a draft (its batch has started). */
  drop(id: string): void {
    this.drafts.delete(id);
  }

  private prune(): void {
    const oldest = this.now() - DRAFT_TTL_MS;
    for (const [id, draft] of this.drafts) if (draft.at < oldest) this.drafts.delete(id);
  }
}
