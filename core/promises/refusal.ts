import { allowedMoves } from './allowed-moves.js';
import type { Act, Participant } from './move.js';
import type { PromiseState } from './state.js';
import type { ConditionOfSatisfaction } from './terms.js';

/**
 * Why a move was refused. When several apply, the first in this list wins, so a client
 * always learns the most fundamental problem first: nothing moves a closed promise; a
 * mover who saw an old version must reload before anything else is worth saying; then
 * whether the act exists here, whether it is this participant's to make (and, with several
 * performers, which performer answers and whether it already has), whether it must
 * wait for a pending proposal, and finally whether the move carries what it needs.
 */
export const refusalCodes = [
  'final-state',
  'stale-version',
  'not-allowed-in-state',
  'wrong-party',
  'performer-required',
  'already-answered',
  'proposal-pending',
  'reason-required',
  'changes-required',
  'text-required',
] as const;

export type RefusalCode = (typeof refusalCodes)[number];

export interface Refusal {
  readonly code: RefusalCode;
  /** A sentence a person can act on: what is wrong, the state, who may move and how. */
  readonly message: string;
}

export type MoveResult<C extends ConditionOfSatisfaction = ConditionOfSatisfaction> =
  | { readonly ok: true; readonly state: PromiseState<C> }
  | { readonly ok: false; readonly refusal: Refusal };

type State = PromiseState<ConditionOfSatisfaction>;

export function refuse(code: RefusalCode, message: string): { ok: false; refusal: Refusal } {
  return { ok: false, refusal: { code, message } };
}

/** "The promise is requested, waiting for the performer. The performer may promise, …". */
export function describeSituation(state: State): string {
  const head = describeState(state);
  // A quoted reason brings its own full stop.
  const stop = /[.!?]”$/.test(head) ? '' : '.';
  return `${head}${stop} ${describeWhoMayMove(state)}`;
}

function describeState(state: State): string {
  const waiting = state.awaiting === null ? '' : `, waiting for the ${state.awaiting}`;
  if (state.status === 'draft') return `The promise is a draft by the ${state.draftedBy}${waiting}`;
  if (state.status === 'promised' && state.proposal !== null) {
    const what = state.proposal.kind === 'renegotiation' ? 'a renegotiation' : 'a counter-proposal';
    return `The promise is promised, with ${what} by the ${state.proposal.by} pending${waiting}`;
  }
  if (endsWithReason.has(state.status) && state.lastReason !== null && state.lastMove !== null) {
    // A promise that ended says why, in the words of the side that ended it: otherwise the reason is
    // only in the history, far down the page.
    const kind = state.lastReason.code ? ` (${state.lastReason.code})` : '';
    return `The promise was ${state.status} by the ${state.lastMove.by}${kind}: “${state.lastReason.text.trim()}”`;
  }
  return `The promise is ${state.status}${waiting}`;
}

/** The statuses a move with a reason leads to, and which end the promise. */
const endsWithReason: ReadonlySet<State['status']> = new Set(['declined', 'withdrawn', 'revoked', 'ended']);

function describeWhoMayMove(state: State): string {
  const sentences: string[] = [];
  for (const side of ['customer', 'performer'] as const) {
    const moves = allowedMoves(state, side).filter((act) => act !== 'comment');
    if (moves.length > 0) sentences.push(`The ${side} may ${listOf(moves.map((act) => actInWords[act]))}.`);
  }
  if (sentences.length === 0) sentences.push('No further moves are possible.');
  sentences.push('Anyone may comment.');
  return sentences.join(' ');
}

/** How a sentence names each act: people read "accept the offer", not "accept-offer". */
const actInWords: Record<Act, string> = {
  request: 'request',
  offer: 'offer',
  promise: 'promise',
  'accept-offer': 'accept',
  counter: 'counter',
  decline: 'decline',
  withdraw: 'withdraw',
  revoke: 'revoke',
  renegotiate: 'renegotiate',
  'report-complete': 'report it complete',
  'declare-satisfied': 'declare satisfied',
  'declare-dissatisfied': 'declare dissatisfied',
  end: 'end it',
  discard: 'discard the draft',
  comment: 'comment',
};

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

export function refusalMessage(code: RefusalCode, state: State, act: Act, by: Participant): string {
  const situation = describeSituation(state);
  switch (code) {
    case 'final-state':
      return `Cannot ${act}: the promise is ${state.status}, which is final. Anyone may still comment.`;
    case 'stale-version':
      return `Cannot ${act}: the promise changed since you saw it (now version ${state.version}); reload it and try again. ${situation}`;
    case 'not-allowed-in-state':
      return `Cannot ${act} here: it is not a move of a ${state.status} promise. ${situation}`;
    case 'wrong-party':
      return by === 'reviewer'
        ? `Cannot ${act}: reviewers may only comment. ${situation}`
        : `Cannot ${act}: it is not the ${by}'s move to make. ${situation}`;
    case 'performer-required':
      return `Cannot ${act}: this promise has several performers and each answers for itself; say which performer you answer for.`;
    case 'already-answered':
      return act === 'report-complete'
        ? `Cannot ${act}: this performer has already reported its part; the promise awaits the other performers. ${situation}`
        : `Cannot ${act}: this performer has already promised these terms; the promise awaits the other performers. ${situation}`;
    case 'proposal-pending':
      return `Cannot ${act} while a proposal is pending: it must be answered first. ${situation}`;
    case 'reason-required':
      return `Cannot ${act} without a reason: say why, so the other side can respond.`;
    case 'changes-required':
      return state.status === 'promised'
        ? `Cannot ${act} without a change: a proposal must differ from both the agreed terms and any proposal it answers (to keep the agreed terms, decline).`
        : `Cannot ${act} without a change: a counter must differ from the terms on the table (to take them as they are, accept them).`;
    case 'text-required':
      return 'Cannot comment without text.';
  }
}
