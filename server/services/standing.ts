import type { Condition } from '../../contract/promises.js';
import type { PromiseState } from '../../core/promises/index.js';
import { type Cadence, type CheckInStatus, nextDueOf, scoreConditions } from '../../core/scoring/index.js';
import { notFound } from '../errors.js';
import * as standings from '../store/standings.js';
import { inTransaction, type ServiceContext } from './context.js';

/**
 * Keeps each promise's standing (score, latest values, latest check-in, next check-in due: migration
 * 0007) current. Every write that changes one calls in here inside its own transaction, so a reader
 * never sees a write without its standing.
 */

/** After a promise is made or its state or terms change: its standing from its own history. */
export async function refreshStanding(ctx: ServiceContext, organizationId: string, promiseId: string) {
  await standings.refreshStandings(ctx.db, ctx.dialect, organizationId, [promiseId]);
}

export type CheckInLock = NonNullable<Awaited<ReturnType<typeof standings.lockStandingForCheckIn>>>;

/**
 * Before a check-in is written: takes the promise's standing for this transaction, so that concurrent
 * check-ins on one promise are recorded one after the other. Take it before reading the clock, so
 * that their times follow the order they are recorded in.
 */
export async function lockForCheckIn(
  ctx: ServiceContext,
  organizationId: string,
  promiseId: string,
): Promise<CheckInLock> {
  const facts = await standings.lockStandingForCheckIn(ctx.db, ctx.dialect, organizationId, promiseId);
  // Every promise has a standing from its making: none means no such promise.
  if (!facts) throw notFound('Promise');
  return facts;
}

/** After a check-in is written: its values become the latest, and the score and due time follow. */
export async function recordCheckInStanding(
  ctx: ServiceContext,
  state: PromiseState<Condition>,
  facts: CheckInLock,
  checkIn: {
    organizationId: string;
    promiseId: string;
    id: string;
    at: string;
    status: CheckInStatus;
    confidence: number;
    values: ReadonlyArray<{ conditionId: string; value: string | null; done: number | null }>;
  },
): Promise<void> {
  await standings.recordCheckIn(ctx.db, checkIn, facts, (latest) => ({
    score: scoreConditions(
      state.terms.conditions,
      latest.map((v) => ({
        conditionId: v.condition_id,
        at: v.at,
        value: v.value !== null ? String(v.value) : v.done === 1,
      })),
    ).score,
    nextCheckInDue: nextDueOf(
      { status: state.status, agreedAt: facts.agreed_at, lastCheckInAt: checkIn.at },
      { start: facts.start_date, cadence: facts.check_in_cadence as Cadence },
    ),
  }));
}

/** After a cycle's cadence changes: when each promise it holds next owes a check-in. */
export async function refreshCycleDueTimes(
  ctx: ServiceContext,
  organizationId: string,
  cycle: { id: string; start_date: string; check_in_cadence: Cadence },
): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const owing = await standings.listDueInCycle(tx.db, organizationId, cycle.id);
    for (const row of owing) {
      const due = nextDueOf(
        { status: 'promised', agreedAt: row.agreed_at, lastCheckInAt: row.last_check_in_at },
        { start: cycle.start_date, cadence: cycle.check_in_cadence },
      );
      await standings.setNextCheckInDue(tx.db, organizationId, row.promise_id, due);
    }
  });
}
