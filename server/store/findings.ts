import { type ExpressionBuilder, sql } from 'kysely';
import type { Db } from './database.js';
import { countOf, type Page, type PageOf } from './pages.js';
import type { Database, FindingEventsTable, FindingSubjectsTable, FindingsTable } from './schema.js';

/**
 * The strategy debugger reads an organization's plan in a few set queries (one each for promises,
 * performers, tags, links, capacities and asks), never one query per promise. The plan is every
 * promise that is not a private draft, in a cycle that is neither closed nor archived: drafts are
 * left out so that no finding ever names one to someone who may not see it.
 */
function planPromises(db: Db, organizationId: string) {
  return db
    .selectFrom('promises as p')
    .innerJoin('cycles as c', (join) =>
      join.onRef('c.organization_id', '=', 'p.organization_id').onRef('c.id', '=', 'p.cycle_id'),
    )
    .where('p.organization_id', '=', organizationId)
    .where('p.status', '!=', 'draft')
    .where('c.state', '!=', 'closed')
    .where('c.archived_at', 'is', null);
}

export async function listPlanPromises(db: Db, organizationId: string) {
  return planPromises(db, organizationId)
    .leftJoin('promise_standings as s', (join) =>
      join.onRef('s.organization_id', '=', 'p.organization_id').onRef('s.promise_id', '=', 'p.id'),
    )
    .select([
      'p.id',
      'p.cycle_id',
      'p.status',
      'p.title',
      'p.customer_type',
      'p.customer_id',
      'p.due_date',
      'p.size',
      'p.state',
      'p.updated_at',
      's.last_check_in_status',
      's.last_check_in_at',
      's.agreed_at',
    ])
    .orderBy('p.id')
    .execute();
}

export async function listPlanPerformers(db: Db, organizationId: string) {
  return planPromises(db, organizationId)
    .innerJoin('promise_performers as pp', (join) =>
      join.onRef('pp.organization_id', '=', 'p.organization_id').onRef('pp.promise_id', '=', 'p.id'),
    )
    .select(['pp.promise_id', 'pp.party_type', 'pp.party_id'])
    .orderBy('pp.promise_id')
    .orderBy('pp.position')
    .execute();
}

export async function listPlanTags(db: Db, organizationId: string) {
  return planPromises(db, organizationId)
    .innerJoin('promise_tags as t', (join) =>
      join.onRef('t.organization_id', '=', 'p.organization_id').onRef('t.promise_id', '=', 'p.id'),
    )
    .select(['t.promise_id', 't.tag'])
    .execute();
}

export async function listContributions(db: Db, organizationId: string) {
  return db
    .selectFrom('contributions')
    .select(['from_promise_id', 'to_promise_id'])
    .where('organization_id', '=', organizationId)
    .execute();
}

export async function listAllCapacities(db: Db, organizationId: string) {
  return db.selectFrom('team_capacities').selectAll().where('organization_id', '=', organizationId).execute();
}

/** The last time each customer opened an ask (a request move), by `type:id`. */
export async function lastAskOfCustomers(db: Db, organizationId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('promise_moves as m')
    .innerJoin('promises as p', (join) =>
      join.onRef('p.organization_id', '=', 'm.organization_id').onRef('p.id', '=', 'm.promise_id'),
    )
    .select(['p.customer_type', 'p.customer_id', (eb) => eb.fn.max('m.at').as('last')])
    .where('m.organization_id', '=', organizationId)
    .where('m.act', '=', 'request')
    .groupBy(['p.customer_type', 'p.customer_id'])
    .execute();
  return new Map(rows.map((r) => [`${r.customer_type}:${r.customer_id}`, String(r.last)]));
}

export async function listTrackedFindings(db: Db, organizationId: string): Promise<FindingsTable[]> {
  return db.selectFrom('findings').selectAll().where('organization_id', '=', organizationId).execute();
}

/** Each recorded finding's key and status, without its body: what a pass compares when its worker compared the bodies. */
export async function listFindingStatuses(
  db: Db,
  organizationId: string,
): Promise<Pick<FindingsTable, 'key' | 'status'>[]> {
  return db
    .selectFrom('findings')
    .select(['key', 'status'])
    .where('organization_id', '=', organizationId)
    .execute();
}

/** The recorded findings of these keys, read in batches of a bounded size. */
export async function listTrackedFindingsOf(
  db: Db,
  organizationId: string,
  keys: readonly string[],
): Promise<FindingsTable[]> {
  const rows: FindingsTable[] = [];
  for (let i = 0; i < keys.length; i += 500) {
    rows.push(
      ...(await db
        .selectFrom('findings')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('key', 'in', keys.slice(i, i + 500))
        .execute()),
    );
  }
  return rows;
}

