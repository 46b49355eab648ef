import type { Party } from '../../contract/parties.js';
import { isLive, phaseOf } from '../../core/promises/index.js';
import * as map from '../store/accountability.js';
import * as links from '../store/alignment.js';
import { findPromises } from '../store/promises.js';
import { dependencyAsOf } from './alignment.js';
import type { ServiceContext } from './context.js';
import { recordsAsOf } from './promises/as-of.js';
import { loadRecords, type PromiseRecord } from './promises/records.js';

export interface MapCounts {
  promiseLinks: map.PromiseLinkCount[];
  asks: Array<{ unit: string | null; promises: number }>;
  contributions: Array<{ source: string | null; target: string | null; contributions: number }>;
  dependencies: map.DependencyLinkCount[];
}

/**
 * The summary's counts as they stood at `at`, the same rows the SQL counts give today: the promises
 * of the scope made by then, each folded to its state then; only those live then count, and only
 * the links that stood then between promises live then, a dependency in the state it had then.
 * Today's standing is kept in the promises' rows, the past's is not, so the scope's promises are
 * folded here: the cost is the scope's (a cycle or a horizon), and people count with today's home
 * team (team memberships keep no history).
 */
export async function countMapAsOf(
  ctx: ServiceContext,
  organizationId: string,
  scope: map.MapScope,
  at: string,
): Promise<MapCounts> {
  const rows = await map.listPromisesMadeBy(ctx.db, organizationId, scope, at);
  const then = await recordsAsOf(ctx, organizationId, await loadRecords(ctx, organizationId, rows), at);
  const live = then.filter((r) => isLive(r.state.status));
  const ids = live.map((r) => r.row.id);
  const [contributionRows, dependencyRows] = await Promise.all([
    links.contributionsFrom(ctx.db, organizationId, ids, at),
    links.dependenciesOf(ctx.db, organizationId, ids, at),
  ]);
  // The promises linked to from the scope: outside it, they are read and folded too.
  const liveById = new Map(live.map((r) => [r.row.id, r]));
  const others = [
    ...new Set([
      ...contributionRows.map((c) => c.to_promise_id),
      ...dependencyRows.flatMap((d) => (d.supplier_promise_id === null ? [] : [d.supplier_promise_id])),
    ]),
  ].filter((id) => !liveById.has(id));
  const othersThen = await recordsAsOf(
    ctx,
    organizationId,
    await loadRecords(ctx, organizationId, await findPromises(ctx.db, organizationId, others)),
    at,
  );
  for (const record of othersThen) if (isLive(record.state.status)) liveById.set(record.row.id, record);

  const people = [...liveById.values()].flatMap((r) =>
    [r.customer, ...r.performers].flatMap((p) => (p.type === 'person' ? [p.id] : [])),
  );
  const home = await map.homeTeamsOf(ctx.db, organizationId, [...new Set(people)]);
  const unitOf = (party: Party) => (party.type === 'team' ? party.id : (home.get(party.id) ?? null));
  const performerUnits = (r: PromiseRecord) => [...new Set(r.performers.map(unitOf))];

  const promiseLinks = tally<map.PromiseLinkCount>();
  const asks = tally<{ unit: string | null; promises: number }>();
  for (const record of live) {
    const source = unitOf(record.customer);
    const status = record.state.status;
    const phase = phaseOf(record.state);
    for (const target of performerUnits(record)) {
      promiseLinks.add(
        [source, target, status, phase],
        { source, target, status, phase, promises: 0 },
        (c) => {
          c.promises += 1;
        },
      );
    }
    asks.add([source], { unit: source, promises: 0 }, (c) => {
      c.promises += 1;
    });
  }

  const contributions = tally<MapCounts['contributions'][number]>();
  for (const row of contributionRows) {
    const from = liveById.get(row.from_promise_id);
    const to = liveById.get(row.to_promise_id);
    if (!from || !to) continue;
    for (const source of performerUnits(to)) {
      for (const target of performerUnits(from)) {
        contributions.add([source, target], { source, target, contributions: 0 }, (c) => {
          c.contributions += 1;
        });
      }
    }
  }

  const dependencies = tally<map.DependencyLinkCount>();
  for (const row of dependencyRows.map((d) => dependencyAsOf(d, at))) {
    const dependent = liveById.get(row.promise_id);
    const supplier = row.supplier_promise_id === null ? undefined : liveById.get(row.supplier_promise_id);
    if (!dependent || (row.supplier_team_id === null && !supplier)) continue;
    const targets = row.supplier_team_id !== null ? [row.supplier_team_id] : performerUnits(supplier!);
    for (const source of performerUnits(dependent)) {
      for (const target of targets) {
        const empty = { source, target, total: 0, unacknowledged: 0, declined: 0 };
        dependencies.add([source, target], empty, (c) => {
          c.total += 1;
          if (row.state === 'proposed') c.unacknowledged += 1;
          if (row.state === 'declined') c.declined += 1;
        });
      }
    }
  }
  return {
    promiseLinks: promiseLinks.rows(),
    asks: asks.rows(),
    contributions: contributions.rows(),
    dependencies: dependencies.rows(),
  };
}

/** Counts grouped by a key, as SQL's GROUP BY gives them. */
function tally<T>() {
  const groups = new Map<string, T>();
  return {
    add(key: ReadonlyArray<string | null>, empty: T, count: (group: T) => void) {
      const id = JSON.stringify(key);
      let group = groups.get(id);
      if (!group) {
        group = empty;
        groups.set(id, group);
      }
      count(group);
    },
    rows: () => [...groups.values()],
  };
}
