import { CompiledQuery, type KyselyPlugin, type RootOperationNode, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { FINAL_STATUSES } from '../../core/promises/index.js';
import { createContribution, createDependency } from '../services/alignment.js';
import { trackFindings } from '../services/findings/findings.js';
import { testEngines, useTestServices } from '../test/harness.js';
import { customerAndPerformer, keptPromise, promiseIn } from '../test/service-factories.js';
import * as map from './accountability.js';
import * as links from './alignment.js';
import * as carryOver from './carry-over.js';
import * as checkIns from './check-ins.js';
import * as review from './cycle-review.js';
import * as cycles from './cycles.js';
import * as dashboard from './dashboard.js';
import type { Db } from './database.js';
import * as findings from './findings.js';
import * as notifications from './notifications.js';
import * as people from './people.js';
import * as board from './planning-board.js';
import * as promises from './promises.js';
import * as standings from './standings.js';
import * as teams from './teams.js';

/** Runs `work` on a database that also records every query it runs, compiled with its parameters. */
async function capture(db: Db, work: (db: Db) => Promise<unknown>): Promise<CompiledQuery[]> {
  const nodes: RootOperationNode[] = [];
  const recorder: KyselyPlugin = {
    transformQuery: ({ node }) => {
      nodes.push(node);
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  await work(db.withPlugin(recorder));
  const executor = db.getExecutor();
  return nodes.map((node) => executor.compileQuery(node, { queryId: 'plan' }));
}

/** The tables a person's pages read most; none of them may be read whole. */
const HOT_TABLES = [
  'promises',
  'promise_performers',
  'check_ins',
  'dependencies',
  'contributions',
  'promise_standings',
  'promise_score_points',
  'cycle_score_days',
  'key_result_latest',
  'findings',
  'finding_subjects',
  'team_first_drafts',
];

/**
 * SQLite's plan, one line per step: `SEARCH t USING INDEX i (a=? AND b=?)` reads what the index
 * names; `SCAN t` (with or without an index, which then only gives the order) reads every row.
 */
async function sqlitePlan(db: Db, query: CompiledQuery): Promise<string[]> {
  const result = await db.executeQuery<{ detail: string }>(
    CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
  );
  return result.rows.map((r) => r.detail);
}

/**
 * PostgreSQL's plan, with sequential scans priced out, as one line per step that reads a table:
 * `Index Scan on promises using promises_customer: ((organization_id = $1) AND …)`.
 *
 * The test database holds a few rows per table, where reading a whole table is the planner's right
 * choice, so a plain EXPLAIN would show sequential scans whatever the indexes. `enable_seqscan = off`
 * only makes them very expensive: where an index can serve the filter the plan names it, and where
 * none can the plan still reads the table sequentially, which the test refuses. Among indexes, on
 * tables of a page or two every choice costs the same, so which one PostgreSQL names is arbitrary
 * here: the test checks that the indexes exist as the queries need them (below) and leaves the
 * choice at scale to the benchmark's EXPLAIN ANALYZE. SQLite's plan, made without statistics for
 * tables it assumes large, is the strict check of which index serves which query.
 */
async function postgresPlan(db: Db, query: CompiledQuery): Promise<string[]> {
  return db.transaction().execute(async (tx) => {
    await sql`set local enable_seqscan = off`.execute(tx);
    const result = await tx.executeQuery<{ 'QUERY PLAN': [{ Plan: PgPlanNode }] }>(
      CompiledQuery.raw(`explain (format json) ${query.sql}`, [...query.parameters]),
    );
    const steps: string[] = [];
    const walk = (node: PgPlanNode) => {
      // A bitmap heap scan names the table and its Bitmap Index Scan child the index (no table): both count.
      if (node['Relation Name'] || node['Index Name']) {
        const how = node['Index Name'] ? ` using ${node['Index Name']}` : '';
        const on = node['Relation Name'] ? ` on ${node['Relation Name']}` : '';
        steps.push(`${node['Node Type']}${on}${how}: ${node['Index Cond'] ?? ''}`);
      }
      for (const child of node.Plans ?? []) walk(child);
    };
    walk(result.rows[0]!['QUERY PLAN'][0].Plan);
    return steps;
  });
}

interface PgPlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PgPlanNode[];
}

/** A PostgreSQL step that reads a hot table sequentially, priced out as it was. */
function postgresReadsSequentially(step: string): boolean {
  return HOT_TABLES.some((table) => step.startsWith(`Seq Scan on ${table}`));
}

/** A moment to read the plan as of. */
const AT = '2027-02-01T00:00:00.000Z';

/** The indexes the hot queries need, by their columns, as PostgreSQL describes them. */
const EXPECTED_INDEXES: Record<string, string> = {
  promises_due: '(organization_id, due_date, id)',
  promises_cycle_due: '(organization_id, cycle_id, due_date, id)',
  promises_customer: '(organization_id, customer_type, customer_id)',
  promise_performers_party_promise: '(organization_id, party_type, party_id, promise_id)',
  dependencies_promise_state: '(organization_id, promise_id, state)',
  dependencies_supplier_promise: '(organization_id, supplier_promise_id, state)',
  dependencies_supplier_team: '(organization_id, supplier_team_id, state)',
  dependencies_state: '(organization_id, state)',
  check_ins_promise_at: '(organization_id, promise_id, at, id)',
  contributions_to: '(organization_id, to_promise_id)',
  contributions_from_live: '(organization_id, from_promise_id, removed_at, to_promise_id, id)',
  promises_id_status: '(organization_id, id, status)',
  promises_cycle_status: '(organization_id, cycle_id, status, phase, id)',
  promise_score_points_at: '(organization_id, at)',
  promise_score_points_until: '(organization_id, until_at)',
  promises_status_due: '(organization_id, status, due_date)',
  memberships_current: '(organization_id, removed_at, person_id)',
  teams_name: '(organization_id, archived_at, name, id)',
  invitations_created: '(organization_id, created_at, id)',
  notifications_person_at: '(organization_id, person_id, at, id)',
  cycles_start: '(organization_id, start_date, end_date, id)',
  memberships_role: '(organization_id, role, removed_at)',
};

describe.each(testEngines())('the plans of the hot queries on %s', (engine) => {
  const s = useTestServices(engine);

  /** An organization with a bit of everything the queries read. */
  async function organization() {
    const sides = await customerAndPerformer(s.ctx);
    const { promise: kept } = await keptPromise(s.ctx, { ...sides, checkIns: [{ values: { 0: '10' } }] });
    const requested = await promiseIn(s.ctx, 'requested', sides);
    await promiseIn(s.ctx, 'draft', sides);
    await createContribution(s.ctx, sides.customer, {
      fromPromiseId: requested.id,
      toPromiseId: kept.id,
      weight: 1,
    });
    await createDependency(s.ctx, sides.performer, {
      promiseId: kept.id,
      supplierPromiseId: requested.id,
      note: 'needs it',
    });
    return { ...sides, kept, requested };
  }

  /** Checks each query `run` makes: it searches an index, and reads no hot table whole. */
  async function expectIndexed(hot: Record<string, (db: Db) => Promise<unknown>>) {
    for (const [name, run] of Object.entries(hot)) {
      const queries = await capture(s.ctx.db, run);
      expect(queries.length, name).toBeGreaterThan(0);
      for (const query of queries) {
        if (engine === 'sqlite') {
          const plan = await sqlitePlan(s.ctx.db, query);
          const context = `${name}:\n${query.sql}\n${plan.join('\n')}`;
          if (process.env.SHOW_PLANS) console.log(context);
          expect(
            plan.some((line) => /USING (COVERING )?INDEX|USING (INTEGER )?PRIMARY KEY/.test(line)),
            context,
          ).toBe(true);
          const wholeScans = plan.filter((line) =>
            HOT_TABLES.some((table) => aliasScan(line, query.sql, table)),
          );
          expect(wholeScans, context).toEqual([]);
        } else {
          const plan = await postgresPlan(s.ctx.db, query);
          const context = `${name}:\n${query.sql}\n${plan.join('\n')}`;
          if (process.env.SHOW_PLANS) console.log(context);
          expect(
            plan.some((line) => /^(Index|Index Only|Bitmap Index) Scan/.test(line)),
            context,
          ).toBe(true);
          expect(plan.filter(postgresReadsSequentially), context).toEqual([]);
        }
      }
    }
  }

  it('reads standings and sums dashboards and reviews through indexes, for a cycle, a team or a person', async () => {
    const { performer, cycle, kept } = await organization();
    const org = performer.organizationId;
    const weekEnds = ['2027-01-07T23:59:59.999Z', '2027-01-14T23:59:59.999Z'];
    const scopes: Record<string, dashboard.DashboardScope> = {
      'a cycle': { organizationId: org, cycleIds: [cycle.id] },
      'a person': {
        organizationId: org,
        cycleIds: [cycle.id],
        party: { type: 'person', id: performer.personId },
      },
    };
    const hot: Record<string, (db: Db) => Promise<unknown>> = {
      'the standings a page presents': (db) => standings.listStandings(db, org, [kept.id]),
      'the standing a check-in locks': (db) =>
        standings.lockStandingForCheckIn(db, s.ctx.dialect, org, kept.id),
    };
    for (const [label, scope] of Object.entries(scopes)) {
      hot[`figures of ${label}`] = (db) =>
        dashboard.figureGroups(db, scope, ['promised', 'requested'], '2027-01-10T00:00:00.000Z');
      hot[`at risk in ${label}`] = (db) =>
        dashboard.promisesNeedingAttention(db, scope, 'at-risk', '2027-01-10T00:00:00.000Z', 20);
      hot[`stale in ${label}`] = (db) =>
        dashboard.promisesNeedingAttention(db, scope, 'stale', '2027-01-10T00:00:00.000Z', 20);
      hot[`weekly chart of ${label}`] = (db) =>
        dashboard.weeklyScoreTotals(db, scope, ['promised'], weekEnds);
      hot[`weekly chart of ${label} as of a moment`] = (db) =>
        dashboard.weeklyScoreTotals(db, scope, ['promised'], [weekEnds[0]!, '2027-01-10T12:00:00.000Z']);
      hot[`review figures of ${label}`] = (db) =>
        review.summarizeReview(db, scope, { kept: ['promised', 'satisfied'], ended: ['withdrawn'] });
      hot[`review page of ${label}`] = (db) =>
        review.pageOfPromises(db, scope, ['withdrawn', 'revoked'], { limit: 25, offset: 0 });
      hot[`carried out of ${label}`] = (db) => carryOver.listCarriedOutOf(db, org, [cycle.id], 200);
    }
    await expectIndexed(hot);
  });

  it('searches an index for every hot query, never reading a hot table whole', async () => {
    const { performer, cycle, kept } = await organization();
    const org = performer.organizationId;
    const parties = [{ type: 'person' as const, id: performer.personId }];
    const hot: Record<string, (db: Db) => Promise<unknown>> = {
      'the first page of a cycle': (db) =>
        promises.listPromises(
          db,
          org,
          { cycleIds: [cycle.id], draftVisibleTo: parties },
          { limit: 50, offset: 0 },
        ),
      'the first page of mine': (db) =>
        promises.listPromises(
          db,
          org,
          { parties: { list: parties, as: 'either' }, draftVisibleTo: parties },
          { limit: 50, offset: 0 },
        ),
      "a promise's check-ins": (db) => checkIns.listCheckIns(db, org, [kept.id]),
      "a page of a promise's check-ins": async (db) => {
        const { rows } = await checkIns.pageCheckIns(db, org, kept.id, { limit: 20, offset: 0 });
        return checkIns.valuesAndAnswersOf(
          db,
          org,
          kept.id,
          rows.map((row) => row.id),
        );
      },
      'a page of my notifications': (db) =>
        notifications.pageNotifications(db, org, performer.personId, { limit: 20, offset: 0 }),
      "a promise's values": (db) => checkIns.listValues(db, org, [kept.id]),
      'the promises the inbox lists': (db) =>
        promises.listPromisesInvolving(db, org, parties, FINAL_STATUSES),
      "the inbox's proposed dependencies": (db) =>
        links.listProposedDependenciesOf(db, org, { parties, supplierTeamIds: ['a-team'] }),
      "a promise's dependencies": (db) => links.dependenciesTouching(db, org, kept.id),
      'the contributions a roll-up reaches': (db) => links.contributionsReaching(db, org, kept.id),
      // The plan as of a moment: links standing then, a page's moves and check-ins up to then.
      "a promise's contributions as of a moment": (db) => links.contributionsTouching(db, org, kept.id, AT),
      "a promise's dependencies as of a moment": (db) => links.dependenciesTouching(db, org, kept.id, AT),
      'the contributions a roll-up reached at a moment': (db) =>
        links.contributionsReaching(db, org, kept.id, AT),
      "a page's moves up to a moment": (db) => promises.listMovesUntil(db, org, [kept.id], AT),
      "a page's check-ins up to a moment": (db) => checkIns.listCheckIns(db, org, [kept.id], AT),
      "a page's values up to a moment": (db) => checkIns.listValues(db, org, [kept.id], AT),
      'the first page of a cycle as of a moment': (db) =>
        promises.listPromises(
          db,
          org,
          { cycleIds: [cycle.id], madeBy: AT, draftVisibleTo: parties },
          { limit: 50, offset: 0 },
        ),
    };
    await expectIndexed(hot);
  });

  it('reads the lists a person opens all day, and lists of ids of any length, through indexes', async () => {
    const { performer, customer, cycle, kept, requested } = await organization();
    const org = performer.organizationId;
    // Past SQLite's limit of bound parameters: the list is one parameter, searched id by id.
    const many = [...Array.from({ length: 40_000 }, (_, i) => `missing-${i}`), kept.id, requested.id];
    const parties = [{ type: 'person' as const, id: performer.personId }];
    await expectIndexed({
      'the promises of 40,000 ids': (db) => promises.findPromises(db, org, many),
      'the performers of 40,000 promises': (db) => promises.performersOf(db, org, many),
      'the check-ins of 40,000 promises': (db) => checkIns.listCheckIns(db, org, many),
      'the standings of 40,000 promises': (db) => standings.listStandings(db, org, many),
      'the teams of a page of people': (db) =>
        teams.listTeamsOfPeople(db, org, [performer.personId, customer.personId]),
      'the owners of the organization': (db) => people.countOwners(db, org),
      "the inbox's latest check-ins": (db) => checkIns.latestCheckIns(db, org, many),
      "the answers to the inbox's latest check-ins": (db) =>
        checkIns.listAnswers(db, org, [kept.id], ['a-check-in']),
      'the first page of people': (db) =>
        people.pageMembers(db, s.ctx.dialect, org, {}, { limit: 50, offset: 0 }),
      'the first page of a cycle, by title': (db) =>
        promises.listPromises(
          db,
          org,
          { cycleIds: [cycle.id], draftVisibleTo: parties },
          { limit: 50, offset: 0, sort: 'title' },
        ),
    });
    if (engine === 'sqlite') {
      // The total of a quarter's list is counted from promises_cycle_status alone, never its rows.
      const queries = await capture(s.ctx.db, (db) =>
        promises.listPromises(
          db,
          org,
          { cycleIds: [cycle.id], draftVisibleTo: parties },
          { limit: 50, offset: 0 },
        ),
      );
      const counts = queries.filter((q) => q.sql.startsWith('select count(*)'));
      const [settled, drafts] = [
        counts.find((q) => !q.sql.includes('"pr"."status" = ?')),
        counts.find((q) => q.sql.includes('"pr"."status" = ?')),
      ];
      expect(await sqlitePlan(s.ctx.db, settled!)).toEqual([
        'SEARCH pr USING COVERING INDEX promises_cycle_status (organization_id=? AND cycle_id=? AND status=?)',
      ]);
      // The drafts are searched by their status too, then tested one by one for who may see them.
      expect(await sqlitePlan(s.ctx.db, drafts!)).toContainEqual(
        'SEARCH pr USING COVERING INDEX promises_cycle_status (organization_id=? AND cycle_id=? AND status=?)',
      );
      // The page stays with promises_cycle_due, read in due-date order: never the quarter sorted whole.
      const page = queries.find((q) => q.sql.startsWith('select "pr".*'));
      const pagePlan = await sqlitePlan(s.ctx.db, page!);
      expect(pagePlan[0], page!.sql).toBe(
        'SEARCH pr USING INDEX promises_cycle_due (organization_id=? AND cycle_id=?)',
      );
      expect(pagePlan, page!.sql).not.toContain('USE TEMP B-TREE FOR ORDER BY');
      // Without a cycle, the total is counted status by status from promises_status_due alone.
      const everywhere = await capture(s.ctx.db, (db) =>
        promises.listPromises(db, org, { draftVisibleTo: parties }, { limit: 50, offset: 0 }),
      );
      const settledEverywhere = everywhere.find(
        (q) => q.sql.startsWith('select count(*)') && !q.sql.includes('"pr"."status" = ?'),
      );
      expect(await sqlitePlan(s.ctx.db, settledEverywhere!)).toEqual([
        'SEARCH pr USING COVERING INDEX promises_status_due (organization_id=? AND status=?)',
      ]);
      const owners = await capture(s.ctx.db, (db) => people.countOwners(db, org));
      expect(await sqlitePlan(s.ctx.db, owners[0]!)).toEqual([
        'SEARCH memberships USING COVERING INDEX memberships_role (organization_id=? AND role=? AND removed_at=?)',
      ]);
    }
  });

  it("reads a person's and a cycle's findings, a page at a time, through indexes", async () => {
    const { performer, cycle } = await organization();
    const org = performer.organizationId;
    await trackFindings(s.ctx, org);
    const page = { limit: 20, offset: 0 };
    const codes = ['contributes-to-nothing'];
    await expectIndexed({
      "a person's open findings (the inbox)": (db) =>
        findings.listFindingsPage(
          db,
          org,
          { status: 'open', party: { personId: performer.personId, teamIds: ['a-team'] } },
          codes,
          page,
        ),
      "a cycle's open findings": (db) =>
        findings.listFindingsPage(db, org, { status: 'open', cycleIds: [cycle.id] }, codes, page),
      'the findings resolved since a moment': (db) =>
        findings.listFindingsPage(db, org, { status: 'resolved', since: AT }, codes, page),
    });
  });

  it("reads a page of the planning board's teams, and the cycle's first drafts, through indexes", async () => {
    const { performer, cycle } = await organization();
    const org = performer.organizationId;
    await trackFindings(s.ctx, org);
    const parties = [{ type: 'person' as const, id: performer.personId }];
    const scope = { cycleId: cycle.id, teamIds: ['a-team', 'b-team'], draftVisibleTo: parties };
    await expectIndexed({
      "a page of the board's teams": (db) =>
        board.pageBoardTeams(db, s.ctx.dialect, org, {}, { limit: 20, offset: 0 }),
      "the page's columns counted, and its load": (db) => board.countBoardStatuses(db, org, scope),
      "the first promises of the page's columns": (db) => board.listBoardColumnHeads(db, org, scope, 5),
      "the page's promises as of a moment": (db) =>
        board.listBoardPromiseIds(db, org, { ...scope, draftVisibleTo: 'all', madeBy: AT }),
      "the page's capacities": (db) => board.listBoardCapacities(db, org, scope),
      "the page's first drafts": (db) => cycles.firstDraftOfTeams(db, org, cycle.id, scope.teamIds),
      "the cycle's first drafts": (db) => cycles.firstDraftOfTeams(db, org, cycle.id),
      'whether every team has drafted': (db) => cycles.allTeamsDraftedAt(db, org, cycle.id),
      "the board's findings": (db) =>
        findings.listFindingsPage(
          db,
          org,
          { status: 'open', codes: ['team-over-capacity', 'dependency-loop'], cycleIds: [cycle.id] },
          ['team-over-capacity', 'dependency-loop'],
          { limit: 20, offset: 0 },
        ),
    });
  });

  it("counts the map's summary and pages a team's map through indexes", async () => {
    const { performer, cycle } = await organization();
    const org = performer.organizationId;
    await expectIndexed({
      "the map's promises between teams, in a cycle": (db) =>
        map.countPromiseLinks(db, org, { cycleIds: [cycle.id] }),
      "the map's asks by team, in a cycle": (db) => map.countAsksByUnit(db, org, { cycleIds: [cycle.id] }),
      "the map's contributions between teams, in a cycle": (db) =>
        map.countContributionLinks(db, org, { cycleIds: [cycle.id] }),
      "the map's dependencies between teams, in a cycle": (db) =>
        map.countDependencyLinks(db, org, { cycleIds: [cycle.id] }),
      "a team's page of the map, in a cycle": (db) =>
        map.pageTeamPromises(db, org, 'a-team', { cycleIds: [cycle.id] }, { limit: 50, offset: 0 }),
      "a team's map as of a moment, in a cycle": (db) =>
        map.listTeamPromisesMadeBy(db, org, 'a-team', { cycleIds: [cycle.id] }, AT),
      'the home teams of a few people': (db) => map.homeTeamsOf(db, org, [performer.personId]),
    });
  });

  it('has the indexes the hot queries search, column by column', async () => {
    const columnsOf = new Map<string, string>();
    if (engine === 'postgres') {
      const { rows } = await sql<{ indexname: string; indexdef: string }>`
        select indexname, indexdef from pg_indexes where schemaname = current_schema()`.execute(s.ctx.db);
      for (const r of rows) columnsOf.set(r.indexname, r.indexdef.slice(r.indexdef.indexOf('(')));
    } else {
      const { rows } = await sql<{ name: string; columns: string }>`
        select i.name as name, '(' || group_concat(c.name, ', ') || ')' as columns
        from sqlite_master as i, pragma_index_info(i.name) as c
        where i.type = 'index' group by i.name`.execute(s.ctx.db);
      for (const r of rows) columnsOf.set(r.name, r.columns);
    }
    for (const [name, columns] of Object.entries(EXPECTED_INDEXES)) {
      expect(columnsOf.get(name), name).toBe(columns);
    }
  });
});

/** Whether a SQLite plan line scans `table` under an alias the query gave it (`from promises as pr`). */
function aliasScan(line: string, query: string, table: string): boolean {
  const aliases = [...query.matchAll(new RegExp(`"?\\b${table}"?\\s+(?:as\\s+)?"?(\\w+)"?`, 'gi'))].flatMap(
    (m) => (m[1] ? [m[1]] : []),
  );
  return [table, ...aliases].some((name) => readsWhole(line, name));
}

/**
 * A step reads a table whole when it scans it (`SCAN t`, with or without an index: the index then
 * gives only the order) or searches it by the organization alone (`SEARCH t USING INDEX i
 * (organization_id=?)`): every row of the organization.
 */
function readsWhole(line: string, name: string): boolean {
  return (
    new RegExp(`^SCAN ${name}\\b`).test(line) ||
    new RegExp(`^SEARCH ${name} .*\\(organization_id=\\?\\)$`).test(line)
  );
}