/** Which recorded findings to read: each filter is an index lookup on the findings or their subjects. */
export interface FindingFilter {
  status: FindingsTable['status'];
  code?: string;
  /** Any of these codes. */
  codes?: readonly string[];
  severity?: string;
  /** Findings about any of these cycles. */
  cycleIds?: readonly string[];
  teamId?: string;
  /** Findings about this promise. */
  promiseId?: string;
  /** Findings that name this person, or one of `teams` (theirs). */
  party?: { personId: string; teamIds: readonly string[] };
  /** Opened or resolved at or after this instant. */
  since?: string;
  /**
   * The findings in `status` as they stood at this moment, from when each was opened, dismissed and
   * resolved. A finding keeps its last opening only: one resolved and found again reads as opened then.
   */
  at?: string;
}

function filtered(db: Db, organizationId: string, filter: FindingFilter) {
  // The keys of the findings about any of `ids` (of one type), looked up in the subjects' primary
  // key: the page is driven from what a person, team or cycle is a subject of, not every finding.
  const about = (
    eb: ExpressionBuilder<Database & { f: FindingsTable }, 'f'>,
    type: FindingSubjectsTable['subject_type'],
    ids: readonly string[],
  ) =>
    eb(
      'f.key',
      'in',
      eb
        .selectFrom('finding_subjects as s')
        .select('s.finding_key')
        .where('s.organization_id', '=', organizationId)
        .where('s.subject_type', '=', type)
        .where('s.subject_id', 'in', ids),
    );
  let query = db.selectFrom('findings as f').where('f.organization_id', '=', organizationId);
  const { at } = filter;
  if (at === undefined) query = query.where('f.status', '=', filter.status);
  else {
    query = query.where((eb) => {
      const by = (column: 'f.opened_at' | 'f.resolved_at' | 'f.dismissed_at') =>
        eb.and([eb(column, 'is not', null), eb(column, '<=', at)]);
      const notBy = (column: 'f.resolved_at' | 'f.dismissed_at') =>
        eb.or([eb(column, 'is', null), eb(column, '>', at)]);
      if (filter.status === 'resolved') return by('f.resolved_at');
      if (filter.status === 'dismissed')
        return eb.and([by('f.opened_at'), by('f.dismissed_at'), notBy('f.resolved_at')]);
      return eb.and([by('f.opened_at'), notBy('f.resolved_at'), notBy('f.dismissed_at')]);
    });
  }
  if (filter.code) query = query.where('f.code', '=', filter.code);
  if (filter.codes) query = query.where('f.code', 'in', filter.codes.length ? filter.codes : ['']);
  if (filter.severity) query = query.where('f.severity', '=', filter.severity);
  const { cycleIds, teamId, promiseId, party, since } = filter;
  if (cycleIds) {
    query =
      cycleIds.length === 0
        ? query.where(sql<boolean>`1 = 0`)
        : query.where((eb) => about(eb, 'cycle', cycleIds));
  }
  if (teamId) query = query.where((eb) => about(eb, 'team', [teamId]));
  if (promiseId) query = query.where((eb) => about(eb, 'promise', [promiseId]));
  if (party) {
    query = query.where((eb) =>
      party.teamIds.length === 0
        ? about(eb, 'person', [party.personId])
        : eb.or([about(eb, 'person', [party.personId]), about(eb, 'team', party.teamIds)]),
    );
  }
  if (since) {
    query = query.where((eb) => eb.or([eb('f.opened_at', '>=', since), eb('f.resolved_at', '>=', since)]));
  }
  return query;
}

/**
 * A page of the recorded findings, in the order the strategy debugger ranks them (`codeOrder`, then
 * the key), with how many match and how many of each code.
 */
export async function listFindingsPage(
  db: Db,
  organizationId: string,
  filter: FindingFilter,
  codeOrder: readonly string[],
  page: Page,
): Promise<PageOf<FindingsTable> & { counts: Map<string, number> }> {
  const rank = sql<number>`case f.code ${sql.join(
    codeOrder.map((code, index) => sql`when ${code} then ${index}`),
    sql` `,
  )} else ${codeOrder.length} end`;
  const [rows, counts] = await Promise.all([
    filtered(db, organizationId, filter)
      .selectAll('f')
      .orderBy(rank)
      .orderBy('f.key')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    filtered(db, organizationId, filter)
      .select(['f.code', (eb) => eb.fn.countAll<number | string>().as('n')])
      .groupBy('f.code')
      .execute(),
  ]);
  const byCode = new Map(counts.map((row) => [row.code, countOf(row)]));
  const total = [...byCode.values()].reduce((sum, n) => sum + n, 0);
  return { rows, total, counts: byCode };
}

