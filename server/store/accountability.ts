import { type RawBuilder, sql } from 'kysely';
import { LIVE_STATUSES } from '../../core/promises/index.js';
import type { Db } from './database.js';
import type { PromisesTable } from './schema.js';

/**
 * The accountability map's reads: counts between teams for the summary, and one team's promises a
 * page at a time. Only live promises count: drafts are private, ended promises promise nothing.
 *
 * A person counts with their home team: the first (by id, so the oldest) active team they lead,
 * else the first they belong to; someone in no active team has no unit (null). The rule is here,
 * in SQL, so that counting stays one aggregate query however large the organization.
 */

export interface MapScope {
  cycleIds?: readonly string[] | undefined;
  horizonId?: string | undefined;
}

/** Each person's home team (of these people only, when named): a CTE named `home` (person_id, team_id). */
function withHome(db: Db, organizationId: string, personIds?: readonly string[]) {
  return db.with('home', (qb) =>
    qb
      .selectFrom('team_members as tm')
      .innerJoin('teams as t', (join) =>
        join.onRef('t.organization_id', '=', 'tm.organization_id').onRef('t.id', '=', 'tm.team_id'),
      )
      .where('tm.organization_id', '=', organizationId)
      .$if(personIds !== undefined, (qb) => qb.where('tm.person_id', 'in', personIds ?? []))
      .where('t.archived_at', 'is', null)
      .groupBy('tm.person_id')
      .select([
        'tm.person_id as person_id',
        sql<string>`coalesce(min(case when tm.role = 'lead' then tm.team_id end), min(tm.team_id))`.as(
          'team_id',
        ),
      ]),
  );
}

/** The unit of a party: a team is its own; a person's is the home team joined as `home`. */
function unitOf(type: string, id: string, home: string): RawBuilder<string | null> {
  return sql<
    string | null
  >`case when ${sql.ref(type)} = 'team' then ${sql.ref(id)} else ${sql.ref(`${home}.team_id`)} end`;
}

/** The promises of a cycle (and the cycles within it, as given) or of a horizon; all when neither. */
function inScope(cycleColumn: string, organizationId: string, scope: MapScope): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = [];
  if (scope.cycleIds) {
    const ids = scope.cycleIds.length ? scope.cycleIds : [''];
    parts.push(sql`${sql.ref(cycleColumn)} in (${sql.join(ids)})`);
  }
  if (scope.horizonId) {
    parts.push(
      sql`${sql.ref(cycleColumn)} in (select c.id from cycles c where c.organization_id = ${organizationId} and c.horizon_id = ${scope.horizonId})`,
    );
  }
  return parts.length ? sql<boolean>`(${sql.join(parts, sql` and `)})` : sql<boolean>`1 = 1`;
}

const count = (n: unknown): number => Number(n ?? 0);

export interface PromiseLinkCount {
  source: string | null;
  target: string | null;
  status: string;
  phase: string;
  promises: number;
}

/** Live promises in scope, counted by customer unit, performer unit, status and phase. */
export async function countPromiseLinks(
  db: Db,
  organizationId: string,
  scope: MapScope,
): Promise<PromiseLinkCount[]> {
  const rows = await withHome(db, organizationId)
    .selectFrom('promises as pr')
    // A cross join with its condition below: SQLite then reads the promises of the scope first (by
    // their cycle's index) and their performers after, never every performer of the organization.
    .crossJoin('promise_performers as pp')
    .whereRef('pp.organization_id', '=', 'pr.organization_id')
    .whereRef('pp.promise_id', '=', 'pr.id')
    .leftJoin('home as hc', (join) => join.onRef('hc.person_id', '=', 'pr.customer_id'))
    .leftJoin('home as hp', (join) => join.onRef('hp.person_id', '=', 'pp.party_id'))
    .where('pr.organization_id', '=', organizationId)
    .where('pr.status', 'in', LIVE_STATUSES)
    .where(inScope('pr.cycle_id', organizationId, scope))
    .select([
      unitOf('pr.customer_type', 'pr.customer_id', 'hc').as('source'),
      unitOf('pp.party_type', 'pp.party_id', 'hp').as('target'),
      'pr.status',
      'pr.phase',
      sql<number>`count(distinct pr.id)`.as('n'),
    ])
    .groupBy([sql.ref('source'), sql.ref('target'), 'pr.status', 'pr.phase'])
    .execute();
  return rows.map((r) => ({ ...r, promises: count(r.n) }));
}

