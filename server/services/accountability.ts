import {
  type AccountabilityLink,
  type AccountabilityMap,
  type AccountabilitySummary,
  type AccountabilityUnit,
  DEFAULT_SUMMARY_LINKS,
  type PhaseCounts,
  type TeamAccountabilityMap,
} from '../../contract/accountability.js';
import type { Status } from '../../contract/protocol.js';
import { PHASES, type Phase, phaseOf } from '../../core/promises/index.js';
import { notFound } from '../errors.js';
import * as map from '../store/accountability.js';
import * as planning from '../store/cycles.js';
import * as teams from '../store/teams.js';
import type { MemberActor } from './authorization.js';
import type { ServiceContext } from './context.js';
import { cycleIdsWithin } from './cycles/cycles.js';
import { loadDirectory, partyKey } from './parties.js';
import { loadCalendar } from './promises/present.js';
import { loadRecords } from './promises/records.js';

/**
 * The hierarchy that emerges from promises: who promises what to whom, over which horizon. Drafts
 * and ended conversations (declined, withdrawn, revoked) make no accountability and are left out.
 *
 * A whole organization is served summarised (one unit per team, counted in SQL), and a team's part
 * of it on demand, a page at a time: no request reads every promise of the organization.
 */

type Scope = { cycleId?: string | undefined; horizonId?: string | undefined };

/** The cycles a request names, checked: an unknown cycle or horizon is a 404, not an empty map. */
async function resolveScope(
  ctx: ServiceContext,
  organizationId: string,
  scope: Scope,
): Promise<map.MapScope> {
  const [cycles, horizons] = await Promise.all([
    planning.listCycles(ctx.db, organizationId),
    scope.horizonId ? planning.listHorizons(ctx.db, organizationId) : [],
  ]);
  if (scope.cycleId && !cycles.some((cycle) => cycle.id === scope.cycleId)) throw notFound('Cycle');
  if (scope.horizonId && !horizons.some((horizon) => horizon.id === scope.horizonId))
    throw notFound('Horizon');
  return {
    cycleIds: scope.cycleId ? cycleIdsWithin(cycles, scope.cycleId) : undefined,
    horizonId: scope.horizonId,
  };
}

const NO_TEAM = 'no-team';
const unitKey = (teamId: string | null): string => (teamId === null ? NO_TEAM : `team:${teamId}`);
const noPhases = (): PhaseCounts => Object.fromEntries(PHASES.map((phase) => [phase, 0])) as PhaseCounts;

const weightOf = (link: AccountabilityLink) => link.promises + link.contributions + link.dependencies.total;

