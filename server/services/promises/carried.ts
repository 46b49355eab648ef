import type { CarriedPromise } from '../../../contract/promises.js';
import { isUnfinished } from '../../../core/policies/index.js';
import type { Participation } from '../../../core/promises/index.js';
import { conflict, forbidden } from '../../errors.js';
import * as carried from '../../store/carry-over.js';
import type { CyclesTable } from '../../store/schema.js';
import type { ServiceContext } from '../context.js';
import type { PromiseRecord } from './records.js';

/**
 * When a cycle has closed, each side of an unfinished promise (opened, not final) decides what
 * becomes of it: carry it into the next cycle on its horizon, end it (the `end` move, in make-move),
 * or leave it as it is. These are the refusals all three share, each a clear 403 or 409.
 */
export async function requireCarryOverQuestion(
  ctx: ServiceContext,
  record: PromiseRecord,
  who: Pick<Participation, 'moves'>,
  cycle: CyclesTable,
): Promise<void> {
  if (who.moves.length === 0) {
    throw forbidden(
      'Only the customer or the performer of the promise (a team through its leads) decides what becomes of it once its cycle has closed',
    );
  }
  if (cycle.state !== 'closed') {
    throw conflict(
      `${cycle.name} is not closed: a promise is carried over, ended or left only once its cycle has closed. Until then, withdraw or revoke it`,
    );
  }
  if (!isUnfinished(record.state.status)) {
    throw conflict(
      record.state.status === 'draft'
        ? 'A draft of a closed cycle was never opened: draft it again in the next cycle'
        : `The promise is ${record.state.status}: only an unfinished promise is carried over, ended or left`,
    );
  }
  const into = await carriedInto(ctx, record.row.organization_id, record.row.id);
  if (into) throw conflict(`The promise was already carried into "${into.title}" in ${into.cycle.name}`);
}

/** The promise that carries `promiseId` over, if any. */
export async function carriedInto(
  ctx: ServiceContext,
  organizationId: string,
  promiseId: string,
): Promise<CarriedPromise | null> {
  const [row] = await carried.findCarriedInto(ctx.db, organizationId, [promiseId]);
  return row ? presentCarried(row) : null;
}

/** The promise of a closed cycle that `record` carries over, if it does. */
export async function carriedFrom(
  ctx: ServiceContext,
  record: PromiseRecord,
): Promise<CarriedPromise | null> {
  if (!record.row.carried_from_id) return null;
  const row = await carried.findCarriedPromise(
    ctx.db,
    record.row.organization_id,
    record.row.carried_from_id,
  );
  return row ? presentCarried(row) : null;
}

function presentCarried(row: {
  id: string;
  title: string;
  status: string;
  cycle_id: string;
  cycle_name: string;
}): CarriedPromise {
  return {
    id: row.id,
    title: row.title,
    status: row.status as CarriedPromise['status'],
    cycle: { id: row.cycle_id, name: row.cycle_name },
  };
}