/** Live promises in scope, counted by customer unit: what each unit asks of others (or itself). */
export async function countAsksByUnit(
  db: Db,
  organizationId: string,
  scope: MapScope,
): Promise<Array<{ unit: string | null; promises: number }>> {
  const rows = await withHome(db, organizationId)
    .selectFrom('promises as pr')
    .leftJoin('home as hc', (join) => join.onRef('hc.person_id', '=', 'pr.customer_id'))
    .where('pr.organization_id', '=', organizationId)
    .where('pr.status', 'in', LIVE_STATUSES)
    .where(inScope('pr.cycle_id', organizationId, scope))
    .select([unitOf('pr.customer_type', 'pr.customer_id', 'hc').as('unit'), sql<number>`count(*)`.as('n')])
    .groupBy(sql.ref('unit'))
    .execute();
  return rows.map((r) => ({ unit: r.unit, promises: count(r.n) }));
}

/**
 * Contributions from live promises in scope to live promises, counted by the unit contributed to
 * (the performers of the promise receiving) and the contributing unit (the contributor's performers).
 */
export async function countContributionLinks(
  db: Db,
  organizationId: string,
  scope: MapScope,
): Promise<Array<{ source: string | null; target: string | null; contributions: number }>> {
  const rows = await withHome(db, organizationId)
    // From the contributing promises of the scope to their contributions (cross joins keep SQLite
    // in this order), never every contribution of the organization.
    .selectFrom('promises as f')
    .crossJoin('contributions as c')
    .whereRef('c.organization_id', '=', 'f.organization_id')
    .whereRef('c.from_promise_id', '=', 'f.id')
    .where('c.removed_at', 'is', null)
    .crossJoin('promise_performers as fp')
    .whereRef('fp.organization_id', '=', 'f.organization_id')
    .whereRef('fp.promise_id', '=', 'f.id')
    .innerJoin('promises as tp', (join) =>
      join.onRef('tp.organization_id', '=', 'c.organization_id').onRef('tp.id', '=', 'c.to_promise_id'),
    )
    .innerJoin('promise_performers as tpp', (join) =>
      join.onRef('tpp.organization_id', '=', 'c.organization_id').onRef('tpp.promise_id', '=', 'tp.id'),
    )
    .leftJoin('home as hf', (join) => join.onRef('hf.person_id', '=', 'fp.party_id'))
    .leftJoin('home as ht', (join) => join.onRef('ht.person_id', '=', 'tpp.party_id'))
    .where('f.organization_id', '=', organizationId)
    .where('f.status', 'in', LIVE_STATUSES)
    .where('tp.status', 'in', LIVE_STATUSES)
    .where(inScope('f.cycle_id', organizationId, scope))
    .select([
      unitOf('tpp.party_type', 'tpp.party_id', 'ht').as('source'),
      unitOf('fp.party_type', 'fp.party_id', 'hf').as('target'),
      sql<number>`count(distinct c.id)`.as('n'),
    ])
    .groupBy([sql.ref('source'), sql.ref('target')])
    .execute();
  return rows.map((r) => ({ source: r.source, target: r.target, contributions: count(r.n) }));
}

export interface DependencyLinkCount {
  source: string | null;
  target: string | null;
  total: number;
  unacknowledged: number;
  declined: number;
}

