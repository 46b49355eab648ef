import type { Role } from '../../../contract/common.js';
import type { Cycle, Horizon } from '../../../contract/cycles.js';
import {
  type ClosedCycleWork,
  type Horizon as CoreHorizon,
  type CycleNeighbour,
  type CycleRefusal,
  defaultHorizons,
  refusalInCycle,
  validateCycle,
  validateHorizon,
} from '../../../core/planning/index.js';
import { can } from '../../../core/policies/index.js';
import { AppError, notFound } from '../../errors.js';
import * as planning from '../../store/cycles.js';
import { lockOrganization } from '../../store/locks.js';
import type { Page } from '../../store/pages.js';
import type { CyclesTable, HorizonsTable } from '../../store/schema.js';
import type { MemberActor } from '../authorization.js';
import { inTransaction, iso, type ServiceContext } from '../context.js';
import { enforce } from '../policies.js';

const presentHorizon = (row: HorizonsTable): Horizon => ({
  id: row.id,
  key: row.key,
  name: row.name,
  months: row.months,
  days: row.days,
  isDefault: row.is_default === 1,
});

export const toCoreHorizon = (row: HorizonsTable): CoreHorizon =>
  row.months !== null
    ? { key: row.key, name: row.name, months: row.months }
    : { key: row.key, name: row.name, days: row.days ?? 1 };

/** Every organization starts with 3 years, 1 year and a quarter. */
export async function createDefaultHorizons(
  ctx: ServiceContext,
  organizationId: string,
): Promise<HorizonsTable[]> {
  const rows: HorizonsTable[] = [];
  for (const horizon of defaultHorizons) {
    const row: HorizonsTable = {
      organization_id: organizationId,
      id: ctx.newId(),
      key: horizon.key,
      name: horizon.name,
      months: 'months' in horizon && horizon.months !== undefined ? horizon.months : null,
      days: 'days' in horizon && horizon.days !== undefined ? horizon.days : null,
      is_default: 1,
      created_at: iso(ctx.now()),
    };
    await planning.insertHorizon(ctx.db, row);
    rows.push(row);
  }
  return rows;
}

/** A page of the horizons, longest first: the order in which promises cascade, from the board's to the engineer's. */
export async function listHorizons(
  ctx: ServiceContext,
  actor: MemberActor,
  page: Page,
): Promise<{ horizons: Horizon[]; total: number } & Page> {
  const { rows, total } = await planning.pageHorizons(ctx.db, actor.organizationId, page);
  return { horizons: rows.map(presentHorizon), total, ...page };
}

export async function createHorizon(
  ctx: ServiceContext,
  actor: MemberActor,
  input: { name: string; months?: number | undefined; days?: number | undefined },
): Promise<Horizon> {
  enforce('organization', 'createHorizon', { role: actor.role });
  return inTransaction(ctx, async (tx) => {
    // Two horizons of one name created at once: the second is judged on what the first left.
    await lockOrganization(tx.db, tx.dialect, actor.organizationId);
    const existing = await planning.listHorizons(tx.db, actor.organizationId);
    const length = input.months !== undefined ? { months: input.months } : { days: input.days ?? 0 };
    const key = `custom-${tx.newId().slice(-12)}`;
    const refusals = validateHorizon({ key, name: input.name, ...length }, existing.map(toCoreHorizon));
    if (refusals.length > 0) {
      throw new AppError('validation_failed', refusals.map((r) => r.message).join(' '), {
        kind: 'horizon-refused',
        refusals,
      });
    }
    const row: HorizonsTable = {
      organization_id: actor.organizationId,
      id: tx.newId(),
      key,
      name: input.name.trim(),
      months: input.months ?? null,
      days: input.days ?? null,
      is_default: 0,
      created_at: iso(tx.now()),
    };
    await planning.insertHorizon(tx.db, row);
    return presentHorizon(row);
  });
}

export function presentCycle(row: CyclesTable, horizons: HorizonsTable[], role: Role): Cycle {
  const horizon = horizons.find((h) => h.id === row.horizon_id);
  return {
    id: row.id,
    name: row.name,
    horizon: { id: row.horizon_id, name: horizon?.name ?? '' },
    parentId: row.parent_id,
    startDate: row.start_date,
    endDate: row.end_date,
    state: row.state,
    checkInCadence: row.check_in_cadence,
    createdAt: row.created_at,
    archivedAt: row.archived_at,
    can: can('cycle', { role, state: row.state }),
  };
}

