import type { Party } from '../../../contract/promises.js';
import { type PromiseState, phaseOf } from '../../../core/promises/index.js';
import type { Dialect } from '../../store/dialect.js';
import * as store from '../../store/promises.js';
import type { PromisesTable } from '../../store/schema.js';
import type { ServiceContext } from '../context.js';

/** A promise row with what the projection keeps beside it, parsed. */
export interface PromiseRecord {
  row: PromisesTable;
  state: PromiseState;
  draft: PromiseState;
  customer: Party;
  performers: Party[];
  tags: string[];
}

export function parseState(dialect: Dialect, value: unknown): PromiseState {
  return dialect.parseJson<PromiseState>(value);
}

export async function loadRecords(ctx: ServiceContext, organizationId: string, rows: PromisesTable[]) {
  const ids = rows.map((r) => r.id);
  const [performers, tags] = await Promise.all([
    store.performersOf(ctx.db, organizationId, ids),
    store.tagsOf(ctx.db, organizationId, ids),
  ]);
  return rows.map(
    (row): PromiseRecord => ({
      row,
      state: parseState(ctx.dialect, row.state),
      draft: parseState(ctx.dialect, row.draft),
      customer: { type: row.customer_type, id: row.customer_id },
      performers: performers
        .filter((p) => p.promise_id === row.id)
        .map((p) => ({ type: p.party_type, id: p.party_id })),
      tags: tags.filter((t) => t.promise_id === row.id).map((t) => t.tag),
    }),
  );
}

/** The columns the projection derives from a state, for queries that filter on them. */
export function projectionOf(state: PromiseState) {
  return {
    status: state.status,
    phase: phaseOf(state),
    awaiting: state.awaiting,
    version: state.version,
    title: state.terms.title,
    due_date: state.terms.dueDate,
  };
}
