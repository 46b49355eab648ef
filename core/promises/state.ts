import type { Act, Participant, Reason, Side } from './move.js';
import { applyChanges, type ConditionOfSatisfaction, type Terms, type TermsChange } from './terms.js';

export const STATUSES = [
  'draft',
  'requested',
  'offered',
  'countered',
  'promised',
  'reported',
  'declined',
  'withdrawn',
  'revoked',
  'ended',
  'satisfied',
  'discarded',
] as const;

export type Status = (typeof STATUSES)[number];

/**
 * Changes to the terms that one side has put forward and the other has yet to answer.
 * `changes` is always relative to `PromiseState.terms` and holds only fields that differ.
 * `kind` is `renegotiation` for the proposal that reopened a kept promise, `counter` for
 * any answer to a request, an offer or another proposal.
 */
export interface Proposal<C extends ConditionOfSatisfaction = ConditionOfSatisfaction> {
  readonly by: Side;
  readonly kind: 'counter' | 'renegotiation';
  readonly changes: TermsChange<C>;
}

/** A performer's answer to the terms: which performer (by party key) and when. */
export interface PerformerAnswer {
  readonly performer: string;
  readonly at: string;
}

export interface LastMove {
  readonly act: Exclude<Act, 'comment'>;
  readonly by: Side;
  readonly at: string;
}

/**
 * Where a promise stands: the fold of its moves.
 *
 * Invariants (kept by `applyMove`, checked by the tests):
 * - `awaiting` is null exactly in final states. In a draft it is the drafting side (whose
 *   move it is to open it); while promised it is the performer, except while a proposal
 *   is pending, when it is the side that must answer it.
 * - `proposal` is set in `countered`, may be set in `promised` (a renegotiation: the
 *   phase is back to Negotiate), and is null everywhere else.
 * - `openedBy` is null only in a draft (or a draft discarded before it was opened).
 * - `version` starts at 1 and grows by one with every accepted move except comments.
 */
export interface PromiseState<C extends ConditionOfSatisfaction = ConditionOfSatisfaction> {
  readonly status: Status;
  readonly awaiting: Side | null;
  readonly draftedBy: Side;
  readonly openedBy: Side | null;
  /** The terms in force once promised; before that, the terms on the table as opened. */
  readonly terms: Terms<C>;
  readonly proposal: Proposal<C> | null;
  readonly version: number;
  /** The reason given with the move that brought the promise here, if it carried one. */
  readonly lastReason: Reason | null;
  /** The last move that changed the promise; null for a fresh draft. */
  readonly lastMove: LastMove | null;
  /**
   * The performing parties by key (`team:<id>`, `person:<id>`), in order. With several, each
   * answers for itself: the promise is made when every one has promised the same terms, and
   * reported when every one has reported. With one (or none named) the side answers as one.
   */
  readonly performers: readonly string[];
  /**
   * The performers who have promised the terms on the table (a proposal's, while one is pending;
   * else the terms as opened, or as agreed once promised). Any change of terms empties it, but for
   * the performer who proposed the change: nobody is bound to terms it did not accept.
   */
  readonly promisedBy: readonly PerformerAnswer[];
  /** The performers' promises to the agreed terms, as they stood when the promise was last made. */
  readonly agreedBy: readonly PerformerAnswer[];
  /** The performers who have reported their part complete since the terms were last agreed. */
  readonly reportedBy: readonly PerformerAnswer[];
  /**
   * The date the awaited side was asked to answer by, set by the move that opened the conversation
   * now pending and cleared by its answer; absent in states folded before reply-by dates existed.
   */
  readonly replyBy?: string | null;
}

/**
 * A new draft, prepared privately by one side. Only that side may open it: a customer's
 * draft becomes a request, a performer's draft becomes an offer.
 */
export function newDraft<C extends ConditionOfSatisfaction>(
  draftedBy: Side,
  terms: Terms<C>,
  performers: readonly string[] = [],
): PromiseState<C> {
  return {
    status: 'draft',
    awaiting: draftedBy,
    draftedBy,
    openedBy: null,
    terms,
    proposal: null,
    version: 1,
    lastReason: null,
    lastMove: null,
    performers,
    promisedBy: [],
    agreedBy: [],
    reportedBy: [],
  };
}

/** The terms being considered now: the pending proposal's if there is one, else `terms`. */
export function termsOnTheTable<C extends ConditionOfSatisfaction>(state: PromiseState<C>): Terms<C> {
  return state.proposal === null ? state.terms : applyChanges(state.terms, state.proposal.changes);
}

/** Whether `participant` is the side the promise is waiting for (the inbox question). */
export function isAwaiting(state: PromiseState<ConditionOfSatisfaction>, participant: Participant): boolean {
  return state.awaiting !== null && state.awaiting === participant;
}