/** A page of the cycles (of one horizon, if named; archived ones if included), by start date. */
export async function listCycles(
  ctx: ServiceContext,
  actor: MemberActor,
  filter: { horizonId?: string | undefined; archived: 'exclude' | 'include' },
  page: Page,
): Promise<{ cycles: Cycle[]; total: number } & Page> {
  const [{ rows, total }, horizons] = await Promise.all([
    planning.pageCycles(
      ctx.db,
      actor.organizationId,
      { horizonId: filter.horizonId, includeArchived: filter.archived === 'include' },
      page,
    ),
    planning.listHorizons(ctx.db, actor.organizationId),
  ]);
  return { cycles: rows.map((row) => presentCycle(row, horizons, actor.role)), total, ...page };
}

export async function getCycle(
  ctx: ServiceContext,
  organizationId: string,
  id: string,
): Promise<CyclesTable> {
  const row = await planning.findCycle(ctx.db, organizationId, id);
  if (!row) throw notFound('Cycle');
  return row;
}

/** A cycle as validateCycle sees its neighbours: on its horizon, with its dates. */
export function neighbourIn(horizons: readonly HorizonsTable[]) {
  return (row: CyclesTable): CycleNeighbour => ({
    id: row.id,
    name: row.name,
    horizon: toCoreHorizon(horizons.find((h) => h.id === row.horizon_id)!),
    start: row.start_date,
    end: row.end_date,
  });
}

/**
 * Refuses a cycle the calendar cannot take, every reason at once: a clash with another cycle (an
 * overlap, a name, a cycle within left outside) is a 409, a form's mistake a 400.
 */
export function refuseCycle(refusals: readonly CycleRefusal[]): void {
  if (refusals.length === 0) return;
  const conflicts: readonly CycleRefusal['code'][] = ['overlaps-sibling', 'name-taken', 'leaves-out-child'];
  const isConflict = refusals.some((r) => conflicts.includes(r.code));
  throw new AppError(
    isConflict ? 'conflict' : 'validation_failed',
    refusals.map((r) => r.message).join(' '),
    {
      kind: 'cycle-refused',
      refusals: [...refusals],
    },
  );
}

/** Refuses `work` in a closed cycle with 409: its record stays as it was closed. */
export function requireOpenCycle(cycle: CyclesTable, work: ClosedCycleWork): void {
  const refusal = refusalInCycle(cycle.state, cycle.name, work);
  if (refusal) throw new AppError('conflict', refusal);
}

/** Owners and admins shape the calendar: a cycle nests in its parent and never overlaps its own horizon. */
export async function createCycle(
  ctx: ServiceContext,
  actor: MemberActor,
  input: { name: string; horizonId: string; parentId: string | null; startDate: string; endDate: string },
): Promise<Cycle> {
  enforce('organization', 'createCycle', { role: actor.role });
  return inTransaction(ctx, async (tx) => {
    // The calendar is checked whole (nesting, overlap, names) under the organization's lock, so two
    // identical cycles created at once never both pass the check.
    await lockOrganization(tx.db, tx.dialect, actor.organizationId);
    const horizons = await planning.listHorizons(tx.db, actor.organizationId);
    const horizon = horizons.find((h) => h.id === input.horizonId);
    if (!horizon) throw notFound('Horizon');
    const cycles = await planning.listCycles(tx.db, actor.organizationId);
    const neighbour = neighbourIn(horizons);
    let parent = null;
    if (input.parentId) {
      const parentRow = cycles.find((c) => c.id === input.parentId);
      if (!parentRow) throw notFound('Parent cycle');
      parent = neighbour(parentRow);
    }
    const refusals = validateCycle(
      { name: input.name, horizon: toCoreHorizon(horizon), start: input.startDate, end: input.endDate },
      { parent, siblings: cycles.filter((c) => c.horizon_id === horizon.id).map(neighbour) },
    );
    refuseCycle(refusals);
    const row: CyclesTable = {
      organization_id: actor.organizationId,
      id: tx.newId(),
      name: input.name.trim(),
      horizon_id: horizon.id,
      parent_id: input.parentId,
      start_date: input.startDate,
      end_date: input.endDate,
      state: 'planning',
      check_in_cadence: 'weekly',
      created_at: iso(tx.now()),
      archived_at: null,
    };
    await planning.insertCycle(tx.db, row);
    return presentCycle(row, horizons, actor.role);
  });
}

/** A cycle's id and those of every cycle nested in it: a year covers its quarters, a span its years. */
export function cycleIdsWithin(
  cycles: ReadonlyArray<Pick<CyclesTable, 'id' | 'parent_id'>>,
  rootId: string,
): string[] {
  const ids = [rootId];
  for (let i = 0; i < ids.length; i += 1) {
    for (const cycle of cycles) if (cycle.parent_id === ids[i]) ids.push(cycle.id);
  }
  return ids;
}
