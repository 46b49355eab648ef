import type { Condition } from '../../contract/promises.js';
import {
  isLive,
  type Move,
  type PromiseState,
  partyKey,
  type Status,
  termsOverTime,
} from '../../core/promises/index.js';
import {
  type Cadence,
  type CheckInStatus,
  type LoggedCheckIn,
  nextDueOf,
  type PromiseStanding,
  scoreConditions,
  scorePointsOf,
} from '../../core/scoring/index.js';
import { type Db, inDatabaseTransaction } from './database.js';
import { type Dialect, isAnyOf } from './dialect.js';
import type { KeyResultLatestTable, PromiseScorePointsTable, PromiseStandingsTable } from './schema.js';

/**
 * The standing projection (migration 0007): per promise, what its pages show of its progress. Every
 * function here runs inside the caller's transaction, beside the write that changes the standing.
 */

/** Rows per multi-row insert: well under both engines' bound-parameter limits. */
const CHUNK = 500;

function chunksOf<T>(rows: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < rows.length; start += CHUNK) chunks.push(rows.slice(start, start + CHUNK));
  return chunks;
}

/**
 * A promise's draft, as folded to find its terms over time: with a performer of each performing
 * move, or a draft stored before 0014 that names no performers, the fold follows every move.
 */
function draftOf(dialect: Dialect, draft: unknown): PromiseState<Condition> {
  const stored = dialect.parseJson<PromiseState<Condition>>(draft);
  return {
    ...stored,
    performers: stored.performers ?? [],
    promisedBy: stored.promisedBy ?? [],
    agreedBy: stored.agreedBy ?? [],
    reportedBy: stored.reportedBy ?? [],
  };
}

function conditionsOf(dialect: Dialect, state: unknown) {
  const parsed = dialect.parseJson<PromiseState<Condition>>(state);
  return {
    status: parsed.status,
    conditions: parsed.terms.conditions.map((c) => ({ ...c, keyResult: c.keyResult ?? null })),
  };
}

/**
 * Recomputes the standings of these promises from their check-ins and moves: for a write that
 * changes their terms or state (bounded by their own history), and to fill the projection in.
 */