/** Indexes a finding under what it concerns, replacing what it was indexed under before. */
export async function replaceFindingSubjects(
  db: Db,
  organizationId: string,
  key: string,
  subjects: readonly (readonly [FindingSubjectsTable['subject_type'], string])[],
): Promise<void> {
  await db
    .deleteFrom('finding_subjects')
    .where('organization_id', '=', organizationId)
    .where('finding_key', '=', key)
    .execute();
  if (subjects.length === 0) return;
  await db
    .insertInto('finding_subjects')
    .values(
      subjects.map(([subject_type, subject_id]) => ({
        organization_id: organizationId,
        subject_type,
        subject_id,
        finding_key: key,
      })),
    )
    .execute();
}

/**
 * Claims the organization's findings pass for this transaction: on PostgreSQL a second pass waits
 * here until the first commits, so two servers never record the same finding twice.
 */
export async function claimFindingPass(db: Db, organizationId: string, at: string): Promise<void> {
  await db
    .insertInto('finding_passes')
    .values({ organization_id: organizationId, tracked_at: at })
    .onConflict((oc) => oc.column('organization_id').doUpdateSet({ tracked_at: at }))
    .execute();
}

/** When the organization's findings were last computed; undefined before the first pass. */
export async function lastFindingPass(db: Db, organizationId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('finding_passes')
    .select('tracked_at')
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  return row?.tracked_at;
}

export async function findTrackedFinding(db: Db, organizationId: string, key: string) {
  return db
    .selectFrom('findings')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('key', '=', key)
    .executeTakeFirst();
}

export async function insertFinding(db: Db, row: FindingsTable): Promise<void> {
  await db.insertInto('findings').values(row).execute();
}

export async function updateFinding(
  db: Db,
  organizationId: string,
  key: string,
  changes: Partial<Omit<FindingsTable, 'organization_id' | 'key'>>,
): Promise<void> {
  await db
    .updateTable('findings')
    .set(changes)
    .where('organization_id', '=', organizationId)
    .where('key', '=', key)
    .execute();
}

export async function insertFindingEvents(db: Db, rows: readonly FindingEventsTable[]): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto('finding_events')
      .values([...rows])
      .execute();
}

/** The dismissals of findings about this promise, and their undoing, oldest first, by `at` when given. */
export async function listFindingEventsOfPromise(
  db: Db,
  organizationId: string,
  promiseId: string,
  at?: string,
) {
  let query = db
    .selectFrom('finding_events as e')
    .innerJoin('people as p', 'p.id', 'e.person_id')
    .selectAll('e')
    .select('p.name as person_name')
    .where('e.organization_id', '=', organizationId)
    .where('e.promise_id', '=', promiseId);
  if (at !== undefined) query = query.where('e.at', '<=', at);
  return query.orderBy('e.at').orderBy('e.id').execute();
}

/** What happened to a promise, and who did it. */
export interface PromiseAct {
  promiseId: string;
  personId: string;
  at: string;
}

/**
 * The moves made on these promises, and the dependencies of them made or answered, from `since`
 * (all of them without it): what a pass of the strategy debugger reads to tell who caused a finding.
 */
export async function listActsOnPromises(
  db: Db,
  organizationId: string,
  promiseIds: readonly string[],
  since: string | undefined,
): Promise<PromiseAct[]> {
  const acts: PromiseAct[] = [];
  for (let i = 0; i < promiseIds.length; i += 500) {
    const ids = promiseIds.slice(i, i + 500);
    let moves = db
      .selectFrom('promise_moves')
      .select(['promise_id', 'person_id', 'at'])
      .where('organization_id', '=', organizationId)
      .where('promise_id', 'in', ids)
      // A comment changes nothing in the plan: it causes no finding.
      .where('act', '!=', 'comment');
    if (since !== undefined) moves = moves.where('at', '>=', since);
    const dependencyActs = (column: 'created' | 'answered') => {
      const byColumn = column === 'created' ? 'created_by' : 'answered_by';
      const atColumn = column === 'created' ? 'created_at' : 'answered_at';
      let query = db
        .selectFrom('dependencies')
        .select(['promise_id', 'supplier_promise_id', `${byColumn} as person_id`, `${atColumn} as at`])
        .where('organization_id', '=', organizationId)
        .where((eb) => eb.or([eb('promise_id', 'in', ids), eb('supplier_promise_id', 'in', ids)]))
        .where(byColumn, 'is not', null);
      if (since !== undefined) query = query.where(atColumn, '>=', since);
      return query.execute();
    };
    const [moveRows, created, answered] = await Promise.all([
      moves.execute(),
      dependencyActs('created'),
      dependencyActs('answered'),
    ]);
    acts.push(...moveRows.map((r) => ({ promiseId: r.promise_id, personId: r.person_id, at: r.at })));
    for (const row of [...created, ...answered]) {
      if (row.person_id === null || row.at === null) continue;
      for (const promiseId of [row.promise_id, row.supplier_promise_id]) {
        if (promiseId !== null) acts.push({ promiseId, personId: row.person_id, at: row.at });
      }
    }
  }
  return acts;
}
