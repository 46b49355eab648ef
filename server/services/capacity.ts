import type { TeamCapacity } from '../../contract/capacity.js';
import type { PromiseSummary } from '../../contract/promises.js';
import { type CapacityUnit, capacityStanding, measureLoad } from '../../core/planning/index.js';
import * as capacityStore from '../store/capacity.js';
import * as promises from '../store/promises.js';
import type { TeamCapacitiesTable } from '../store/schema.js';
import type { MemberActor } from './authorization.js';
import { iso, type ServiceContext } from './context.js';
import { getCycle } from './cycles/cycles.js';
import { loadViewer, participation } from './parties.js';
import { enforce } from './policies.js';
import { loadPromiseFacts } from './promises/facts.js';
import { loadPresenter } from './promises/present.js';
import { loadRecord, loadRecords, type PromiseRecord } from './promises/records.js';
import { requireVisible } from './promises/visibility.js';
import { requireTeam, teamFacts } from './teams.js';

/** The team's promises as performer in a cycle (drafts excluded: they are not on anyone's plate yet). */
export async function teamPromises(
  ctx: ServiceContext,
  organizationId: string,
  teamId: string,
  cycleId: string,
) {
  const rows = await promises.listPromisesPerformedBy(
    ctx.db,
    organizationId,
    { type: 'team', id: teamId },
    cycleId,
  );
  return loadRecords(ctx, organizationId, rows);
}

/** A team's declared capacity in a cycle, its load from the promises it performs, and where that stands. */
export function capacityView(
  capacity: Pick<TeamCapacitiesTable, 'unit' | 'amount'> | undefined,
  records: readonly PromiseRecord[],
) {
  const declared = capacity ? { unit: capacity.unit, amount: capacity.amount } : null;
  const { accepted, pending } = measureLoad(
    declared?.unit ?? 'promises',
    records.map((record) => ({ id: record.row.id, status: record.state.status, size: record.row.size })),
  );
  const load = { accepted, pending };
  return { capacity: declared, load, ...capacityStanding(declared, load) };
}

export async function getTeamCapacity(
  ctx: ServiceContext,
  actor: MemberActor,
  teamId: string,
  cycleId: string,
): Promise<TeamCapacity> {
  await requireTeam(ctx, actor.organizationId, teamId);
  await getCycle(ctx, actor.organizationId, cycleId);
  const [capacities, records] = await Promise.all([
    capacityStore.listCapacities(ctx.db, actor.organizationId, cycleId),
    teamPromises(ctx, actor.organizationId, teamId, cycleId),
  ]);
  const declined = records.filter((r) => r.state.status === 'declined');
  const presenter = await loadPresenter(ctx, actor.organizationId, declined);
  const declinedSummaries: PromiseSummary[] = declined.map(presenter.summary);
  return {
    teamId,
    cycleId,
    ...capacityView(
      capacities.find((c) => c.team_id === teamId),
      records,
    ),
    declined: declinedSummaries,
  };
}

/** A team declares what it can promise in a cycle; its leads (or the organization's managers) set it. */
export async function setTeamCapacity(
  ctx: ServiceContext,
  actor: MemberActor,
  teamId: string,
  input: { cycleId: string; unit: CapacityUnit; amount: number },
) {
  const team = await requireTeam(ctx, actor.organizationId, teamId);
  await getCycle(ctx, actor.organizationId, input.cycleId);
  enforce('team', 'setCapacity', teamFacts(await loadViewer(ctx, actor), team));
  await capacityStore.upsertCapacity(ctx.db, {
    organization_id: actor.organizationId,
    team_id: teamId,
    cycle_id: input.cycleId,
    unit: input.unit,
    amount: input.amount,
    updated_by: actor.personId,
    updated_at: iso(ctx.now()),
  });
  return getTeamCapacity(ctx, actor, teamId, input.cycleId);
}

/** The performing side sizes a promise in points, for capacity counted in points. */
export async function setPromiseSize(
  ctx: ServiceContext,
  actor: MemberActor,
  promiseId: string,
  size: number | null,
) {
  const record = await loadRecord(ctx, actor.organizationId, promiseId);
  const viewer = await loadViewer(ctx, actor);
  // A draft does not exist to those it is private from: they cannot size it either.
  await requireVisible(ctx, viewer, record);
  enforce('promise', 'size', await loadPromiseFacts(ctx, actor.role, participation(viewer, record), record));
  await capacityStore.setPromiseSize(ctx.db, actor.organizationId, promiseId, size);
}
