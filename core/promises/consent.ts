import type { Act, Move } from './move.js';
import type { PerformerAnswer, PromiseState } from './state.js';
import type { ConditionOfSatisfaction } from './terms.js';

type State = Pick<
  PromiseState<ConditionOfSatisfaction>,
  'status' | 'awaiting' | 'proposal' | 'performers' | 'promisedBy' | 'reportedBy'
>;

/** The key a promise without named performers knows its one performer by. */
export const SOLE_PERFORMER = 'performer';

/** The key the protocol knows a party by: `team:<id>` or `person:<id>`. */
export function partyKey(party: { readonly type: string; readonly id: string }): string {
  return `${party.type}:${party.id}`;
}

/** The performers who must each answer: the named ones, or the one performing side. */
export function performerKeys(state: Pick<State, 'performers'>): readonly string[] {
  return state.performers.length === 0 ? [SOLE_PERFORMER] : state.performers;
}

/** Whether the promise has several performers, each answering for itself. */
export function hasSeveralPerformers(state: Pick<State, 'performers'>): boolean {
  return state.performers.length > 1;
}

/**
 * Which performer a move by the performing side answers for. With one performer it is that one
 * whatever the move says; with several the move must name one of them, or it is null.
 */
export function answeringPerformer(state: Pick<State, 'performers'>, move: Pick<Move, 'performer'>) {
  if (!hasSeveralPerformers(state)) return performerKeys(state)[0]!;
  return move.performer !== undefined && state.performers.includes(move.performer) ? move.performer : null;
}

export function hasAnswered(answers: readonly PerformerAnswer[], performer: string): boolean {
  return answers.some((answer) => answer.performer === performer);
}

/** Whether every performer is among `answers`. */
export function everyPerformerIn(state: Pick<State, 'performers'>, answers: readonly PerformerAnswer[]) {
  return performerKeys(state).every((performer) => hasAnswered(answers, performer));
}

/**
 * Whether `performer` has already made this act for the terms it answers: promised the terms on
 * the table, or reported its part. It may not make it twice; the others are still awaited.
 */
export function hasAlreadyMade(state: State, act: Act, performer: string): boolean {
  if (act === 'promise') return hasAnswered(state.promisedBy, performer);
  if (act === 'report-complete') return hasAnswered(state.reportedBy, performer);
  return false;
}

/**
 * The performers whose move it is now, by key: those yet to promise the terms on the table while
 * the performing side is asked to answer, those yet to report while the promise is kept, every
 * performer while it is their draft; nobody when the customer is awaited or the promise is final.
 */
export function awaitedPerformers(state: State): string[] {
  if (state.awaiting !== 'performer') return [];
  const keys = performerKeys(state);
  switch (state.status) {
    case 'requested':
    case 'offered':
    case 'countered':
      return keys.filter((key) => !hasAnswered(state.promisedBy, key));
    case 'promised':
      return keys.filter((key) =>
        state.proposal === null ? !hasAnswered(state.reportedBy, key) : !hasAnswered(state.promisedBy, key),
      );
    default:
      return [...keys];
  }
}
