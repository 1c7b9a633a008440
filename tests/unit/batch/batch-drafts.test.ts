import { describe, expect, it } from 'vitest';
import { consoleContract } from '../../../shared/ipc/console-contract';
import { AppFailure } from '../../../shared/errors';
import { BatchDrafts, DRAFT_TTL_MS, MAX_DRAFTS } from '../../../services/batch/batch-drafts';
import { readFleetCsv } from '../../../services/batch/fleet-csv';

const csv = (plates: string[]) => readFleetCsv(`plate\r\n${plates.join('\r\n')}\r\n`);
const code = (fn: () => unknown): string => {
  try {
    fn();
    return 'none';
  } catch (error) {
    return error instanceof AppFailure ? error.appError.code : 'other';
  }
};

describe('batch drafts: the fleet CSV crosses IPC once', () => {
  it('startBatch takes a draft id, never the file again', () => {
    const shape = consoleContract.channels.startBatch.request.shape;
    expect(Object.keys(shape).sort()).toEqual(['draftId', 'manifest', 'template']);
    expect(Object.keys(consoleContract.channels.previewBatch.response.shape)).toContain('draftId');
  });

  it('keeps a previewed CSV under an unguessable id until it is dropped or expires', () => {
    let now = 1_000_000;
    const drafts = new BatchDrafts(() => now);
    const a = csv(['LG1234']);
    const id = drafts.put(a);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(drafts.get(id)).toBe(a);
    now += DRAFT_TTL_MS - 1;
    expect(drafts.get(id)).toBe(a);
    now += 2;
    expect(code(() => drafts.get(id))).toBe('not-found');
    const b = drafts.put(csv(['AB12']));
    drafts.drop(b);
    expect(code(() => drafts.get(b))).toBe('not-found');
    expect(code(() => drafts.get('0'.repeat(32)))).toBe('not-found');
  });

  it(`holds at most ${MAX_DRAFTS} drafts: a new preview pushes out the oldest`, () => {
    const drafts = new BatchDrafts(() => 0);
    const ids = Array.from({ length: MAX_DRAFTS + 1 }, (_, i) => drafts.put(csv([`AB${i + 10}`])));
    expect(code(() => drafts.get(ids[0]!))).toBe('not-found');
    for (const id of ids.slice(1)) expect(drafts.get(id).rows.length).toBe(1);
  });
});
