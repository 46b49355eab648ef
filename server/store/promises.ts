import { sql } from 'kysely';
import { MAX_PAGE_SIZE } from '../../contract/pages.js';
import type { PromiseSort } from '../../contract/promises.js';
import { isLive, type Status } from '../../core/promises/index.js';
import { STATUSES } from '../../core/promises/state.js';
import { recordFirstDrafts } from './cycles.js';
import type { Db } from './database.js';
import { isAnyOf } from './dialect.js';
import type {
  PartyType,
  PromiseMovesTable,
  PromisePerformersTable,
  PromisesTable,
  PromiseTagsTable,
} from './schema.js';
import { countInDays } from './standings.js';

export async function insertPromise(
  db: Db,
  row: PromisesTable,
  performers: PromisePerformersTable[],
  tags: PromiseTagsTable[],
): Promise<void> {
  await db.insertInto('promises').values(row).execute();
  await db.insertInto('promise_performers').values(performers).execute();
  await recordFirstDrafts(
    db,
    row.organization_id,
    performers
      .filter((p) => p.party_type === 'team')
      .map((p) => ({ cycleId: row.cycle_id, teamId: p.party_id, at: row.created_at })),
  );
  if (tags.length > 0) await db.insertInto('promise_tags').values(tags).execute();
}