export async function getAccountability(
  ctx: ServiceContext,
  actor: MemberActor,
  input: Scope & { links?: number | undefined },
): Promise<AccountabilitySummary> {
  const organizationId = actor.organizationId;
  const scope = await resolveScope(ctx, organizationId, input);
  const [promiseLinks, asks, contributions, dependencies] = await Promise.all([
    map.countPromiseLinks(ctx.db, organizationId, scope),
    map.countAsksByUnit(ctx.db, organizationId, scope),
    map.countContributionLinks(ctx.db, organizationId, scope),
    map.countDependencyLinks(ctx.db, organizationId, scope),
  ]);

  const units = new Map<string, Omit<AccountabilityUnit, 'team' | 'name'> & { teamId: string | null }>();
  const unit = (teamId: string | null) => {
    const id = unitKey(teamId);
    let found = units.get(id);
    if (!found) {
      found = { id, teamId, performs: 0, asks: 0, byPhase: noPhases(), byStatus: {} };
      units.set(id, found);
    }
    return found;
  };
  const links = new Map<string, AccountabilityLink>();
  const link = (source: string | null, target: string | null) => {
    const from = unit(source).id;
    const to = unit(target).id;
    const id = `${from}>${to}`;
    let found = links.get(id);
    if (!found) {
      found = {
        id,
        source: from,
        target: to,
        promises: 0,
        byPhase: noPhases(),
        contributions: 0,
        dependencies: { total: 0, unacknowledged: 0, declined: 0 },
      };
      links.set(id, found);
    }
    return found;
  };

  for (const row of promiseLinks) {
    const phase = row.phase as Phase;
    const status = row.status as Status;
    const between = link(row.source, row.target);
    between.promises += row.promises;
    between.byPhase[phase] += row.promises;
    // A promise has one customer, so its performing unit meets it on exactly one link.
    const performer = unit(row.target);
    performer.performs += row.promises;
    performer.byPhase[phase] += row.promises;
    performer.byStatus[status] = (performer.byStatus[status] ?? 0) + row.promises;
  }
  for (const row of asks) unit(row.unit).asks += row.promises;
  for (const row of contributions) link(row.source, row.target).contributions += row.contributions;
  for (const row of dependencies) {
    const counted = link(row.source, row.target).dependencies;
    counted.total += row.total;
    counted.unacknowledged += row.unacknowledged;
    counted.declined += row.declined;
  }

  const teamIds = [...units.values()].flatMap((u) => (u.teamId === null ? [] : [u.teamId]));
  const directory = await loadDirectory(
    ctx,
    organizationId,
    teamIds.map((id) => ({ type: 'team' as const, id })),
  );
  const presented = [...units.values()].map(({ teamId, ...counts }): AccountabilityUnit => {
    const team = teamId === null ? null : directory.ref({ type: 'team', id: teamId });
    return { ...counts, team, name: team?.name ?? 'People in no team' };
  });
  // Teams grow slowly, links between them faster: a summary holds the busiest, and says how many.
  const limit = input.links ?? DEFAULT_SUMMARY_LINKS;
  const busiest = [...links.values()].sort((a, b) => weightOf(b) - weightOf(a) || a.id.localeCompare(b.id));
  return {
    promises: asks.reduce((sum, row) => sum + row.promises, 0),
    units: presented.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
    links: busiest.slice(0, limit),
    linksTotal: busiest.length,
    truncated: busiest.length > limit,
  };
}

/**
 * A team's part of the map: the live promises it or its home people are a side of, each an edge
 * from its customer to each performer (the other side may be outside the team), a page at a time.
 */
export async function getTeamAccountability(
  ctx: ServiceContext,
  actor: MemberActor,
  input: Scope & { teamId: string; page: number; pageSize: number },
): Promise<TeamAccountabilityMap> {
  const organizationId = actor.organizationId;
  const team = await teams.findTeam(ctx.db, organizationId, input.teamId);
  if (!team) throw notFound('Team');
  const scope = await resolveScope(ctx, organizationId, input);
  const { rows, total } = await map.pageTeamPromises(ctx.db, organizationId, team.id, scope, {
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
  const records = await loadRecords(ctx, organizationId, rows);
  const [directory, calendar] = await Promise.all([
    loadDirectory(
      ctx,
      organizationId,
      records.flatMap((r) => [r.customer, ...r.performers]),
    ),
    loadCalendar(ctx, organizationId),
  ]);
  const nodes = new Map<string, AccountabilityMap['nodes'][number]>();
  const edges: AccountabilityMap['edges'] = [];
  for (const record of records) {
    const cycle = calendar.cycle(record.row.cycle_id);
    const customer = partyKey(record.customer);
    nodes.set(customer, { id: customer, party: directory.ref(record.customer) });
    for (const performer of record.performers) {
      const target = partyKey(performer);
      nodes.set(target, { id: target, party: directory.ref(performer) });
      edges.push({
        id: `${record.row.id}:${target}`,
        promiseId: record.row.id,
        source: customer,
        target,
        horizon: calendar.horizon(cycle.horizonId),
        title: record.state.terms.title,
        status: record.state.status,
        phase: phaseOf(record.state),
      });
    }
  }
  return {
    team: { type: 'team', id: team.id, name: team.name },
    nodes: [...nodes.values()],
    edges,
    total,
    page: input.page,
    pageSize: input.pageSize,
    truncated: records.length < total,
  };
}
