/**
 * Test helpers for query plans: capture the statements code prepares (SQL and the parameters it ran them with),
 * and assert what `EXPLAIN QUERY PLAN` says about them — which index a query uses, or that it scans.
 */
import type { Db } from '../../services/db/open-database';

/** One statement as the code under test ran it. */
export interface CapturedStatement {
  sql: string;
  params: unknown[];
}

const RUNNERS = ['run', 'get', 'all', 'iterate'] as const;

/**
 * Records every statement prepared on `db` from now on, with the parameters of each run. Behaviour is unchanged:
 * `db.prepare` and the statements' run/get/all/iterate call through to better-sqlite3. `stop()` puts
 * `db.prepare` back (statements already prepared keep recording).
 */
export function captureStatements(db: Db): { statements: CapturedStatement[]; stop: () => void } {
  const statements: CapturedStatement[] = [];
  const hadOwn = Object.prototype.hasOwnProperty.call(db, 'prepare');
  const original = db.prepare;
  const prepare = (source: string): unknown => {
    const stmt = original.call(db, source) as unknown as Record<string, (...args: unknown[]) => unknown>;
    let bound: unknown[] | null = null;
    for (const name of RUNNERS) {
      const call = stmt[name] as (...args: unknown[]) => unknown;
      stmt[name] = (...params: unknown[]) => {
        statements.push({ sql: source, params: bound ?? params });
        return call.apply(stmt, params);
      };
    }
    const bind = stmt.bind as (...args: unknown[]) => unknown;
    stmt.bind = (...params: unknown[]) => {
      bound = params;
      return bind.apply(stmt, params);
    };
    return stmt;
  };
  (db as unknown as { prepare: unknown }).prepare = prepare;
  return {
    statements,
    stop: () => {
      if (hadOwn) (db as unknown as { prepare: unknown }).prepare = original;
      else delete (db as unknown as { prepare?: unknown }).prepare;
    },
  };
}

interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

/** `EXPLAIN QUERY PLAN` of `sql` with `params`, one line per step, children indented two spaces. */
export function queryPlan(db: Db, sql: string, params: readonly unknown[] = []): string {
  const rows = db.prepare<unknown[], PlanRow>(`EXPLAIN QUERY PLAN ${sql}`).all(...params);
  const depth = new Map<number, number>();
  return rows
    .map((r) => {
      const d = r.parent === 0 ? 0 : (depth.get(r.parent) ?? 0) + 1;
      depth.set(r.id, d);
      return `${'  '.repeat(d)}${r.detail}`;
    })
    .join('\n');
}

/** What a plan must show, and optionally what it must not. */
export interface PlanExpectation {
  /** Every pattern must match the plan text (lines joined with "\n"; use the `m` flag for ^ and $). */
  uses: RegExp | readonly RegExp[];
  /** No pattern may match. */
  not?: RegExp | readonly RegExp[];
}

const list = (p: RegExp | readonly RegExp[] | undefined): readonly RegExp[] => (p === undefined ? [] : p instanceof RegExp ? [p] : p);

/**
 * Asserts the plan of `sql` with `params`: throws, printing the SQL and the whole plan, unless every `uses`
 * pattern matches and no `not` pattern does. A bare RegExp is `{ uses: re }`. Returns the plan text.
 */
export function expectQueryPlan(db: Db, sql: string, params: readonly unknown[], expected: RegExp | PlanExpectation): string {
  const { uses, not } = expected instanceof RegExp ? { uses: expected, not: undefined } : expected;
  const plan = queryPlan(db, sql, params);
  const missing = list(uses).filter((re) => !re.test(plan));
  const present = list(not).filter((re) => re.test(plan));
  if (missing.length > 0 || present.length > 0) {
    const why = [...missing.map((re) => `expected ${re}`), ...present.map((re) => `did not expect ${re}`)].join('; ');
    throw new Error(`Query plan: ${why}\nSQL: ${sql.replace(/\s+/g, ' ').trim()}\nPlan:\n${plan}`);
  }
  return plan;
}
