/** A refused feed is explained in English and in Chinese — the Chinese line carries no English detail. */
import { describe, expect, it } from 'vitest';
import { feedRefusal } from '../../../services/notices/feed-refusal';

const DETAILS = {
  malformed: 'signed.notices.0.id: an id is 1–64 letters',
  'wrong-key': "not signed by the authority's notices key valid at that time; signed by 0123456789abcdef (the operators key)",
  'bad-signature': "the notices key's signature does not match the document",
  rollback: 'feed version 3 is older than the version 5 already verified',
  equivocation: 'feed version 5 was already received with different content',
  'root-expired': 'the pinned authority root expired at 2026-01-01T00:00:00Z',
  'future-dated': "the feed is dated 2030-01-01T00:00:00Z, later than this computer's clock",
} as const;

describe('feedRefusal', () => {
  it.each(Object.entries(DETAILS))('%s: English with the detail, Chinese without English words', (problem, detail) => {
    const e = feedRefusal(problem as keyof typeof DETAILS, detail);
    expect(e.code).toBe('feed-refused');
    expect(e.message).toContain(detail);
    expect(e.messageZh).toMatch(/[\u4e00-\u9fff]/);
    expect(e.messageZh).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('rollback and equivocation keep their version numbers in Chinese', () => {
    expect(feedRefusal('rollback', DETAILS.rollback).messageZh).toContain('版本 3 比已核實的版本 5 舊');
    expect(feedRefusal('equivocation', DETAILS.equivocation).messageZh).toContain('版本 5');
  });
});
