import type { Party } from '../../../contract/parties.js';
import type { Condition } from '../../../contract/promises.js';
import { type PromiseState, phaseOf } from '../../../core/promises/index.js';
import { notFound } from '../../errors.js';
import type { Dialect } from '../../store/dialect.js';
import * as store from '../../store/promises.js';
import type { PromisesTable } from '../../store/schema.js';
import type { ServiceContext } from '../context.js';
import { groupBy } from '../group-by.js';

/** A promise row with what the projection keeps beside it, parsed. */
export interface PromiseRecord {
  row: PromisesTable;
  state: PromiseState<Condition>;
  draft: PromiseState<Condition>;
  customer: Party;
  performers: Party[];
  tags: string[];
}

/**
 * Conditions stored before key results existed have none: null, not missing. States stored before
 * performers answered each for itself name none: their performing side answers as one.
 */
export function parseState(dialect: Dialect, value: unknown): PromiseState<Condition> {
  const stored = dialect.parseJson<PromiseState<Condition>>(value);
  const state: PromiseState<Condition> = {
    ...stored,
    performers: stored.performers ?? [],
    promisedBy: stored.promisedBy ?? [],
    agreedBy: stored.agreedBy ?? [],
    reportedBy: stored.reportedBy ?? [],
  };
  const normalise = (conditions: readonly Condition[]) =>
    conditions.map((c) => ({ ...c, keyResult: c.keyResult ?? null }));
  return {
    ...state,
    terms: { ...state.terms, conditions: normalise(state.terms.conditions) },
    proposal: state.proposal && {
      ...state.proposal,
      changes: {
        ...state.proposal.changes,
        ...(state.proposal.changes.conditions
          ? { conditions: normalise(state.proposal.changes.conditions) }
          : {}),
      },
    },
  };
}

export async function loadRecord(
  ctx: ServiceContext,
  organizationId: string,
  id: string,
): Promise<PromiseRecord> {
  const row = await store.findPromise(ctx.db, organizationId, id);
  if (!row) throw notFound('Promise');
  const [record] = await loadRecords(ctx, organizationId, [row]);
  return record!;
}

export async function loadRecords(ctx: ServiceContext, organizationId: string, rows: PromisesTable[]) {
  const ids = rows.map((r) => r.id);
  const [performers, tags] = await Promise.all([
    store.performersOf(ctx.db, organizationId, ids),
    store.tagsOf(ctx.db, organizationId, ids),
  ]);
  // Grouped once, so that presenting n promises costs n, not n times their performers and tags.
  const performersOf = groupBy(performers, (p) => p.promise_id);
  const tagsOf = groupBy(tags, (t) => t.promise_id);
  return rows.map(
    (row): PromiseRecord => ({
      row,
      state: parseState(ctx.dialect, row.state),
      draft: parseState(ctx.dialect, row.draft),
      customer: { type: row.customer_type, id: row.customer_id },
      performers: (performersOf.get(row.id) ?? []).map((p) => ({ type: p.party_type, id: p.party_id })),
      tags: (tagsOf.get(row.id) ?? []).map((t) => t.tag),
    }),
  );
}

/** The columns the projection derives from a state, for queries that filter on them. */
export function projectionOf(state: PromiseState<Condition>) {
  return {
    status: state.status,
    phase: phaseOf(state),
    awaiting: state.awaiting,
    version: state.version,
    title: state.terms.title,
    due_date: state.terms.dueDate,
    reply_by: state.replyBy ?? null,
  };
}
