import type { Act, Side } from './move.js';
import type { PromiseState } from './state.js';
import type { ConditionOfSatisfaction } from './terms.js';

/**
 * The rows of the protocol table in DESIGN.md, grouped by situation. This table is the one
 * source of truth for who may do what: `applyMove` refuses what is not in it and
 * `allowedMoves` lists what is, so the buttons the web app shows are exactly the moves
 * the server accepts.
 *
 * A kept promise with a pending proposal is its own situation (`renegotiating`): the
 * awaited side answers the proposal, and reporting completion waits until it is settled.
 */
export type Situation =
  | 'draft'
  | 'requested'
  | 'offered'
  | 'countered'
  | 'promised'
  | 'renegotiating'
  | 'reported'
  | 'final';

type State = PromiseState<ConditionOfSatisfaction>;

/** Whether a side may make the move in this state. Reviewers never pass: they only comment. */
type Who = (state: State, side: Side) => boolean;

export interface Rule {
  readonly act: Exclude<Act, 'comment'>;
  readonly who: Who;
  /** What the move must carry besides its act. */
  readonly needs?: 'reason' | 'changes';
  /** The move belongs here but must wait until the pending proposal is answered. */
  readonly waitsForProposal?: true;
}

const awaitedSide: Who = (state, side) => state.awaiting === side;
const awaitedAs =
  (role: Side): Who =>
  (state, side) =>
    side === role && state.awaiting === side;
const only =
  (role: Side): Who =>
  (_state, side) =>
    side === role;
const opener: Who = (state, side) => state.openedBy === side;
const eitherSide: Who = () => true;

/**
 * Answers to the terms on the table, shared by every negotiating situation. A decline
 * always carries a reason, a declined renegotiation included: the proposer needs to know why.
 */
const answers: readonly Rule[] = [
  { act: 'counter', who: awaitedSide, needs: 'changes' },
  { act: 'decline', who: awaitedSide, needs: 'reason' },
];

/**
 * Ending a kept promise: the performer revokes, the customer withdraws, each with a reason.
 * Both stay possible while a renegotiation is pending (they end the promise and drop the
 * proposal): a side must never be stuck in a promise because the other proposed a change.
 */
const endings: readonly Rule[] = [
  { act: 'revoke', who: only('performer'), needs: 'reason' },
  { act: 'withdraw', who: only('customer'), needs: 'reason' },
];

export const rules = {
  draft: [
    { act: 'request', who: awaitedAs('customer') },
    { act: 'offer', who: awaitedAs('performer') },
    // A draft never opened may be thrown away by its drafting side; the log keeps that it was.
    { act: 'discard', who: awaitedSide },
  ],
  requested: [
    { act: 'promise', who: awaitedAs('performer') },
    ...answers,
    // Before a promise is made the opener may simply take its request or offer back.
    { act: 'withdraw', who: opener },
  ],
  offered: [
    { act: 'accept-offer', who: awaitedAs('customer') },
    ...answers,
    { act: 'withdraw', who: opener },
  ],
  countered: [
    { act: 'promise', who: awaitedAs('performer') },
    { act: 'accept-offer', who: awaitedAs('customer') },
    ...answers,
    { act: 'withdraw', who: opener },
  ],
  promised: [
    { act: 'renegotiate', who: eitherSide, needs: 'changes' },
    { act: 'report-complete', who: only('performer') },
    ...endings,
  ],
  renegotiating: [
    { act: 'promise', who: awaitedAs('performer') },
    { act: 'accept-offer', who: awaitedAs('customer') },
    ...answers,
    ...endings,
    { act: 'renegotiate', who: eitherSide, needs: 'changes', waitsForProposal: true },
    { act: 'report-complete', who: only('performer'), waitsForProposal: true },
  ],
  reported: [
    { act: 'declare-satisfied', who: only('customer') },
    { act: 'declare-dissatisfied', who: only('customer'), needs: 'reason' },
  ],
  final: [],
} as const satisfies Record<Situation, readonly Rule[]>;

/**
 * Ending a promise whose cycle has closed, instead of carrying it into the next cycle: either side,
 * from any situation but a final one. It is in no row of the table because it is no move of a
 * running cycle; the cycle's policy (`movesInCycle`) offers it, and only once the cycle is closed.
 */
export const endRule: Rule = { act: 'end', who: eitherSide };

export function situationOf(state: State): Situation {
  switch (state.status) {
    case 'promised':
      return state.proposal === null ? 'promised' : 'renegotiating';
    case 'declined':
    case 'withdrawn':
    case 'revoked':
    case 'ended':
    case 'satisfied':
    case 'discarded':
      return 'final';
    default:
      return state.status;
  }
}

export function ruleFor(state: State, act: Act): Rule | undefined {
  const row: readonly Rule[] = rules[situationOf(state)];
  return row.find((rule) => rule.act === act);
}

/** Rules of the current situation that `side` may use right now. */
export function openRules(state: State, side: Side): Rule[] {
  const row: readonly Rule[] = rules[situationOf(state)];
  return row.filter((rule) => rule.who(state, side) && rule.waitsForProposal !== true);
}
