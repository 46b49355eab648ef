import type { Condition } from '../../../contract/promises.js';
import type { Act } from '../../../contract/protocol.js';
import {
  allowedMoves,
  applyMove,
  type DeclineReasonCode,
  describeSituation,
  endAtClose,
  type Move,
  movesOfViewer,
  type Participant,
  performerKeyOf,
  performersActedFor,
  type Refusal,
  replyByRefusal,
  termsOnTheTable,
} from '../../../core/promises/index.js';
import { AppError, forbidden } from '../../errors.js';
import * as links from '../../store/alignment.js';
import { lockPromise } from '../../store/locks.js';
import * as store from '../../store/promises.js';
import { recordAssessment } from '../assessments.js';
import { type MemberActor, requireWriter } from '../authorization.js';
import { inTransaction, iso, type ServiceContext } from '../context.js';
import { getCycle, requireOpenCycle } from '../cycles/cycles.js';
import { loadViewer, participation, type Viewer } from '../parties.js';
import { refreshStanding } from '../standing.js';
import { recordEvent } from '../webhooks/events.js';
import { requireCarryOverQuestion } from './carried.js';
import { tellOfMove } from './move-notices.js';
import { loadRecord, type PromiseRecord, projectionOf } from './records.js';
import { toTermsChange } from './terms-input.js';
import { requireVisible } from './visibility.js';

type MoveInput = {
  act: Act;
  version: number;
  reason?: { code?: DeclineReasonCode | undefined; text: string } | undefined;
  changes?: Parameters<typeof toTermsChange>[1] | undefined;
  text?: string | undefined;
  as?: Participant | undefined;
  replyBy?: string | undefined;
};

/**
 * Which performer the person answers for in a move by the performing side: of the performers they
 * act for, the first that may make this move now (so a lead of one performing team promises for
 * that team, and a lead of two for the one still awaited).
 */
function choosePerformer(viewer: Viewer, record: PromiseRecord, act: Act): string | undefined {
  const keys = performersActedFor(viewer, record, record.state);
  return keys.find((key) => allowedMoves(record.state, 'performer', key).includes(act)) ?? keys[0];
}

/** Which side the person speaks for in this move, or a refusal that says who may. */
function chooseParticipant(
  viewer: Viewer,
  record: PromiseRecord,
  who: ReturnType<typeof participation>,
  input: MoveInput,
): Participant {
  const candidates: readonly Participant[] =
    input.act === 'comment' ? [...who.moves, ...who.comments] : who.moves;
  if (input.as) {
    if (!candidates.includes(input.as)) {
      throw forbidden(
        `You do not act for the ${input.as} of this promise. ${describeSituation(record.state)}`,
      );
    }
    return input.as;
  }
  if (candidates.length === 0) {
    throw forbidden(
      `You act for neither side of this promise: a team moves through its leads. ${describeSituation(record.state)}`,
    );
  }
  // Prefer a side for which the act is allowed now, so a person on both sides needs no "as".
  const mayMake = (side: Participant) =>
    side === 'performer'
      ? performersActedFor(viewer, record, record.state).some((key) =>
          allowedMoves(record.state, side, key).includes(input.act),
        )
      : allowedMoves(record.state, side).includes(input.act);
  return candidates.find(mayMake) ?? candidates[0]!;
}

const statusOfRefusal: Record<Refusal['code'], 'conflict' | 'forbidden' | 'validation_failed'> = {
  'final-state': 'conflict',
  'stale-version': 'conflict',
  'not-allowed-in-state': 'conflict',
  'proposal-pending': 'conflict',
  'wrong-party': 'forbidden',
  'performer-required': 'validation_failed',
  'already-answered': 'conflict',
  'reason-required': 'validation_failed',
  'changes-required': 'validation_failed',
  'text-required': 'validation_failed',
};

/**
 * One speech act: checked by the protocol against the version it was made against, appended to
 * the log and folded into the projection in one transaction. A refusal changes nothing.
 */
