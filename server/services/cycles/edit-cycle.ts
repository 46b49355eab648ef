import type { Cycle, UpdateCycleBody } from '../../../contract/cycles.js';
import { validateCycle } from '../../../core/planning/index.js';
import { AppError, notFound } from '../../errors.js';
import * as planning from '../../store/cycles.js';
import { lockOrganization } from '../../store/locks.js';
import type { CyclesTable } from '../../store/schema.js';
import type { MemberActor } from '../authorization.js';
import { inTransaction, iso, type ServiceContext } from '../context.js';
import { enforce } from '../policies.js';
import { refreshCycleDueTimes } from '../standing.js';
import { getCycle, neighbourIn, presentCycle, refuseCycle } from './cycles.js';

const editableFields = 'name, startDate, endDate, checkInCadence or isArchived';

/**
 * Changes a cycle, each field by its own rule (the policy table's `rename`, `redate`, `edit` and
 * `archive`): all of them are checked before anything is written, so a refused field changes nothing.
 */
export async function updateCycle(
  ctx: ServiceContext,
  actor: MemberActor,
  id: string,
  input: UpdateCycleBody,
): Promise<Cycle> {
  const isRenamed = input.name !== undefined;
  const isRedated = input.startDate !== undefined || input.endDate !== undefined;
  if (!isRenamed && !isRedated && input.checkInCadence === undefined && input.isArchived === undefined) {
    throw new AppError('validation_failed', `Say what to change: ${editableFields}.`);
  }
  return inTransaction(ctx, async (tx) => {
    // Name and dates are checked against the whole calendar under the organization's lock, as a new
    // cycle is: two redates at once never both pass the overlap check.
    if (isRenamed || isRedated) await lockOrganization(tx.db, tx.dialect, actor.organizationId);
    let row = await getCycle(tx, actor.organizationId, id);
    const facts = { role: actor.role, state: row.state };
    if (isRenamed) enforce('cycle', 'rename', facts);
    if (isRedated) enforce('cycle', 'redate', facts);
    if (input.checkInCadence !== undefined) enforce('cycle', 'edit', facts);
    if (input.isArchived !== undefined) enforce('cycle', 'archive', facts);
    const horizons = await planning.listHorizons(tx.db, actor.organizationId);

    if (isRenamed || isRedated) {
      const frame = {
        name: input.name?.trim() ?? row.name,
        start_date: input.startDate ?? row.start_date,
        end_date: input.endDate ?? row.end_date,
      };
      await requireFrameFits(tx, actor.organizationId, row, frame, horizons);
      await planning.setCycleFrame(tx.db, actor.organizationId, id, frame);
      row = { ...row, ...frame };
    }
    const cadence = input.checkInCadence;
    if (cadence && cadence !== row.check_in_cadence) {
      await planning.setCheckInCadence(tx.db, actor.organizationId, id, cadence);
      row = { ...row, check_in_cadence: cadence };
    }
    if (isRedated || cadence) await refreshCycleDueTimes(tx, actor.organizationId, row);
    if (input.isArchived !== undefined && input.isArchived !== (row.archived_at !== null)) {
      const archivedAt = input.isArchived ? iso(tx.now()) : null;
      await planning.setCycleArchived(tx.db, actor.organizationId, id, archivedAt);
      row = { ...row, archived_at: archivedAt };
    }
    return presentCycle(row, horizons, actor.role);
  });
}

/**
 * A new name and dates must still fit the calendar (in the parent, no overlap on the horizon, no
 * cycle within left outside) and keep every promise of the cycle due within it.
 */
async function requireFrameFits(
  ctx: ServiceContext,
  organizationId: string,
  row: CyclesTable,
  frame: Pick<CyclesTable, 'name' | 'start_date' | 'end_date'>,
  horizons: Parameters<typeof neighbourIn>[0],
): Promise<void> {
  const cycles = await planning.listCycles(ctx.db, organizationId);
  const neighbour = neighbourIn(horizons);
  const parentRow = row.parent_id ? cycles.find((c) => c.id === row.parent_id) : undefined;
  const { horizon } = neighbour(row);
  refuseCycle(
    validateCycle(
      { id: row.id, name: frame.name, horizon, start: frame.start_date, end: frame.end_date },
      {
        parent: parentRow ? neighbour(parentRow) : null,
        siblings: cycles.filter((c) => c.horizon_id === row.horizon_id).map(neighbour),
        children: cycles.filter((c) => c.parent_id === row.id).map(neighbour),
      },
    ),
  );
  if (frame.start_date === row.start_date && frame.end_date === row.end_date) return;
  const dueOutside = await planning.countPromisesDueOutside(ctx.db, organizationId, row.id, {
    start: frame.start_date,
    end: frame.end_date,
  });
  if (dueOutside > 0) {
    throw new AppError(
      'conflict',
      `${dueOutside === 1 ? '1 promise' : `${dueOutside} promises`} of ${row.name} ${dueOutside === 1 ? 'is' : 'are'} due outside ${frame.start_date} to ${frame.end_date}; change their due dates first, or keep the dates around them.`,
    );
  }
}

/**
 * Deletes a cycle made by mistake: only an empty one (no promise, drafts included, and no cycle
 * within), since a cycle with promises is their record; a finished one is archived instead.
 */
export async function deleteCycle(ctx: ServiceContext, actor: MemberActor, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    // Under the calendar's lock, so that no cycle is created within it while it goes.
    await lockOrganization(tx.db, tx.dialect, actor.organizationId);
    const row = await planning.findCycle(tx.db, actor.organizationId, id);
    if (!row) throw notFound('Cycle');
    enforce('cycle', 'delete', { role: actor.role, state: row.state });
    const children = await planning.listChildCycles(tx.db, actor.organizationId, id);
    if (children.length > 0) {
      throw new AppError(
        'conflict',
        `${row.name} has cycles within it (${children.map((c) => c.name).join(', ')}); delete them first.`,
      );
    }
    if (await planning.hasPromises(tx.db, actor.organizationId, id)) {
      throw new AppError(
        'conflict',
        `${row.name} has promises (drafts count), and a cycle with promises is their record: it cannot be deleted. Archive it once it is closed.`,
      );
    }
    await planning.deleteCycle(tx.db, actor.organizationId, id);
  });
}