/**
 * Dependencies of live promises in scope, counted by the dependent unit (the promise's performers)
 * and the supplier unit (the supplier team, or the supplier promise's performers). A dependency on
 * a draft is left out: the draft is private to its side.
 */
export async function countDependencyLinks(
  db: Db,
  organizationId: string,
  scope: MapScope,
): Promise<DependencyLinkCount[]> {
  const rows = await withHome(db, organizationId)
    // From the dependent promises of the scope to their dependencies (cross joins keep SQLite in
    // this order), never every dependency of the organization.
    .selectFrom('promises as dp')
    .crossJoin('dependencies as d')
    .whereRef('d.organization_id', '=', 'dp.organization_id')
    .whereRef('d.promise_id', '=', 'dp.id')
    .where('d.removed_at', 'is', null)
    .crossJoin('promise_performers as dpp')
    .whereRef('dpp.organization_id', '=', 'dp.organization_id')
    .whereRef('dpp.promise_id', '=', 'dp.id')
    .leftJoin('promises as sp', (join) =>
      join.onRef('sp.organization_id', '=', 'd.organization_id').onRef('sp.id', '=', 'd.supplier_promise_id'),
    )
    .leftJoin('promise_performers as spp', (join) =>
      join.onRef('spp.organization_id', '=', 'd.organization_id').onRef('spp.promise_id', '=', 'sp.id'),
    )
    .leftJoin('home as hd', (join) => join.onRef('hd.person_id', '=', 'dpp.party_id'))
    .leftJoin('home as hs', (join) => join.onRef('hs.person_id', '=', 'spp.party_id'))
    .where('dp.organization_id', '=', organizationId)
    .where('dp.status', 'in', LIVE_STATUSES)
    .where(inScope('dp.cycle_id', organizationId, scope))
    .where((eb) => eb.or([eb('d.supplier_team_id', 'is not', null), eb('sp.status', 'in', LIVE_STATUSES)]))
    .select([
      unitOf('dpp.party_type', 'dpp.party_id', 'hd').as('source'),
      sql<
        string | null
      >`case when d.supplier_team_id is not null then d.supplier_team_id else ${unitOf('spp.party_type', 'spp.party_id', 'hs')} end`.as(
        'target',
      ),
      sql<number>`count(distinct d.id)`.as('total'),
      sql<number>`count(distinct case when d.state = 'proposed' then d.id end)`.as('unacknowledged'),
      sql<number>`count(distinct case when d.state = 'declined' then d.id end)`.as('declined'),
    ])
    .groupBy([sql.ref('source'), sql.ref('target')])
    .execute();
  return rows.map((r) => ({
    source: r.source,
    target: r.target,
    total: count(r.total),
    unacknowledged: count(r.unacknowledged),
    declined: count(r.declined),
  }));
}

/**
 * The live promises in scope that a team or one of its home people is a side of, in due-date
 * order, a page at a time, with how many there are in all.
 */
