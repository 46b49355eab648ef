import type { Condition } from '../../../contract/promises.js';
import { type Move, partyKey, stateAt } from '../../../core/promises/index.js';
import { AppError } from '../../errors.js';
import * as store from '../../store/promises.js';
import type { PromiseMovesTable } from '../../store/schema.js';
import type { ServiceContext } from '../context.js';
import { groupBy } from '../group-by.js';
import type { PromiseRecord } from './records.js';

/**
 * A moment asked for (`?at=`), as the instant the store compares with: UTC, to the millisecond, the
 * way every time is written. An offset or a shorter form would compare wrongly as text on SQLite.
 * A moment before the organization existed is an empty plan, not an error: nothing had been made.
 */
export function asOfInstant(at: string, now: Date): string {
  const time = Date.parse(at);
  if (Number.isNaN(time)) throw new AppError('validation_failed', `Not a moment: ${at}`);
  // The plan is known up to now: a later moment would pass today's plan off as the future's.
  if (time > now.getTime()) {
    throw new AppError(
      'validation_failed',
      `at: ${at} is in the future; the plan can be seen as of a past moment, or now without at`,
    );
  }
  return new Date(time).toISOString();
}

/** A stored move as the core folds it. */
export function moveOf(
  ctx: ServiceContext,
  row: Pick<
    PromiseMovesTable,
    | 'act'
    | 'by_participant'
    | 'at'
    | 'version'
    | 'reason'
    | 'changes'
    | 'text'
    | 'performer_type'
    | 'performer_id'
    | 'reply_by'
  >,
): Move<Condition> {
  return {
    act: row.act as Move['act'],
    by: row.by_participant,
    at: row.at,
    version: row.version,
    ...(row.reason ? { reason: ctx.dialect.parseJson(row.reason) } : {}),
    ...(row.changes ? { changes: ctx.dialect.parseJson(row.changes) } : {}),
    ...(row.text ? { text: row.text } : {}),
    ...(row.reply_by ? { replyBy: row.reply_by } : {}),
    ...(row.performer_type && row.performer_id
      ? { performer: partyKey({ type: row.performer_type, id: row.performer_id }) }
      : {}),
  };
}

/** Whether a promise had been made by the moment `at`. */
export function existedAt(record: PromiseRecord, at: string): boolean {
  return Date.parse(record.row.created_at) <= Date.parse(at);
}

/**
 * The promises as they stood at `at`: each one's state is the fold of its moves up to then (its
 * terms, status and phase then). Promises made after `at` are left out. One query for all of them.
 */
export async function recordsAsOf(
  ctx: ServiceContext,
  organizationId: string,
  records: readonly PromiseRecord[],
  at: string,
): Promise<PromiseRecord[]> {
  const existing = records.filter((record) => existedAt(record, at));
  const rows = await store.listMovesUntil(
    ctx.db,
    organizationId,
    existing.map((r) => r.row.id),
    at,
  );
  const movesOf = groupBy(rows, (row) => row.promise_id);
  return existing.map((record) => {
    const moves = (movesOf.get(record.row.id) ?? []).map((row) => moveOf(ctx, row));
    const folded = stateAt(record.draft, moves, at);
    if (!folded.ok) {
      throw new Error(`the move log of promise ${record.row.id} does not fold: ${folded.refusal.message}`);
    }
    return { ...record, state: folded.state };
  });
}