export async function refreshStandings(
  db: Db,
  dialect: Dialect,
  organizationId: string,
  promiseIds: readonly string[],
): Promise<void> {
  if (promiseIds.length === 0) return;
  const ids = [...promiseIds];
  // Lock the standings first, so that a check-in recorded meanwhile waits and then applies on top.
  const standingsOf = db
    .selectFrom('promise_standings')
    .select('promise_id')
    .where('organization_id', '=', organizationId)
    .where(isAnyOf(db, 'promise_id', ids));
  if (dialect.locksRows) await standingsOf.forUpdate().execute();
  const [promises, checkIns, values, agreed, assessments, moves] = await Promise.all([
    db
      .selectFrom('promises as p')
      .innerJoin('cycles as c', (j) =>
        j.onRef('c.organization_id', '=', 'p.organization_id').onRef('c.id', '=', 'p.cycle_id'),
      )
      .select([
        'p.id',
        'p.cycle_id',
        'p.status',
        'p.state',
        'p.draft',
        'p.created_at',
        'c.start_date',
        'c.check_in_cadence',
      ])
      .where('p.organization_id', '=', organizationId)
      .where(isAnyOf(db, 'p.id', ids))
      .execute(),
    db
      .selectFrom('check_ins')
      .select(['id', 'promise_id', 'at', 'status', 'confidence'])
      .where('organization_id', '=', organizationId)
      .where(isAnyOf(db, 'promise_id', ids))
      .orderBy('at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('check_in_values as v')
      .innerJoin('check_ins as c', (j) =>
        j.onRef('c.organization_id', '=', 'v.organization_id').onRef('c.id', '=', 'v.check_in_id'),
      )
      .select(['v.check_in_id', 'v.promise_id', 'v.condition_id', 'v.value', 'v.done', 'c.at'])
      .where('v.organization_id', '=', organizationId)
      .where(isAnyOf(db, 'v.promise_id', ids))
      .orderBy('c.at')
      .orderBy('c.id')
      .execute(),
    db
      .selectFrom('promise_moves')
      .select(['promise_id', (eb) => eb.fn.min('at').as('at')])
      .where('organization_id', '=', organizationId)
      .where(isAnyOf(db, 'promise_id', ids))
      .where('act', 'in', ['promise', 'accept-offer'])
      .groupBy('promise_id')
      .execute(),
    db
      .selectFrom('assessments')
      .select(['promise_id', 'at', 'score', 'satisfied'])
      .where('organization_id', '=', organizationId)
      .where(isAnyOf(db, 'promise_id', ids))
      .orderBy('at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('promise_moves')
      .select([
        'promise_id',
        'act',
        'by_participant',
        'at',
        'version',
        'reason',
        'changes',
        'text',
        'performer_type',
        'performer_id',
      ])
      .where('organization_id', '=', organizationId)
      .where(isAnyOf(db, 'promise_id', ids))
      .orderBy('promise_id')
      .orderBy('seq')
      .execute(),
  ]);
  const movesOf = groupBy(moves, (m) => m.promise_id);
  const assessmentOf = new Map(assessments.map((a) => [a.promise_id, a]));
  const agreedAt = new Map(agreed.map((r) => [r.promise_id, String(r.at)]));
  const checkInsOf = groupBy(checkIns, (c) => c.promise_id);
  const valuesOf = groupBy(values, (v) => v.promise_id);
  const standings: PromiseStandingsTable[] = [];
  const latest: KeyResultLatestTable[] = [];
  const points: PromiseScorePointsTable[] = [];
  for (const promise of promises) {
    const { status, conditions } = conditionsOf(dialect, promise.state);
    const log: LoggedCheckIn[] = checkInsOf.get(promise.id) ?? [];
    const ownValues = (valuesOf.get(promise.id) ?? []).map((v) => ({
      checkInId: v.check_in_id,
      conditionId: v.condition_id,
      at: v.at,
      value: v.value !== null ? String(v.value) : v.done === 1,
    }));
    const last = log.at(-1) ?? null;
    const standing: PromiseStanding = {
      score: scoreConditions(conditions, ownValues).score,
      lastCheckIn: last,
      agreedAt: agreedAt.get(promise.id) ?? null,
      nextCheckInDue: nextDueOf(
        { status, agreedAt: agreedAt.get(promise.id) ?? null, lastCheckInAt: last?.at ?? null },
        { start: promise.start_date, cadence: promise.check_in_cadence as Cadence },
      ),
    };
    const assessment = assessmentOf.get(promise.id);
    standings.push({
      ...standingRow(organizationId, promise.id, standing),
      assessed_at: assessment?.at ?? null,
      assessment_score: assessment?.score ?? null,
      is_satisfied: assessment ? assessment.satisfied : null,
    });
    const latestOf = new Map<string, (typeof values)[number]>();
    for (const v of valuesOf.get(promise.id) ?? []) latestOf.set(v.condition_id, v);
    for (const v of latestOf.values()) {
      latest.push({
        organization_id: organizationId,
        promise_id: promise.id,
        condition_id: v.condition_id,
        check_in_id: v.check_in_id,
        at: v.at,
        value: v.value,
        done: v.done,
      });
    }
    // Each past point is scored against the terms in force then, not today's.
    const terms = termsOverTime(
      draftOf(dialect, promise.draft),
      (movesOf.get(promise.id) ?? []).map(
        (m): Move<Condition> => ({
          act: m.act as Move['act'],
          by: m.by_participant,
          at: m.at,
          version: m.version,
          ...(m.reason ? { reason: dialect.parseJson(m.reason) } : {}),
          ...(m.changes ? { changes: dialect.parseJson(m.changes) } : {}),
          ...(m.text ? { text: m.text } : {}),
          ...(m.performer_type && m.performer_id
            ? { performer: partyKey({ type: m.performer_type, id: m.performer_id }) }
            : {}),
        }),
      ),
    ).map((period) => ({
      at: period.at,
      conditions: period.conditions.map((c) => ({ ...c, keyResult: c.keyResult ?? null })),
    }));
    const own = scorePointsOf({ createdAt: promise.created_at, terms }, log, ownValues);
    own.forEach((point, index) => {
      points.push({
        organization_id: organizationId,
        promise_id: promise.id,
        check_in_id: point.checkInId,
        at: point.at,
        until_at: own[index + 1]?.at ?? null,
        score: point.score,
      });
    });
  }
  // The points about to be replaced leave their cycles' days, and the new ones join them: those of
  // the promises live now, the only ones the days count (see countInDays).
  const cycleOf = new Map(promises.filter((p) => isLive(p.status as Status)).map((p) => [p.id, p.cycle_id]));
  const replaced = await db
    .selectFrom('promise_score_points')
    .select(['promise_id', 'at', 'until_at', 'score'])
    .where('organization_id', '=', organizationId)
    .where(isAnyOf(db, 'promise_id', ids))
    .where('score', 'is not', null)
    .execute();
  const days = new ScoreDays();
  for (const point of replaced) days.add(cycleOf.get(point.promise_id), point, -1);
  for (const point of points) days.add(cycleOf.get(point.promise_id), point, 1);
  for (const table of ['promise_standings', 'key_result_latest', 'promise_score_points'] as const) {
    await db
      .deleteFrom(table)
      .where('organization_id', '=', organizationId)
      .where(isAnyOf(db, 'promise_id', ids))
      .execute();
  }
  for (const chunk of chunksOf(standings)) await db.insertInto('promise_standings').values(chunk).execute();
  for (const chunk of chunksOf(latest)) await db.insertInto('key_result_latest').values(chunk).execute();
  for (const chunk of chunksOf(points)) await db.insertInto('promise_score_points').values(chunk).execute();
  await days.write(db, organizationId);
}

/**
 * A promise's status changed between live and not (cycle_score_days counts the points of the promises
 * live now): its points join (1) or leave (-1) its cycle's days. Bounded by its own check-ins.
 */
export async function countInDays(
  db: Db,
  organizationId: string,
  promise: { id: string; cycleId: string },
  sign: 1 | -1,
): Promise<void> {
  const points = await db
    .selectFrom('promise_score_points')
    .select(['at', 'until_at', 'score'])
    .where('organization_id', '=', organizationId)
    .where('promise_id', '=', promise.id)
    .where('score', 'is not', null)
    .execute();
  const days = new ScoreDays();
  for (const point of points) days.add(promise.cycleId, point, sign);
  await days.write(db, organizationId);
}

/**
 * Changes to cycle_score_days (0038), gathered by cycle and UTC day and then written as increments:
 * a point adds its score on the day it starts and takes it back on the day it ends.
 */
class ScoreDays {
  readonly #changes = new Map<string, { cycleId: string; day: string; total: number; counted: number }>();

  /** A point joins (sign 1) or leaves (sign -1) the days of its promise's cycle. */
  add(
    cycleId: string | undefined,
    point: { at: string; until_at: string | null; score: number | null },
    sign: 1 | -1,
  ): void {
    if (cycleId === undefined || point.score === null) return;
    this.change(cycleId, point.at, sign * point.score, sign);
    if (point.until_at !== null) this.change(cycleId, point.until_at, -sign * point.score, -sign);
  }

  change(cycleId: string, at: string, total: number, counted: number): void {
    const day = dayOf(at);
    const key = `${cycleId} ${day}`;
    const row = this.#changes.get(key) ?? { cycleId, day, total: 0, counted: 0 };
    row.total += total;
    row.counted += counted;
    this.#changes.set(key, row);
  }

  async write(db: Db, organizationId: string): Promise<void> {
    const rows = [...this.#changes.values()]
      .filter((row) => row.total !== 0 || row.counted !== 0)
      .map((row) => ({
        organization_id: organizationId,
        cycle_id: row.cycleId,
        day: row.day,
        total: row.total,
        counted: row.counted,
      }));
    for (const chunk of chunksOf(rows)) {
      await db
        .insertInto('cycle_score_days')
        .values(chunk)
        .onConflict((oc) =>
          oc.columns(['organization_id', 'cycle_id', 'day']).doUpdateSet((eb) => ({
            total: eb('cycle_score_days.total', '+', eb.ref('excluded.total')),
            counted: eb('cycle_score_days.counted', '+', eb.ref('excluded.counted')),
          })),
        )
        .execute();
    }
  }
}

/** The UTC day of an instant, as cycle_score_days keys it. */
export function dayOf(at: string): string {
  return new Date(at).toISOString().slice(0, 10);
}

function standingRow(
  organizationId: string,
  promiseId: string,
  s: PromiseStanding,
): Omit<PromiseStandingsTable, 'assessed_at' | 'assessment_score' | 'is_satisfied'> {
  return {
    organization_id: organizationId,
    promise_id: promiseId,
    score: s.score,
    last_check_in_id: s.lastCheckIn?.id ?? null,
    last_check_in_at: s.lastCheckIn?.at ?? null,
    last_check_in_status: s.lastCheckIn?.status ?? null,
    last_confidence: s.lastCheckIn?.confidence ?? null,
    agreed_at: s.agreedAt,
    next_check_in_due: s.nextCheckInDue,
  };
}

/** Fills the projection in for every promise (of one organization, or all): the migration's backfill. */
export async function rebuildStandings(db: Db, dialect: Dialect, organizationId?: string): Promise<number> {
  let done = 0;
  let after: { organization_id: string; id: string } | undefined;
  for (;;) {
    let query = db.selectFrom('promises').select(['organization_id', 'id']);
    if (organizationId) query = query.where('organization_id', '=', organizationId);
    if (after) {
      const { organization_id, id } = after;
      query = query.where((eb) =>
        eb.or([
          eb('organization_id', '>', organization_id),
          eb.and([eb('organization_id', '=', organization_id), eb('id', '>', id)]),
        ]),
      );
    }
    const batch = await query.orderBy('organization_id').orderBy('id').limit(CHUNK).execute();
    if (batch.length === 0) return done;
    // One transaction a batch: its rows commit together, not a durable commit per statement.
    await inDatabaseTransaction(db, async (tx) => {
      for (const [org, rows] of groupBy(batch, (r) => r.organization_id)) {
        await refreshStandings(
          tx,
          dialect,
          org,
          rows.map((r) => r.id),
        );
      }
    });
    done += batch.length;
    after = batch.at(-1);
  }
}

/**
 * What a check-in write needs to score the promise anew, its standing locked until the transaction
 * ends: check-ins on one promise are recorded one after another, in the order they took the lock.
 */
export async function lockStandingForCheckIn(
  db: Db,
  dialect: Dialect,
  organizationId: string,
  promiseId: string,
) {
  const query = db
    .selectFrom('promise_standings as s')
    .innerJoin('promises as p', (j) =>
      j.onRef('p.organization_id', '=', 's.organization_id').onRef('p.id', '=', 's.promise_id'),
    )
    .innerJoin('cycles as c', (j) =>
      j.onRef('c.organization_id', '=', 'p.organization_id').onRef('c.id', '=', 'p.cycle_id'),
    )
    .select([
      's.agreed_at',
      's.last_check_in_at',
      'c.start_date',
      'c.check_in_cadence',
      'p.cycle_id',
      'p.status',
    ])
    .where('s.organization_id', '=', organizationId)
    .where('s.promise_id', '=', promiseId);
  return (dialect.locksRows ? query.forUpdate('s') : query).executeTakeFirst();
}

/**
 * Records a new check-in in the projection: its values become the latest, the promise's score and
 * next due time follow, and the score chart gets a point. The check-in is the newest of its promise
 * (check-ins are written at the server's now), so nothing earlier is rewritten.
 */
export async function recordCheckIn(
  db: Db,
  checkIn: {
    organizationId: string;
    promiseId: string;
    id: string;
    at: string;
    status: CheckInStatus;
    confidence: number;
    values: ReadonlyArray<{ conditionId: string; value: string | null; done: number | null }>;
  },
  /** The promise's cycle and status, read with the standing's lock. */
  promise: { cycle_id: string; status: string },
  scoreWith: (
    latest: ReadonlyArray<Pick<KeyResultLatestTable, 'condition_id' | 'value' | 'done' | 'at'>>,
  ) => { score: number | null; nextCheckInDue: string | null },
): Promise<void> {
  const { organizationId, promiseId } = checkIn;
  if (checkIn.values.length > 0) {
    await db
      .insertInto('key_result_latest')
      .values(
        checkIn.values.map((v) => ({
          organization_id: organizationId,
          promise_id: promiseId,
          condition_id: v.conditionId,
          check_in_id: checkIn.id,
          at: checkIn.at,
          value: v.value,
          done: v.done,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['organization_id', 'promise_id', 'condition_id']).doUpdateSet((eb) => ({
          check_in_id: eb.ref('excluded.check_in_id'),
          at: eb.ref('excluded.at'),
          value: eb.ref('excluded.value'),
          done: eb.ref('excluded.done'),
        })),
      )
      .execute();
  }
  const latest = await db
    .selectFrom('key_result_latest')
    .select(['condition_id', 'value', 'done', 'at'])
    .where('organization_id', '=', organizationId)
    .where('promise_id', '=', promiseId)
    .execute();
  const { score, nextCheckInDue } = scoreWith(latest);
  await db
    .updateTable('promise_standings')
    .set({
      score,
      last_check_in_id: checkIn.id,
      last_check_in_at: checkIn.at,
      last_check_in_status: checkIn.status,
      last_confidence: checkIn.confidence,
      next_check_in_due: nextCheckInDue,
    })
    .where('organization_id', '=', organizationId)
    .where('promise_id', '=', promiseId)
    .execute();
  // The point standing until now ends here, and the new one starts: both change the cycle's day.
  const ended = await db
    .updateTable('promise_score_points')
    .set({ until_at: checkIn.at })
    .where('organization_id', '=', organizationId)
    .where('promise_id', '=', promiseId)
    .where('until_at', 'is', null)
    .returning('score')
    .execute();
  if (isLive(promise.status as Status)) {
    const days = new ScoreDays();
    for (const point of ended)
      if (point.score !== null) days.change(promise.cycle_id, checkIn.at, -point.score, -1);
    if (score !== null) days.change(promise.cycle_id, checkIn.at, score, 1);
    await days.write(db, organizationId);
  }
  await db
    .insertInto('promise_score_points')
    .values({
      organization_id: organizationId,
      promise_id: promiseId,
      check_in_id: checkIn.id,
      at: checkIn.at,
      until_at: null,
      score,
    })
    .execute();
}

/** The customer assessed the promise: the assessment's score and word are its latest. */
export async function recordAssessment(
  db: Db,
  organizationId: string,
  promiseId: string,
  assessment: { at: string; score: number | null; satisfied: number },
): Promise<void> {
  await db
    .updateTable('promise_standings')
    .set({
      assessed_at: assessment.at,
      assessment_score: assessment.score,
      is_satisfied: assessment.satisfied,
    })
    .where('organization_id', '=', organizationId)
    .where('promise_id', '=', promiseId)
    .execute();
}

/** The standings of these promises, for presenting them. */
export async function listStandings(db: Db, organizationId: string, promiseIds: readonly string[]) {
  if (promiseIds.length === 0) return [];
  return db
    .selectFrom('promise_standings')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where(isAnyOf(db, 'promise_id', promiseIds))
    .execute();
}

/** A cycle's cadence changed: the next due time of each promise it holds that owes check-ins. */
export async function listDueInCycle(db: Db, organizationId: string, cycleId: string) {
  return db
    .selectFrom('promise_standings as s')
    .innerJoin('promises as p', (j) =>
      j.onRef('p.organization_id', '=', 's.organization_id').onRef('p.id', '=', 's.promise_id'),
    )
    .select(['s.promise_id', 's.agreed_at', 's.last_check_in_at', 'p.status'])
    .where('s.organization_id', '=', organizationId)
    .where('p.cycle_id', '=', cycleId)
    .where('p.status', '=', 'promised')
    .execute();
}

export async function setNextCheckInDue(
  db: Db,
  organizationId: string,
  promiseId: string,
  due: string | null,
): Promise<void> {
  await db
    .updateTable('promise_standings')
    .set({ next_check_in_due: due })
    .where('organization_id', '=', organizationId)
    .where('promise_id', '=', promiseId)
    .execute();
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The promised promises whose next check-in is due by `by`, soonest first, at most `limit`. */
export async function listCheckInsDueBy(db: Db, organizationId: string, by: string, limit: number) {
  return db
    .selectFrom('promise_standings as s')
    .innerJoin('promises as p', (join) =>
      join.onRef('p.organization_id', '=', 's.organization_id').onRef('p.id', '=', 's.promise_id'),
    )
    .select(['p.id', 'p.title', 's.next_check_in_due'])
    .where('s.organization_id', '=', organizationId)
    .where('s.next_check_in_due', 'is not', null)
    .where('s.next_check_in_due', '<=', by)
    .where('p.status', '=', 'promised')
    .orderBy('s.next_check_in_due')
    .limit(limit)
    .execute();
}
