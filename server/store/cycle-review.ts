import { sql } from 'kysely';
import { type DashboardScope, inScope } from './dashboard.js';
import type { Db } from './database.js';

/**
 * A cycle review's figures over the standings (0007), in one pass over the promises of the scope (the
 * covering index promises_cycle_status, and each one's standing) grouped by status and the customer's
 * latest word: the final score of a promise is the one its customer's latest assessment recorded, or
 * before any its score now.
 */
export async function summarizeReview(
  db: Db,
  scope: DashboardScope,
  statuses: { kept: readonly string[]; ended: readonly string[] },
) {
  const finalScore = sql<
    number | null
  >`case when s.assessed_at is not null then s.assessment_score else s.score end`;
  const groups = await inScope(db, scope, [...statuses.kept, ...statuses.ended])
    .leftJoin('promise_standings as s', (j) =>
      j.onRef('s.organization_id', '=', 'pr.organization_id').onRef('s.promise_id', '=', 'pr.id'),
    )
    .select((eb) => [
      'pr.status',
      's.is_satisfied',
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number | null>(finalScore).as('total'),
      eb.fn.count<number>(finalScore).as('scored'),
      eb.fn.count<number>('s.assessed_at').as('assessed'),
    ])
    .groupBy(['pr.status', 's.is_satisfied'])
    .execute();
  const kept = groups.filter((r) => statuses.kept.includes(r.status));
  const sum = (rows: typeof groups, of: (row: (typeof groups)[number]) => unknown) =>
    rows.reduce((total, row) => total + Number(of(row) ?? 0), 0);
  return {
    keptTotal: sum(kept, (r) => r.n),
    scoreTotal: sum(kept, (r) => r.total),
    scored: sum(kept, (r) => r.scored),
    satisfied: sum(
      kept.filter((r) => r.status === 'satisfied' && Number(r.is_satisfied) === 1),
      (r) => r.n,
    ),
    endedTotal: sum(
      groups.filter((r) => statuses.ended.includes(r.status)),
      (r) => r.n,
    ),
    /** The kept promises by status and their latest assessment's word (null before any). */
    byStatus: kept.map((r) => ({
      status: r.status,
      isSatisfied: r.is_satisfied === null ? null : Number(r.is_satisfied) === 1,
      count: Number(r.n),
      assessed: Number(r.assessed),
    })),
  };
}

/** One page of the promises of a scope in these statuses, soonest due first. */
export async function pageOfPromises(
  db: Db,
  scope: DashboardScope,
  statuses: readonly string[],
  page: { limit: number; offset: number },
): Promise<string[]> {
  const rows = await inScope(db, scope, statuses)
    .select('pr.id')
    .orderBy('pr.due_date')
    .orderBy('pr.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map((r) => r.id);
}
