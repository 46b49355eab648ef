import { applyLoggedMove } from './apply-move.js';
import type { Move } from './move.js';
import type { Refusal } from './refusal.js';
import type { PromiseState } from './state.js';
import type { ConditionOfSatisfaction } from './terms.js';

/**
 * The result of replaying a move log. A log holds only accepted moves, so a refusal here
 * means the log or its starting draft is corrupt; `index` names the first bad move and
 * `state` is the promise as it stood just before it.
 */
export type FoldResult<C extends ConditionOfSatisfaction = ConditionOfSatisfaction> =
  | { readonly ok: true; readonly state: PromiseState<C> }
  | {
      readonly ok: false;
      readonly refusal: Refusal;
      readonly index: number;
      readonly state: PromiseState<C>;
    };

/** A promise is the fold of its moves over the draft it was opened from. */
export function foldMoves<C extends ConditionOfSatisfaction>(
  initial: PromiseState<C>,
  moves: readonly Move<C>[],
): FoldResult<C> {
  let state = initial;
  for (const [index, move] of moves.entries()) {
    const result = applyLoggedMove(state, move);
    if (!result.ok) return { ok: false, refusal: result.refusal, index, state };
    state = result.state;
  }
  return { ok: true, state };
}

/**
 * The promise as it stood at `at` (an ISO 8601 timestamp): the fold of the moves made at or
 * before that moment. Times are compared as instants, not as strings, so precision and
 * offsets may differ between the log and the question.
 */
export function stateAt<C extends ConditionOfSatisfaction>(
  initial: PromiseState<C>,
  moves: readonly Move<C>[],
  at: string,
): FoldResult<C> {
  const moment = Date.parse(at);
  // The log is in the order moves were accepted and time never goes backwards in it,
  // so the moves up to a moment are a prefix of the log.
  const firstLater = moves.findIndex((move) => !(Date.parse(move.at) <= moment));
  return foldMoves(initial, firstLater === -1 ? moves : moves.slice(0, firstLater));
}

/**
 * The terms a promise was held to over time: the draft's from the start, then each new set of terms
 * from the move that brought it (a counter accepted, a renegotiation agreed), oldest first. What a
 * past moment is scored against is the last entry at or before it.
 */
export function termsOverTime<C extends ConditionOfSatisfaction>(
  initial: PromiseState<C>,
  moves: readonly Move<C>[],
): Array<{ readonly at: string | null; readonly conditions: readonly C[] }> {
  const periods: Array<{ at: string | null; conditions: readonly C[] }> = [
    { at: null, conditions: initial.terms.conditions },
  ];
  let state = initial;
  for (const move of moves) {
    const result = applyLoggedMove(state, move);
    if (!result.ok) break;
    state = result.state;
    const last = periods.at(-1)!;
    if (JSON.stringify(state.terms.conditions) !== JSON.stringify(last.conditions)) {
      periods.push({ at: move.at, conditions: state.terms.conditions });
    }
  }
  return periods;
}
