/** The desk log's queries use their indexes: the whole-log summary walks the covering index with no sort (migration 9). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureStatements, queryPlan } from '../../helpers/db-query-plan';
import { openTestServices } from '../../helpers/temp-services';

let env: ReturnType<typeof openTestServices>;
beforeEach(() => {
  env = openTestServices();
});
afterEach(() => env.cleanup());

const planOf = (run: () => unknown, match: RegExp): string => {
  const capture = captureStatements(env.services.db);
  try {
    run();
  } finally {
    capture.stop();
  }
  const stmt = capture.statements.find((s) => match.test(s.sql));
  if (!stmt) throw new Error(`no statement matching ${match}`);
  return queryPlan(env.services.db, stmt.sql, stmt.params);
};

describe('desk log query plans', () => {
  it('the whole-log summary walks the covering index, no temporary sort', () => {
    const plan = planOf(() => env.services.desk.deskLog.summary(), /GROUP BY venue_id, verdict, hk_hour/);
    expect(plan).toMatch(/USING COVERING INDEX desk_scans_by_venue_verdict_hour/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });

  it("today's counts and the erasure use the time index", () => {
    expect(planOf(() => env.services.desk.deskLog.todayCounts('TEAHVSE2N'), /scanned_at >= \?/)).toMatch(/desk_scans_by_time/);
    expect(planOf(() => env.services.desk.deskLog.erase(), /DELETE FROM desk_scans/)).toMatch(/desk_scans_by_time/);
  });
});
