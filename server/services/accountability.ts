import type { AccountabilityMap } from '../../contract/accountability.js';
import { LIVE_STATUSES, phaseOf } from '../../core/promises/index.js';
import * as planning from '../store/cycles.js';
import * as promises from '../store/promises.js';
import type { MemberActor } from './authorization.js';
import type { ServiceContext } from './context.js';
import { cycleIdsWithin } from './cycles/cycles.js';
import { partyKey } from './parties.js';
import { loadPresenter } from './promises/present.js';
import { loadRecords } from './promises/records.js';

/**
 * The hierarchy that emerges from promises: parties as nodes, each promise an edge from its
 * customer to each performer, labelled with its horizon. Drafts and ended conversations
 * (declined, withdrawn, revoked) make no accountability and are left out.
 */
export async function getAccountability(
  ctx: ServiceContext,
  actor: MemberActor,
  input: { cycleId?: string | undefined; horizonId?: string | undefined },
): Promise<AccountabilityMap> {
  const cycles = await planning.listCycles(ctx.db, actor.organizationId);
  // Only the live promises: drafts are private, and ended ones promise nothing.
  const rows = await promises.listPromisesInStatuses(ctx.db, actor.organizationId, LIVE_STATUSES, {
    cycleIds: input.cycleId ? cycleIdsWithin(cycles, input.cycleId) : undefined,
    horizonId: input.horizonId,
  });
  const records = await loadRecords(ctx, actor.organizationId, rows);
  const presenter = await loadPresenter(ctx, actor.organizationId, records);
  const nodes = new Map<string, AccountabilityMap['nodes'][number]>();
  const edges: AccountabilityMap['edges'] = [];
  for (const record of records) {
    const cycle = presenter.calendar.cycle(record.row.cycle_id);
    const customer = partyKey(record.customer);
    nodes.set(customer, { id: customer, party: presenter.directory.ref(record.customer) });
    for (const performer of record.performers) {
      const target = partyKey(performer);
      nodes.set(target, { id: target, party: presenter.directory.ref(performer) });
      edges.push({
        id: `${record.row.id}:${target}`,
        promiseId: record.row.id,
        source: customer,
        target,
        horizon: presenter.calendar.horizon(cycle.horizonId),
        title: record.state.terms.title,
        status: record.state.status,
        phase: phaseOf(record.state),
      });
    }
  }
  return { nodes: [...nodes.values()], edges };
}