export async function pageTeamPromises(
  db: Db,
  organizationId: string,
  teamId: string,
  scope: MapScope,
  page: { limit: number; offset: number },
): Promise<{ rows: PromisesTable[]; total: number }> {
  const base = () => teamPromises(db, organizationId, teamId, scope).where('pr.status', 'in', LIVE_STATUSES);
  const [rows, total] = await Promise.all([
    base()
      .selectAll('pr')
      .orderBy('pr.due_date')
      .orderBy('pr.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count(total.n) };
}

/**
 * The promises in scope made by `madeBy` that a team or one of its home people (today's) is a side
 * of, whatever their status now: as of that moment, each is folded to see whether it was live then.
 */
export async function listTeamPromisesMadeBy(
  db: Db,
  organizationId: string,
  teamId: string,
  scope: MapScope,
  madeBy: string,
): Promise<PromisesTable[]> {
  return teamPromises(db, organizationId, teamId, scope)
    .where('pr.status', '!=', 'discarded')
    .where('pr.created_at', '<=', madeBy)
    .selectAll('pr')
    .execute();
}

/** The promises in scope made by `madeBy`, whatever their status now (the map as of that moment). */
export async function listPromisesMadeBy(
  db: Db,
  organizationId: string,
  scope: MapScope,
  madeBy: string,
): Promise<PromisesTable[]> {
  return db
    .selectFrom('promises as pr')
    .where('pr.organization_id', '=', organizationId)
    .where(inScope('pr.cycle_id', organizationId, scope))
    .where('pr.status', '!=', 'discarded')
    .where('pr.created_at', '<=', madeBy)
    .selectAll('pr')
    .execute();
}

/** The home team (the rule above) of each of these people who has one. */
export async function homeTeamsOf(
  db: Db,
  organizationId: string,
  personIds: readonly string[],
): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await withHome(db, organizationId, personIds)
    .selectFrom('home')
    .selectAll()
    .where('home.person_id', 'in', personIds)
    .execute();
  return new Map(rows.map((row) => [row.person_id, row.team_id]));
}

/**
 * The members of `teamId` whose home team it is (the first active team they lead, else the first
 * they belong to), as `tm.person_id`: each member's teams read by their index, never the home of
 * everyone in the organization. The query goes on from `tm` (the team's members) to what they are a
 * side of.
 */
function fromHomePeopleOf(db: Db, organizationId: string, teamId: string) {
  return db
    .selectFrom('team_members as tm')
    .where('tm.organization_id', '=', organizationId)
    .where('tm.team_id', '=', teamId)
    .where(
      ({ selectFrom }) =>
        selectFrom('team_members as m')
          .innerJoin('teams as t', (join) =>
            join.onRef('t.organization_id', '=', 'm.organization_id').onRef('t.id', '=', 'm.team_id'),
          )
          .whereRef('m.organization_id', '=', 'tm.organization_id')
          .whereRef('m.person_id', '=', 'tm.person_id')
          .where('t.archived_at', 'is', null)
          .select(
            sql<string>`coalesce(min(case when m.role = 'lead' then m.team_id end), min(m.team_id))`.as(
              'home',
            ),
          ),
      '=',
      teamId,
    );
}

/**
 * The promises in scope that a team or one of its home people is a side of: found from the team's
 * side (the customer index, the performers' party index; cross joins keep SQLite going from the
 * team's members), so a team's page reads its own promises, not the organization's.
 */
function teamPromises(db: Db, organizationId: string, teamId: string, scope: MapScope) {
  const ofTeam = db
    .selectFrom('promises as c')
    .where('c.organization_id', '=', organizationId)
    .where('c.customer_type', '=', 'team')
    .where('c.customer_id', '=', teamId)
    .select('c.id as id')
    .unionAll(
      fromHomePeopleOf(db, organizationId, teamId)
        .crossJoin('promises as c')
        .whereRef('c.organization_id', '=', 'tm.organization_id')
        .where('c.customer_type', '=', 'person')
        .whereRef('c.customer_id', '=', 'tm.person_id')
        .select('c.id as id'),
    )
    .unionAll(
      db
        .selectFrom('promise_performers as pp')
        .where('pp.organization_id', '=', organizationId)
        .where('pp.party_type', '=', 'team')
        .where('pp.party_id', '=', teamId)
        .select('pp.promise_id as id'),
    )
    .unionAll(
      fromHomePeopleOf(db, organizationId, teamId)
        .crossJoin('promise_performers as pp')
        .whereRef('pp.organization_id', '=', 'tm.organization_id')
        .where('pp.party_type', '=', 'person')
        .whereRef('pp.party_id', '=', 'tm.person_id')
        .select('pp.promise_id as id'),
    );
  return db
    .selectFrom('promises as pr')
    .where('pr.organization_id', '=', organizationId)
    .where('pr.id', 'in', ofTeam)
    .where(inScope('pr.cycle_id', organizationId, scope));
}
