import { sql } from 'kysely';
import { type BoardColumn, boardColumnOf } from '../../core/planning/index.js';
import { STATUSES } from '../../core/promises/state.js';
import type { Db } from './database.js';
import type { Dialect } from './dialect.js';
import type { Page, PageOf } from './pages.js';
import { countOf } from './pages.js';
import { filtered, type PromiseFilter } from './promises.js';
import type { TeamsTable } from './schema.js';

/**
 * The planning board reads one page of teams at a time: every query below names the page's teams,
 * so its work grows with the page (and what those teams are party to), never with the organization.
 */
export interface BoardScope {
  cycleId: string;
  teamIds: readonly string[];
  /** Who may see drafts (a viewer's parties), or 'all' (as of a past moment, judged afterwards). */
  draftVisibleTo: PromiseFilter['draftVisibleTo'];
  /** Only the promises made by this instant. */
  madeBy?: string | undefined;
}

/** The active teams of the board, by name then id: one team, or those whose name holds `q`. */
export async function pageBoardTeams(
  db: Db,
  dialect: Dialect,
  organizationId: string,
  filter: { teamId?: string | undefined; q?: string | undefined },
  page: Page,
): Promise<PageOf<TeamsTable>> {
  let query = db
    .selectFrom('teams')
    .where('organization_id', '=', organizationId)
    .where('archived_at', 'is', null);
  if (filter.teamId) query = query.where('id', '=', filter.teamId);
  const q = filter.q;
  if (q) query = query.where((eb) => dialect.containsInsensitive(eb.ref('name'), q));
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('name').orderBy('id').limit(page.limit).offset(page.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: countOf(count) };
}

/**
 * Which of the page's teams each promise of the cycle involves, and whether the team performs it
 * (else it is the customer): the team's performer rows (promise_performers_party_promise) and the
 * promises it is the customer of (promises_customer), one row per team and promise. The cycle is
 * tested on the joined promise, not here: asked for it here, SQLite would read every promise of the
 * cycle (promises_cycle_due) instead of the few the teams are customers of.
 */
function involvement(db: Db, organizationId: string, scope: BoardScope) {
  const teamIds = scope.teamIds.length > 0 ? scope.teamIds : [''];
  const asPerformer = db
    .selectFrom('promise_performers as bp')
    .select(['bp.party_id as team_id', 'bp.promise_id', sql<number>`1`.as('performs')])
    .where('bp.organization_id', '=', organizationId)
    .where('bp.party_type', '=', 'team')
    .where('bp.party_id', 'in', teamIds);
  const asCustomer = db
    .selectFrom('promises as bc')
    .select(['bc.customer_id as team_id', 'bc.id as promise_id', sql<number>`0`.as('performs')])
    .where('bc.organization_id', '=', organizationId)
    .where('bc.customer_type', '=', 'team')
    .where('bc.customer_id', 'in', teamIds);
  return db
    .selectFrom(asPerformer.unionAll(asCustomer).as('bi'))
    .select(['bi.team_id', 'bi.promise_id', (eb) => eb.fn.max('bi.performs').as('performs')])
    .groupBy(['bi.team_id', 'bi.promise_id']);
}

/** The promises of the cycle the page's teams are party to, with the team each row is about. */
function involved(db: Db, organizationId: string, scope: BoardScope) {
  return filtered(db, organizationId, {
    cycleIds: [scope.cycleId],
    draftVisibleTo: scope.draftVisibleTo,
    madeBy: scope.madeBy,
  }).innerJoin(involvement(db, organizationId, scope).as('i'), 'i.promise_id', 'pr.id');
}

/**
 * How many promises each team of the page has in each status, and how many of them (and how many
 * points) it performs: the columns' totals and the load, counted in SQL.
 */
export async function countBoardStatuses(db: Db, organizationId: string, scope: BoardScope) {
  if (scope.teamIds.length === 0) return [];
  const rows = await involved(db, organizationId, scope)
    .select([
      'i.team_id',
      'pr.status',
      (eb) => eb.fn.countAll<number | string>().as('n'),
      (eb) =>
        eb.fn.sum<number | string | null>(sql`case when i.performs = 1 then 1 else 0 end`).as('performed'),
      (eb) => eb.fn.sum<number | string | null>(sql`case when i.performs = 1 then pr.size end`).as('points'),
    ])
    .groupBy(['i.team_id', 'pr.status'])
    .execute();
  return rows.map((row) => ({
    teamId: row.team_id,
    status: row.status,
    count: countOf(row),
    performed: Number(row.performed ?? 0),
    points: Number(row.points ?? 0),
  }));
}

/** The board column of each status, as SQL: the rule of `boardColumnOf`, in one place. */
const columnOfStatus = sql<BoardColumn | null>`case pr.status ${sql.join(
  STATUSES.flatMap((status) => {
    const column = boardColumnOf(status);
    return column === null ? [] : [sql`when ${sql.lit(status)} then ${sql.lit(column)}`];
  }),
  sql` `,
)} else null end`;

/**
 * The first `perColumn` promises of each team's columns, in the board's order (due date, then id):
 * which promise, for which team and column. A window numbers each column's promises in SQL, so only
 * what the page lists leaves the database.
 */
export async function listBoardColumnHeads(
  db: Db,
  organizationId: string,
  scope: BoardScope,
  perColumn: number,
): Promise<Array<{ teamId: string; promiseId: string; column: BoardColumn }>> {
  if (scope.teamIds.length === 0) return [];
  const numbered = involved(db, organizationId, scope)
    .select([
      'i.team_id',
      'pr.id as promise_id',
      columnOfStatus.as('board_column'),
      sql<number>`row_number() over (partition by i.team_id, ${columnOfStatus} order by pr.due_date, pr.id)`.as(
        'position',
      ),
    ])
    .where(sql<boolean>`${columnOfStatus} is not null`);
  const rows = await db
    .selectFrom(numbered.as('n'))
    .select(['n.team_id', 'n.promise_id', 'n.board_column', 'n.position'])
    .where('n.position', '<=', perColumn)
    .orderBy('n.team_id')
    .orderBy('n.board_column')
    .orderBy('n.position')
    .execute();
  return rows.flatMap((row) =>
    row.board_column === null
      ? []
      : [{ teamId: row.team_id, promiseId: row.promise_id, column: row.board_column }],
  );
}

/**
 * Every promise of the cycle the page's teams are party to (as of a past moment, to rebuild them):
 * the promises are looked up by the ids the teams' rows give, never read by organization.
 */
export async function listBoardPromiseIds(
  db: Db,
  organizationId: string,
  scope: BoardScope,
): Promise<string[]> {
  if (scope.teamIds.length === 0) return [];
  const ids = db.selectFrom(involvement(db, organizationId, scope).as('i')).select('i.promise_id');
  const rows = await filtered(db, organizationId, {
    cycleIds: [scope.cycleId],
    draftVisibleTo: scope.draftVisibleTo,
    madeBy: scope.madeBy,
  })
    .where('pr.id', 'in', ids)
    .select('pr.id')
    .execute();
  return rows.map((row) => row.id);
}

/** The capacities the page's teams declared for the cycle. */
export async function listBoardCapacities(db: Db, organizationId: string, scope: BoardScope) {
  if (scope.teamIds.length === 0) return [];
  return db
    .selectFrom('team_capacities')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('cycle_id', '=', scope.cycleId)
    .where('team_id', 'in', scope.teamIds)
    .execute();
}