export async function makeMove(ctx: ServiceContext, actor: MemberActor, promiseId: string, input: MoveInput) {
  requireWriter(actor);
  return inTransaction(ctx, async (tx) => {
    // Moves of one promise land one at a time: each reads the version and the log's length the one
    // before it left, so no two take the same place (concurrent comments all land).
    await lockPromise(tx.db, tx.dialect, actor.organizationId, promiseId);
    const record = await loadRecord(tx, actor.organizationId, promiseId);
    const viewer = await loadViewer(tx, actor);
    const who = participation(viewer, record);
    await requireVisible(tx, viewer, record);
    const by = chooseParticipant(viewer, record, who, input);
    const replyByProblem = replyByRefusal(input.act, input.replyBy, iso(tx.now()).slice(0, 10));
    if (replyByProblem !== null) throw new AppError('validation_failed', replyByProblem);
    const performer = by === 'performer' ? choosePerformer(viewer, record, input.act) : undefined;
    const performerParty = record.performers.find(
      (party) => performer !== undefined && performerKeyOf(record.state, party) === performer,
    );
    const cycle = await getCycle(tx, actor.organizationId, record.row.cycle_id);
    // Ending is the one move of a closed cycle: its sides decide what becomes of unfinished promises.
    if (input.act === 'end') await requireCarryOverQuestion(tx, record, who, cycle);
    else if (input.act !== 'comment') requireOpenCycle(cycle, 'move');
    const move: Move<Condition> = {
      act: input.act,
      by,
      at: iso(tx.now()),
      version: input.version,
      ...(performer !== undefined ? { performer } : {}),
      ...(input.reason ? { reason: input.reason } : {}),
      ...(input.changes
        ? {
            changes: toTermsChange(tx, input.changes, termsOnTheTable(record.state), {
              name: cycle.name,
              startDate: cycle.start_date,
              endDate: cycle.end_date,
            }),
          }
        : {}),
      ...(input.text ? { text: input.text } : {}),
      ...(input.replyBy ? { replyBy: input.replyBy } : {}),
    };
    const result = move.act === 'end' ? endAtClose(record.state, move) : applyMove(record.state, move);
    if (!result.ok) {
      throw new AppError(statusOfRefusal[result.refusal.code], result.refusal.message, {
        kind: 'move-refused',
        refusal: result.refusal.code,
        status: record.state.status,
        version: record.state.version,
        allowedMoves: movesOfViewer(viewer, record, record.state),
      });
    }
    const seq = (await store.countMoves(tx.db, actor.organizationId, promiseId)) + 1;
    await store.insertMove(tx.db, {
      organization_id: actor.organizationId,
      id: tx.newId(),
      promise_id: promiseId,
      seq,
      act: move.act,
      by_participant: by,
      person_id: actor.personId,
      at: move.at,
      version: move.version,
      reason: move.reason ? JSON.stringify(move.reason) : null,
      changes: move.changes ? JSON.stringify(move.changes) : null,
      text: move.text ?? null,
      // Kept for every performing move of a promise that names its performers, so the log says
      // which performer promised or reported (moves of older promises name none).
      performer_type: record.state.performers.length > 0 ? (performerParty?.type ?? null) : null,
      performer_id: record.state.performers.length > 0 ? (performerParty?.id ?? null) : null,
      reply_by: move.replyBy ?? null,
    });
    if (move.act === 'comment') {
      await store.touchPromise(tx.db, actor.organizationId, promiseId, move.at);
    } else {
      const landed = await store.updateProjection(
        tx.db,
        actor.organizationId,
        promiseId,
        record.state.version,
        {
          ...projectionOf(result.state),
          state: JSON.stringify(result.state),
          updated_at: move.at,
        },
      );
      if (!landed) {
        throw new AppError(
          'conflict',
          'Someone moved this promise at the same moment; reload it and try again',
          { kind: 'moved-meanwhile', refusal: 'stale-version' },
        );
      }
      await refreshStanding(tx, actor.organizationId, promiseId);
    }
    tx.changes.publish({ kind: 'promise-moved', organizationId: actor.organizationId, promiseId });
    await recordEvent(tx, actor.organizationId, 'promise.moved', {
      promise: {
        id: promiseId,
        cycleId: record.row.cycle_id,
        title: result.state.terms.title,
        status: result.state.status,
        dueDate: result.state.terms.dueDate,
        version: result.state.version,
      },
      act: move.act,
      previousStatus: record.state.status,
      byPersonId: actor.personId,
    });
    await tellOfMove(tx, record, {
      move,
      after: result.state,
      seq,
      performer: performerParty,
      actorId: actor.personId,
    });
    if (record.state.status !== 'promised' && result.state.status === 'promised') {
      // Promising what others depend on is the supplier's acknowledgement of those dependencies.
      await links.acknowledgeDependenciesOn(tx.db, actor.organizationId, promiseId, actor.personId, move.at);
    }
    if (move.act === 'declare-satisfied' || move.act === 'declare-dissatisfied') {
      await recordAssessment(tx, record, {
        satisfied: move.act === 'declare-satisfied',
        note: move.reason?.text ?? move.text ?? '',
        personId: actor.personId,
        at: move.at,
      });
    }
    return result.state;
  });
}
