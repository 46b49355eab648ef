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
import { isLive, PHASES, type Phase, phaseOf } from '../../core/promises/index.js';
import { AppError, notFound } from '../errors.js';
import * as map from '../store/accountability.js';
import * as planning from '../store/cycles.js';
import * as teams from '../store/teams.js';
import { countMapAsOf, type MapCounts } from './accountability-as-of.js';
import type { MemberActor } from './authorization.js';
import type { ServiceContext } from './context.js';
import { cycleIdsWithin } from './cycles/cycles.js';
import { loadDirectory, partyKey } from './parties.js';
import { asOfInstant, recordsAsOf } from './promises/as-of.js';
import { loadCalendar } from './promises/present.js';
import { loadRecords, type PromiseRecord } from './promises/records.js';

/**
 * The hierarchy that emerges from promises: who promises what to whom, over which horizon. Drafts
 * and ended conversations (declined, withdrawn, revoked) make no accountability and are left out.
 *
 * A whole organization is served summarised (one unit per team, counted in SQL), and a team's part
 * of it on demand, a page at a time: no request reads every promise of the organization.
 */

type Scope = { cycleId?: string | undefined; horizonId?: string | undefined; at?: string | undefined };

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
  const at = input.at === undefined ? undefined : asOfInstant(input.at, ctx.now());
  if (at !== undefined && !input.cycleId && !input.horizonId) {
    // The past is folded promise by promise, so it is read a cycle or a horizon at a time.
    throw new AppError(
      'validation_failed',
      'at: the map as of a past moment is shown a cycle or a horizon at a time; give cycleId or horizonId',
    );
  }
  const scope = await resolveScope(ctx, organizationId, input);
  const whole =
    at !== undefined
      ? await summarise(ctx, organizationId, await countMapAsOf(ctx, organizationId, scope, at))
      : await summariseToday(ctx, organizationId, scope);
  // Teams grow slowly, links between them faster: a summary holds the busiest, and says how many.
  const limit = input.links ?? DEFAULT_SUMMARY_LINKS;
  return { ...whole, links: whole.links.slice(0, limit), truncated: whole.linksTotal > limit };
}

/**
 * Today's summary, kept until a change makes it stale (a transaction reads its own writes, and
 * summarises them itself): read again, the map of a large organization costs nothing to count.
 * What is kept is shared: never changed, only sliced.
 */
function summariseToday(
  ctx: ServiceContext,
  organizationId: string,
  scope: map.MapScope,
): Promise<AccountabilitySummary> {
  const now = async () => summarise(ctx, organizationId, await countMap(ctx, organizationId, scope));
  if (ctx.db.isTransaction) return now();
  return ctx.mapSummaries.get(
    organizationId,
    JSON.stringify([scope.cycleIds ?? null, scope.horizonId ?? null]),
    now,
  );
}

/** The summary of these counts, with every link, the busiest first. */
async function summarise(
  ctx: ServiceContext,
  organizationId: string,
  { promiseLinks, asks, contributions, dependencies }: MapCounts,
): Promise<AccountabilitySummary> {
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
  const busiest = [...links.values()].sort((a, b) => weightOf(b) - weightOf(a) || a.id.localeCompare(b.id));
  return {
    promises: asks.reduce((sum, row) => sum + row.promises, 0),
    units: presented.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
    links: busiest,
    linksTotal: busiest.length,
    truncated: false,
  };
}

/** Today's counts, in SQL over the promises' rows. */
async function countMap(
  ctx: ServiceContext,
  organizationId: string,
  scope: map.MapScope,
): Promise<MapCounts> {
  const [promiseLinks, asks, contributions, dependencies] = await Promise.all([
    map.countPromiseLinks(ctx.db, organizationId, scope),
    map.countAsksByUnit(ctx.db, organizationId, scope),
    map.countContributionLinks(ctx.db, organizationId, scope),
    map.countDependencyLinks(ctx.db, organizationId, scope),
  ]);
  return { promiseLinks, asks, contributions, dependencies };
}

/**
 * The page of a team's promises, and how many there are: today's from SQL; as of `at`, those made by
 * then that were live then, each as it stood then, by the due date in force then (a team's promises
 * are folded whole: a team is the bound).
 */
async function teamPage(
  ctx: ServiceContext,
  organizationId: string,
  teamId: string,
  scope: map.MapScope,
  page: { limit: number; offset: number },
  at: string | undefined,
): Promise<{ records: PromiseRecord[]; total: number }> {
  if (at === undefined) {
    const { rows, total } = await map.pageTeamPromises(ctx.db, organizationId, teamId, scope, page);
    return { records: await loadRecords(ctx, organizationId, rows), total };
  }
  const rows = await map.listTeamPromisesMadeBy(ctx.db, organizationId, teamId, scope, at);
  const then = await recordsAsOf(ctx, organizationId, await loadRecords(ctx, organizationId, rows), at);
  const live = then
    .filter((r) => isLive(r.state.status))
    .sort(
      (a, b) =>
        a.state.terms.dueDate.localeCompare(b.state.terms.dueDate) || a.row.id.localeCompare(b.row.id),
    );
  return { records: live.slice(page.offset, page.offset + page.limit), total: live.length };
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
  const at = input.at === undefined ? undefined : asOfInstant(input.at, ctx.now());
  const scope = await resolveScope(ctx, organizationId, input);
  const { records, total } = await teamPage(
    ctx,
    organizationId,
    team.id,
    scope,
    { limit: input.pageSize, offset: (input.page - 1) * input.pageSize },
    at,
  );
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
