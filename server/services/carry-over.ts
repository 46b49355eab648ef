import type { KeyResultDefinition } from '../../contract/key-results.js';
import type { Condition, PromiseDetail } from '../../contract/promises.js';
import { refuseKeyResult } from '../../core/scoring/index.js';
import { conflict } from '../errors.js';
import * as carried from '../store/carry-over.js';
import * as planning from '../store/cycles.js';
import { lockPromise } from '../store/locks.js';
import type { CyclesTable } from '../store/schema.js';
import { type MemberActor, requireWriter } from './authorization.js';
import { inTransaction, iso, type ServiceContext } from './context.js';
import { getCycle } from './cycles/cycles.js';
import { loadViewer, participation } from './parties.js';
import { requireCarryOverQuestion } from './promises/carried.js';
import { createPromise } from './promises/create-promise.js';
import { loadRecord } from './promises/records.js';
import { requireVisible } from './promises/visibility.js';

/** The cycle after `cycle` on its horizon: the first one that starts after it ends. */
function nextCycleOf(cycles: readonly CyclesTable[], cycle: CyclesTable): CyclesTable | undefined {
  return cycles
    .filter((c) => c.horizon_id === cycle.horizon_id && c.start_date > cycle.end_date && !c.archived_at)
    .sort((a, b) => a.start_date.localeCompare(b.start_date))[0];
}

/**
 * The key results of a carried promise start where the old one stood: each metric's latest value is
 * its new start. A start that would make the key result meaningless (already at a target it must
 * reach) keeps the old start, so that carrying never fails on a value.
 */
function carriedConditions(
  conditions: readonly Condition[],
  latest: ReadonlyArray<{ condition_id: string; value: string | null }>,
) {
  return conditions.map((condition) => {
    const value = latest.find((l) => l.condition_id === condition.id)?.value ?? null;
    const keyResult = condition.keyResult;
    if (keyResult?.kind !== 'metric' || value === null) return { text: condition.text, keyResult };
    const moved: KeyResultDefinition = { ...keyResult, start: value };
    return { text: condition.text, keyResult: refuseKeyResult(moved) ? keyResult : moved };
  });
}

/**
 * Carries an unfinished promise of a closed cycle into the next cycle on its horizon: a new promise
 * with the same customer, performers, title, concern, conditions (the key results starting at their
 * current values) and tags, due at the end of the next cycle, that cites the old one. The side that
 * carries it opens it (a request by the customer, an offer by the performer), so the other side
 * agrees to it anew. A promise is carried once: the promise lock and a unique index see to it.
 */
export async function carryOverPromise(
  ctx: ServiceContext,
  actor: MemberActor,
  promiseId: string,
): Promise<PromiseDetail> {
  requireWriter(actor);
  return inTransaction(ctx, async (tx) => {
    await lockPromise(tx.db, tx.dialect, actor.organizationId, promiseId);
    const record = await loadRecord(tx, actor.organizationId, promiseId);
    const viewer = await loadViewer(tx, actor);
    await requireVisible(tx, viewer, record);
    const who = participation(viewer, record);
    const cycle = await getCycle(tx, actor.organizationId, record.row.cycle_id);
    await requireCarryOverQuestion(tx, record, who, cycle);
    const next = nextCycleOf(await planning.listCycles(tx.db, actor.organizationId), cycle);
    if (!next) {
      throw conflict(
        `There is no cycle after ${cycle.name} on its horizon yet: create the next one, then carry the promise into it`,
      );
    }
    const latest = await carried.latestValuesOf(tx.db, actor.organizationId, promiseId);
    const terms = record.state.terms;
    return createPromise(tx, actor, {
      cycleId: next.id,
      customer: record.customer,
      performers: record.performers,
      title: terms.title,
      description: terms.description,
      conditions: carriedConditions(terms.conditions, latest),
      dueDate: next.end_date,
      tags: record.tags,
      open: who.moves.includes('customer') ? 'request' : 'offer',
      carriedFromId: record.row.id,
    });
  });
}

/** Leaves an unfinished promise of a closed cycle as it is: the question leaves this person's inbox. */
export async function leavePromiseAsItIs(ctx: ServiceContext, actor: MemberActor, promiseId: string) {
  requireWriter(actor);
  await inTransaction(ctx, async (tx) => {
    const record = await loadRecord(tx, actor.organizationId, promiseId);
    const viewer = await loadViewer(tx, actor);
    await requireVisible(tx, viewer, record);
    const cycle = await getCycle(tx, actor.organizationId, record.row.cycle_id);
    await requireCarryOverQuestion(tx, record, participation(viewer, record), cycle);
    await carried.insertDismissal(tx.db, {
      organization_id: actor.organizationId,
      promise_id: promiseId,
      person_id: actor.personId,
      at: iso(tx.now()),
    });
  });
}