export async function findPromise(
  db: Db,
  organizationId: string,
  id: string,
): Promise<PromisesTable | undefined> {
  return db
    .selectFrom('promises')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findPromises(db: Db, organizationId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('promises')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where(isAnyOf(db, 'id', ids))
    .execute();
}

export async function performersOf(db: Db, organizationId: string, promiseIds: readonly string[]) {
  if (promiseIds.length === 0) return [];
  return db
    .selectFrom('promise_performers')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where(isAnyOf(db, 'promise_id', promiseIds))
    .orderBy('position')
    .execute();
}

export async function tagsOf(db: Db, organizationId: string, promiseIds: readonly string[]) {
  if (promiseIds.length === 0) return [];
  return db
    .selectFrom('promise_tags')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where(isAnyOf(db, 'promise_id', promiseIds))
    .orderBy('tag')
    .execute();
}

export async function replaceTags(
  db: Db,
  organizationId: string,
  promiseId: string,
  tags: readonly string[],
) {
  await db
    .deleteFrom('promise_tags')
    .where('organization_id', '=', organizationId)
    .where('promise_id', '=', promiseId)
    .execute();
  if (tags.length > 0) {
    await db
      .insertInto('promise_tags')
      .values(tags.map((tag) => ({ organization_id: organizationId, promise_id: promiseId, tag })))
      .execute();
  }
}

/**
 * Rewrites the projection only if nobody moved the promise since it was read: the version is the
 * guard, so of two concurrent moves exactly one lands.
 */
export async function updateProjection(
  db: Db,
  organizationId: string,
  id: string,
  expectedVersion: number,
  changes: Partial<Omit<PromisesTable, 'organization_id' | 'id'>>,
): Promise<boolean> {
  // A status that goes live or stops being live takes the promise's score points into or out of its
  // cycle's days (0038), which count the promises live now.
  const before =
    changes.status === undefined
      ? undefined
      : await db
          .selectFrom('promises')
          .select(['status', 'cycle_id'])
          .where('organization_id', '=', organizationId)
          .where('id', '=', id)
          .where('version', '=', expectedVersion)
          .executeTakeFirst();
  const result = await db
    .updateTable('promises')
    .set(changes)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  const landed = Number(result.numUpdatedRows) === 1;
  if (landed && before && changes.status !== undefined) {
    const wasLive = isLive(before.status as Status);
    if (wasLive !== isLive(changes.status as Status))
      await countInDays(db, organizationId, { id, cycleId: before.cycle_id }, wasLive ? -1 : 1);
  }
  return landed;
}

export async function touchPromise(db: Db, organizationId: string, id: string, at: string): Promise<void> {
  await db
    .updateTable('promises')
    .set({ updated_at: at })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

export async function insertMove(db: Db, row: PromiseMovesTable): Promise<void> {
  await db.insertInto('promise_moves').values(row).execute();
}

export async function countMoves(db: Db, organizationId: string, promiseId: string): Promise<number> {
  const row = await db
    .selectFrom('promise_moves')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', '=', organizationId)
    .where('promise_id', '=', promiseId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listMoves(db: Db, organizationId: string, promiseId: string) {
  return db
    .selectFrom('promise_moves as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .selectAll('m')
    .select('p.name as person_name')
    .where('m.organization_id', '=', organizationId)
    .where('m.promise_id', '=', promiseId)
    .orderBy('m.seq')
    .execute();
}

/** The moves of these promises made by `until`, each promise's in the order they were accepted. */
export async function listMovesUntil(
  db: Db,
  organizationId: string,
  promiseIds: readonly string[],
  until: string,
) {
  if (promiseIds.length === 0) return [];
  return db
    .selectFrom('promise_moves')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where(isAnyOf(db, 'promise_id', promiseIds))
    .where('at', '<=', until)
    .orderBy('promise_id')
    .orderBy('seq')
    .execute();
}

export interface PartyFilter {
  type: PartyType;
  id: string;
}

export interface PromiseFilter {
  cycleIds?: readonly string[] | undefined;
  /** Only the promises made by this moment (the plan as of a past moment). */
  madeBy?: string | undefined;
  horizonId?: string | undefined;
  status?: string | undefined;
  phase?: string | undefined;
  tag?: string | undefined;
  /** Promises where any of these parties is on the side(s) named by `as`. */
  parties?: { list: readonly PartyFilter[]; as: PartySide } | undefined;
  /**
   * Drafts are private to their drafting side and reviewers: only these parties see them; 'all'
   * when the whole plan is judged (approving a cycle lists every unsettled promise).
   */
  draftVisibleTo: readonly PartyFilter[] | 'all';
  /** Only these promises (the text filter's matches). */
  ids?: readonly string[] | undefined;
  /** Only promises in one of these statuses. */
  statuses?: readonly string[];
  excludeStatuses?: readonly string[];
}

/** Text in code-unit order: ids and calendar dates sort the same here as in the database. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

type PartySide = 'customer' | 'performer' | 'either';

/**
 * The ids of the promises where any of the parties (at least one) is on the side(s) named, as a
 * subquery. Each branch is searched by its own index (promises_customer,
 * promise_performers_party_promise) and the branches are a UNION: an OR of a customer test and an
 * EXISTS per party would make the engines test every promise of the organization instead.
 */
export function promiseIdsOf(db: Db, organizationId: string, list: readonly PartyFilter[], as: PartySide) {
  const asCustomer = db
    .selectFrom('promises as cp')
    .select('cp.id')
    .where('cp.organization_id', '=', organizationId)
    .where((eb) =>
      eb.or(list.map((p) => eb.and([eb('cp.customer_type', '=', p.type), eb('cp.customer_id', '=', p.id)]))),
    );
  const asPerformer = db
    .selectFrom('promise_performers as pp')
    .select('pp.promise_id as id')
    .where('pp.organization_id', '=', organizationId)
    .where((eb) =>
      eb.or(list.map((p) => eb.and([eb('pp.party_type', '=', p.type), eb('pp.party_id', '=', p.id)]))),
    );
  if (as === 'customer') return asCustomer;
  if (as === 'performer') return asPerformer;
  return asCustomer.unionAll(asPerformer);
}

export function filtered(db: Db, organizationId: string, filter: PromiseFilter) {
  // A discarded draft is gone from every list, its drafting side's included: only its page remains.
  let query = db
    .selectFrom('promises as pr')
    .where('pr.organization_id', '=', organizationId)
    .where('pr.status', '!=', 'discarded');
  if (filter.cycleIds)
    query = query.where('pr.cycle_id', 'in', filter.cycleIds.length ? filter.cycleIds : ['']);
  if (filter.horizonId) {
    const horizonId = filter.horizonId;
    query = query.where((eb) =>
      eb(
        'pr.cycle_id',
        'in',
        eb
          .selectFrom('cycles')
          .select('id')
          .where('organization_id', '=', organizationId)
          .where('horizon_id', '=', horizonId),
      ),
    );
  }
  if (filter.madeBy) query = query.where('pr.created_at', '<=', filter.madeBy);
  if (filter.ids) query = query.where(isAnyOf(db, 'pr.id', filter.ids));
  if (filter.status) query = query.where('pr.status', '=', filter.status);
  if (filter.phase) query = query.where('pr.phase', '=', filter.phase);
  if (filter.statuses)
    query = query.where('pr.status', 'in', filter.statuses.length ? filter.statuses : ['']);
  if (filter.excludeStatuses?.length) query = query.where('pr.status', 'not in', filter.excludeStatuses);
  if (filter.tag) {
    const tag = filter.tag.toLowerCase();
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('promise_tags as t')
          .select('t.tag')
          .whereRef('t.organization_id', '=', 'pr.organization_id')
          .whereRef('t.promise_id', '=', 'pr.id')
          .where('t.tag', '=', tag),
      ),
    );
  }
  const partyMatch = (list: readonly PartyFilter[], as: PartySide) =>
    query.where((eb) =>
      list.length === 0 ? eb.val(false) : eb('pr.id', 'in', promiseIdsOf(db, organizationId, list, as)),
    );
  if (filter.parties) query = partyMatch(filter.parties.list, filter.parties.as);
  if (filter.draftVisibleTo === 'all') return query;
  const visible = filter.draftVisibleTo;
  return query.where((eb) =>
    eb.or([
      eb('pr.status', '!=', 'draft'),
      ...(visible.length ? [eb('pr.id', 'in', visibleDraftIds(db, organizationId, visible))] : []),
    ]),
  );
}

/**
 * The ids of the drafts these parties may see, as one uncorrelated subquery the engines run once: a
 * draft awaits its drafting side, so "awaiting" names who may see it (the customer while the customer
 * drafts, a performer while the performers do), and so may the reviewers it was shared with. Each
 * branch is a search of its own index (promises_customer, promise_performers_party_promise,
 * review_requests_reviewer_idx); tested row by row as an OR of EXISTS, the same rule made the engines
 * read every promise of the organization to count a page's total.
 */
export function visibleDraftIds(db: Db, organizationId: string, visible: readonly PartyFilter[]) {
  const asCustomer = db
    .selectFrom('promises as dc')
    .select('dc.id')
    .where('dc.organization_id', '=', organizationId)
    .where((eb) =>
      eb.or(
        visible.map((p) => eb.and([eb('dc.customer_type', '=', p.type), eb('dc.customer_id', '=', p.id)])),
      ),
    )
    .where('dc.status', '=', 'draft')
    .where('dc.awaiting', '=', 'customer');
  const asPerformer = db
    .selectFrom('promise_performers as dp')
    .innerJoin('promises as dpr', (join) =>
      join.onRef('dpr.organization_id', '=', 'dp.organization_id').onRef('dpr.id', '=', 'dp.promise_id'),
    )
    .select('dp.promise_id as id')
    .where('dp.organization_id', '=', organizationId)
    .where((eb) =>
      eb.or(visible.map((p) => eb.and([eb('dp.party_type', '=', p.type), eb('dp.party_id', '=', p.id)]))),
    )
    .where('dpr.status', '=', 'draft')
    .where('dpr.awaiting', '=', 'performer');
  const asReviewer = db
    .selectFrom('review_requests as rr')
    .select('rr.promise_id as id')
    .where('rr.organization_id', '=', organizationId)
    .where((eb) =>
      eb.or(
        visible.map((p) => eb.and([eb('rr.reviewer_type', '=', p.type), eb('rr.reviewer_id', '=', p.id)])),
      ),
    );
  return asCustomer.unionAll(asPerformer).unionAll(asReviewer);
}

/** The column behind each way the list sorts. */
const SORT_COLUMNS = {
  due: 'due_date',
  title: 'title',
  phase: 'phase',
  status: 'status',
  awaiting: 'awaiting',
} as const satisfies Record<PromiseSort, keyof PromisesTable>;

/** One page of the promises a person browses (the list page and its filters). */
export async function listPromises(
  db: Db,
  organizationId: string,
  filter: PromiseFilter,
  page: { limit: number; offset: number; sort?: PromiseSort; order?: 'asc' | 'desc' },
): Promise<{ rows: PromisesTable[]; total: number }> {
  const column = SORT_COLUMNS[page.sort ?? 'due'];
  const order = page.order ?? 'asc';
  // The most a page holds: whoever needs every promise of a scope asks for that scope below.
  if (page.limit > MAX_PAGE_SIZE) {
    throw new RangeError(`A page holds at most ${MAX_PAGE_SIZE} promises; select the scope instead`);
  }
  const base = filtered(db, organizationId, filter);
  if (filter.parties) {
    // Some parties' promises (the list's "mine", a team's): found through the parties' indexes, they
    // are few, so their sort keys are read and paged here. Asked for ORDER BY … LIMIT, SQLite would
    // walk all of the organization's promises in due-date order instead, and count them again.
    const keys = await base.select(['pr.id', `pr.${column} as key`]).execute();
    const sign = order === 'asc' ? 1 : -1;
    keys.sort((a, b) => sign * (compare(a.key ?? '', b.key ?? '') || compare(a.id, b.id)));
    const pageIds = keys.slice(page.offset, page.offset + page.limit).map((k) => k.id);
    const byId = new Map((await findPromises(db, organizationId, pageIds)).map((row) => [row.id, row]));
    const rows = pageIds.flatMap((id) => byId.get(id) ?? []);
    return { rows, total: keys.length };
  }
  const [rows, count] = await Promise.all([
    base
      .selectAll('pr')
      // An awaiting side is null in final states: '' sorts it first on both engines. The other
      // columns are ordered as they are, so that the due date's order still comes from its index.
      .orderBy(column === 'awaiting' ? sql`coalesce(pr.awaiting, '')` : `pr.${column}`, order)
      .orderBy('pr.id', order)
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    countPromises(db, organizationId, filter),
  ]);
  return { rows, total: count };
}

/**
 * The statuses of the promises every member sees, named one by one, so that a count of them searches
 * its index for each (promises_cycle_status in a cycle, promises_status_due without one) and skips
 * the drafts and discarded promises, where "neither draft nor discarded" reads every entry.
 */
const SETTLED_STATUSES = STATUSES.filter((status) => status !== 'draft' && status !== 'discarded');

/**
 * How many promises a filtered list has, counted in two parts: those that are not drafts, everyone
 * sees, from an index alone (promises_cycle_status or promises_status_due) without reading a row;
 * and the drafts, few, with the test of who may see them. Counted in one, every promise of the
 * organization would be read.
 */
async function countPromises(db: Db, organizationId: string, filter: PromiseFilter): Promise<number> {
  const everyone = filtered(db, organizationId, { ...filter, draftVisibleTo: 'all' });
  const visible = filter.draftVisibleTo;
  const [settled, drafts] = await Promise.all([
    everyone
      .where('pr.status', 'in', SETTLED_STATUSES)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    visible === 'all' || visible.length > 0
      ? everyone
          .where('pr.status', '=', 'draft')
          .where((eb) =>
            visible === 'all'
              ? eb.val(true)
              : eb('pr.id', 'in', visibleDraftIds(db, organizationId, visible)),
          )
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      : { n: 0 },
  ]);
  return Number(settled.n) + Number(drafts.n);
}

/** Every promise of a scope, by due date: the queries below name the scopes the pages need. */
async function selectAll(db: Db, organizationId: string, filter: PromiseFilter): Promise<PromisesTable[]> {
  const query = filtered(db, organizationId, filter).selectAll('pr');
  if (!filter.parties) return query.orderBy('pr.due_date').orderBy('pr.id').execute();
  // A party's promises are found through the party's indexes; asked to sort them in SQL, SQLite would
  // rather walk all of the organization's promises in due-date order. They are few: sort them here.
  const rows = await query.execute();
  return rows.sort((a, b) => compare(a.due_date, b.due_date) || compare(a.id, b.id));
}

/** The promises of some cycles, drafts only where `draftVisibleTo` may see them (or all of them). */
export function listPromisesInCycles(
  db: Db,
  organizationId: string,
  cycleIds: readonly string[],
  draftVisibleTo: PromiseFilter['draftVisibleTo'],
): Promise<PromisesTable[]> {
  return selectAll(db, organizationId, { cycleIds, draftVisibleTo });
}

/** What a party performs in a cycle, drafts left out: they are on nobody's plate yet. */
export function listPromisesPerformedBy(
  db: Db,
  organizationId: string,
  party: PartyFilter,
  cycleId: string,
): Promise<PromisesTable[]> {
  return selectAll(db, organizationId, {
    cycleIds: [cycleId],
    parties: { list: [party], as: 'performer' },
    draftVisibleTo: [],
  });
}

/**
 * The promises in the given statuses, in some cycles or a horizon (everywhere when neither is
 * given), of one party on either side if named. Drafts are never among them.
 */
export function listPromisesInStatuses(
  db: Db,
  organizationId: string,
  statuses: readonly string[],
  scope: {
    cycleIds?: readonly string[] | undefined;
    horizonId?: string | undefined;
    party?: PartyFilter | undefined;
  },
): Promise<PromisesTable[]> {
  return selectAll(db, organizationId, {
    cycleIds: scope.cycleIds,
    horizonId: scope.horizonId,
    parties: scope.party ? { list: [scope.party], as: 'either' } : undefined,
    statuses,
    draftVisibleTo: [],
  });
}

/** The promises any of `parties` is a side of, but for the given statuses; drafts only those they may see. */
export function listPromisesInvolving(
  db: Db,
  organizationId: string,
  parties: readonly PartyFilter[],
  excludeStatuses: readonly string[],
): Promise<PromisesTable[]> {
  return selectAll(db, organizationId, {
    parties: { list: parties, as: 'either' },
    draftVisibleTo: parties,
    excludeStatuses,
  });
}

/**
 * The promises whose pending ask is to be answered by `replyBy` (a calendar date), at most `limit`:
 * what the day-before reminder tells. Answered asks have no date (the projection clears it).
 */
export async function listAsksToAnswerBy(db: Db, organizationId: string, replyBy: string, limit: number) {
  return db
    .selectFrom('promises')
    .select(['id', 'title', 'awaiting', 'customer_type', 'customer_id', 'version', 'reply_by'])
    .where('organization_id', '=', organizationId)
    .where('reply_by', '=', replyBy)
    .where('awaiting', 'is not', null)
    .orderBy('id')
    .limit(limit)
    .execute();
}
