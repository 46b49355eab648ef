import type { Kysely } from 'kysely';
import { foldMoves, type Move, type PromiseState, partyKey } from '../../core/promises/index.js';
import type { Dialect } from '../store/dialect.js';

/**
 * Issue 10, consent from every performer, for promises made before it (0014). Their stored states
 * name no performers, so the performing side answered as one: a lead of any performing team could
 * promise, or report complete, for all of them, and could go on doing so. Here each such promise
 * gets its performers (from `promise_performers`, in order) and its per-performer answers, rebuilt
 * by folding its move log over its draft: a logged performing move that names no performer answers
 * for the whole side, as it did then (`applyLoggedMove`). From now on each performer answers for
 * itself, as on a promise made today, and the plan as of a past moment folds to the same state.
 *
 * The log is the history and is not rewritten. A promise whose log does not fold to its stored
 * version (it never should) keeps its state as it was: it answers as one side, as before.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await backfillPerformerAnswers(db, dialect, 500);
}

/** `up`, a page of `pageSize` promises at a time, by key: an instance of millions never holds them all. */
export async function backfillPerformerAnswers(
  db: Kysely<unknown>,
  dialect: Dialect,
  pageSize: number,
): Promise<void> {
  const tables = db as unknown as Kysely<Tables>;
  let after: { organization_id: string; id: string } | null = null;
  for (;;) {
    let query = tables
      .selectFrom('promises')
      .select(['organization_id', 'id', 'state', 'draft'])
      .orderBy('organization_id')
      .orderBy('id')
      .limit(pageSize);
    if (after !== null) {
      const { organization_id: organization, id } = after;
      query = query.where((eb) =>
        eb.or([
          eb('organization_id', '>', organization),
          eb.and([eb('organization_id', '=', organization), eb('id', '>', id)]),
        ]),
      );
    }
    const page = await query.execute();
    for (const row of page) await backfill(tables, dialect, row);
    const last = page.at(-1);
    if (last === undefined || page.length < pageSize) return;
    after = { organization_id: last.organization_id, id: last.id };
  }
}

/** One promise: its performers and their answers, if its stored state names none. */
async function backfill(tables: Kysely<Tables>, dialect: Dialect, row: Tables['promises']): Promise<void> {
  const state = dialect.parseJson<StoredState>(row.state);
  if (state.performers !== undefined && state.performers.length > 0) return;
  const performers = await tables
    .selectFrom('promise_performers')
    .select(['party_type', 'party_id'])
    .where('organization_id', '=', row.organization_id)
    .where('promise_id', '=', row.id)
    .orderBy('position')
    .execute();
  if (performers.length === 0) return;
  const moves = await tables
    .selectFrom('promise_moves')
    .selectAll()
    .where('organization_id', '=', row.organization_id)
    .where('promise_id', '=', row.id)
    .orderBy('seq')
    .execute();
  const draft = withPerformers(
    dialect.parseJson<StoredState>(row.draft),
    performers.map((p) => partyKey({ type: p.party_type, id: p.party_id })),
  );
  const folded = foldMoves(
    draft,
    moves.map((move) => moveOf(dialect, move)),
  );
  if (!folded.ok || folded.state.version !== state.version || folded.state.status !== state.status) return;
  await tables
    .updateTable('promises')
    .set({
      // The state as stored, with the performers and their answers the fold found: the fold's
      // other fields are the same, but the stored ones stay the record.
      state: JSON.stringify({
        ...state,
        performers: folded.state.performers,
        promisedBy: folded.state.promisedBy,
        agreedBy: folded.state.agreedBy,
        reportedBy: folded.state.reportedBy,
      }),
      draft: JSON.stringify(draft),
    })
    .where('organization_id', '=', row.organization_id)
    .where('id', '=', row.id)
    .execute();
}

/** A state as a version before 0014 stored it: without performers or their answers. */
type StoredState = Omit<PromiseState, 'performers' | 'promisedBy' | 'agreedBy' | 'reportedBy'> &
  Partial<Pick<PromiseState, 'performers' | 'promisedBy' | 'agreedBy' | 'reportedBy'>>;

function withPerformers(state: StoredState, performers: string[]): PromiseState {
  return {
    ...state,
    performers,
    promisedBy: state.promisedBy ?? [],
    agreedBy: state.agreedBy ?? [],
    reportedBy: state.reportedBy ?? [],
  };
}

function moveOf(dialect: Dialect, row: Tables['promise_moves']): Move {
  return {
    act: row.act as Move['act'],
    by: row.by_participant as Move['by'],
    at: row.at,
    version: row.version,
    ...(row.reason ? { reason: dialect.parseJson<NonNullable<Move['reason']>>(row.reason) } : {}),
    ...(row.changes ? { changes: dialect.parseJson<NonNullable<Move['changes']>>(row.changes) } : {}),
    ...(row.text ? { text: row.text } : {}),
    ...(row.performer_type && row.performer_id
      ? { performer: partyKey({ type: row.performer_type, id: row.performer_id }) }
      : {}),
  };
}

/** The tables as this migration reads them. */
interface Tables {
  promises: { organization_id: string; id: string; state: unknown; draft: unknown };
  promise_performers: {
    organization_id: string;
    promise_id: string;
    party_type: string;
    party_id: string;
    position: number;
  };
  promise_moves: {
    organization_id: string;
    promise_id: string;
    seq: number;
    act: string;
    by_participant: string;
    at: string;
    version: number;
    reason: unknown;
    changes: unknown;
    text: string | null;
    performer_type: string | null;
    performer_id: string | null;
  };
}
