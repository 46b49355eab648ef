import { sql } from 'kysely';
import { type DashboardScope, inScope, withStanding } from './dashboard.js';
import type { Db } from './database.js';

/**
 * A cycle review's figures over the standings (0007): the final score of a promise is the one its
 * customer's latest assessment recorded, or before any its score now.
 */
export async function summarizeReview(
  db: Db,
  scope: DashboardScope,
  statuses: { kept: readonly string[]; ended: readonly string[] },
) {
  const finalScore = sql<
    number | null
  >`case when s.assessed_at is not null then s.assessment_score else s.score end`;
  const [kept, ended, byStatus] = await Promise.all([
    withStanding(db, scope, statuses.kept)
      .select((eb) => [
        eb.fn.countAll<number>().as('n'),
        eb.fn.sum<number | null>(finalScore).as('total'),
        eb.fn.count<number>(finalScore).as('scored'),
        eb.fn
          .sum<number | null>(sql`case when pr.status = 'satisfied' and s.is_satisfied = 1 then 1 else 0 end`)
          .as('satisfied'),
      ])
      .executeTakeFirstOrThrow(),
    inScope(db, scope, statuses.ended)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    withStanding(db, scope, statuses.kept)
      .select((eb) => [
        'pr.status',
        's.is_satisfied',
        eb.fn.countAll<number>().as('n'),
        eb.fn.count<number>('s.assessed_at').as('assessed'),
      ])
      .groupBy(['pr.status', 's.is_satisfied'])
      .execute(),
  ]);
  return {
    keptTotal: Number(kept.n),
    scoreTotal: Number(kept.total ?? 0),
    scored: Number(kept.scored),
    satisfied: Number(kept.satisfied ?? 0),
    endedTotal: Number(ended.n),
    /** The kept promises by status and their latest assessment's word (null before any). */
    byStatus: byStatus.map((r) => ({
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
