import {
  answeringPerformer,
  everyPerformerIn,
  hasAlreadyMade,
  hasSeveralPerformers,
  performerKeys,
} from './consent.js';
import { type Move, otherSide, type Side } from './move.js';
import { endRule, type Rule, ruleFor } from './protocol.js';
import { type MoveResult, type RefusalCode, refusalMessage, refuse } from './refusal.js';
import { opensConversation } from './reply-by.js';
import { type PerformerAnswer, type PromiseState, termsOnTheTable } from './state.js';
import { isFinal } from './status-groups.js';
import { applyChanges, type ConditionOfSatisfaction, changesBetween, isSameTerms } from './terms.js';

/**
 * The protocol's one transition function. A refused move changes nothing; an accepted one
 * returns the next state with `version` one higher. Comments are the exception: anyone may
 * comment at any time, against any version, and the state is returned as it was (the
 * comment lives in the move log, not in the state).
 */
export function applyMove<C extends ConditionOfSatisfaction>(
  state: PromiseState<C>,
  move: Move<C>,
): MoveResult<C> {
  return applyAnswering(state, move, false);
}

/**
 * `applyMove`, for a move new or one read back from the log. A logged move by the performing side
 * that names no performer, on a promise with several, was made before performers answered each
 * for itself (migration 0014): the side then answered as one, so it answers for every performer
 * that had not yet made it. A new move must name its performer.
 */
function applyAnswering<C extends ConditionOfSatisfaction>(
  state: PromiseState<C>,
  move: Move<C>,
  isLogged: boolean,
): MoveResult<C> {
  const refusal = (code: RefusalCode) => refuse(code, refusalMessage(code, state, move.act, move.by));

  if (move.act === 'comment') {
    return isBlank(move.text) ? refusal('text-required') : { ok: true, state };
  }
  if (isFinal(state.status)) return refusal('final-state');
  if (move.version !== state.version) return refusal('stale-version');
  const rule = ruleFor(state, move.act);
  if (rule === undefined) return refusal('not-allowed-in-state');
  const side = move.by;
  if (side === 'reviewer' || !rule.who(state, side)) return refusal('wrong-party');
  const isSideAsOne =
    side === 'performer' && isLogged && move.performer === undefined && hasSeveralPerformers(state);
  const performer = side === 'performer' ? answeringPerformer(state, move) : null;
  if (side === 'performer' && performer === null && !isSideAsOne) return refusal('performer-required');
  const performers = isSideAsOne
    ? performerKeys(state).filter((key) => !hasAlreadyMade(state, rule.act, key))
    : performer === null
      ? []
      : [performer];
  if (performer !== null && hasAlreadyMade(state, rule.act, performer)) return refusal('already-answered');
  if (isSideAsOne && performers.length === 0) return refusal('already-answered');
  if (rule.waitsForProposal === true) return refusal('proposal-pending');
  const missing = missingData(state, move, rule);
  if (missing !== null) return refusal(missing);

  const answers = performers.map((key): PerformerAnswer => ({ performer: key, at: move.at }));
  const next = transition(state, move, side, answers);
  return {
    ok: true,
    state: {
      ...next,
      version: state.version + 1,
      lastReason: move.reason ?? null,
      lastMove: { act: rule.act, by: side, at: move.at },
      replyBy: replyByAfter(state, next, move),
    },
  };
}

/**
 * Ends an unfinished promise once its cycle has closed, instead of carrying it into the next: the
 * `end` move, by either side. It is no move of the protocol table (a running cycle's promises end by
 * decline, withdraw or revoke), so `applyMove` refuses it; the caller has checked that the cycle is
 * closed, and the fold replays it from the log (`applyLoggedMove`).
 */
export function endAtClose<C extends ConditionOfSatisfaction>(
  state: PromiseState<C>,
  move: Move<C>,
): MoveResult<C> {
  const refusal = (code: RefusalCode) => refuse(code, refusalMessage(code, state, move.act, move.by));
  if (isFinal(state.status)) return refusal('final-state');
  if (move.version !== state.version) return refusal('stale-version');
  if (move.by === 'reviewer' || !endRule.who(state, move.by)) return refusal('wrong-party');
  return {
    ok: true,
    state: {
      ...closed(state, 'ended'),
      version: state.version + 1,
      lastReason: move.reason ?? null,
      lastMove: { act: 'end', by: move.by, at: move.at },
      replyBy: null,
    },
  };
}

/** A move as the log holds it: the protocol's, or the end of a promise at its cycle's close. */
export function applyLoggedMove<C extends ConditionOfSatisfaction>(
  state: PromiseState<C>,
  move: Move<C>,
): MoveResult<C> {
  return move.act === 'end' ? endAtClose(state, move) : applyAnswering(state, move, true);
}

/**
 * A move that opens a conversation sets the date its answer is asked by (or none); a performer's
 * promise that leaves the others still to answer keeps it; any other move answers the ask.
 */
function replyByAfter<C extends ConditionOfSatisfaction>(
  before: PromiseState<C>,
  after: PromiseState<C>,
  move: Move<C>,
): string | null {
  if (opensConversation(move.act)) return move.replyBy ?? null;
  const isStillAsked = after.status === before.status && after.awaiting === before.awaiting;
  return isStillAsked && after.proposal === before.proposal ? (before.replyBy ?? null) : null;
}

function missingData<C extends ConditionOfSatisfaction>(
  state: PromiseState<C>,
  move: Move<C>,
  rule: Rule,
): RefusalCode | null {
  if (rule.needs === 'reason' && isBlank(move.reason?.text)) return 'reason-required';
  if (rule.needs === 'changes' && !isRealProposal(state, move)) return 'changes-required';
  return null;
}

/**
 * A proposal must change the terms it answers (the ones on the table), and once promised
 * it must also differ from the agreed terms: going back to those is what decline is for.
 * Before agreement a counter may return to the opening terms ("no, as first asked").
 */
function isRealProposal<C extends ConditionOfSatisfaction>(state: PromiseState<C>, move: Move<C>): boolean {
  if (move.changes === undefined) return false;
  const onTheTable = termsOnTheTable(state);
  const proposed = applyChanges(onTheTable, move.changes);
  if (isSameTerms(proposed, onTheTable)) return false;
  return state.status !== 'promised' || !isSameTerms(proposed, state.terms);
}

/**
 * The next state, before the bookkeeping every accepted move shares. Rules are already checked.
 * `answers` are the performers the move answers for, when the performing side makes it (one, or
 * the whole side for a move logged before each answered alone): whoever
 * proposes terms (an offer, a counter, a renegotiation) promises them, and any change of terms
 * clears the other performers' promises, so no performer is bound to terms it did not accept.
 */
function transition<C extends ConditionOfSatisfaction>(
  state: PromiseState<C>,
  move: Move<C>,
  by: Side,
  proposer: readonly PerformerAnswer[],
): PromiseState<C> {
  switch (move.act) {
    case 'request':
      return { ...state, status: 'requested', openedBy: by, awaiting: 'performer', promisedBy: [] };
    case 'offer':
      return { ...state, status: 'offered', openedBy: by, awaiting: 'customer', promisedBy: proposer };
    case 'counter':
    case 'renegotiate': {
      // Stored relative to `terms`, so the proposal always reads as "what changes from
      // the opening terms" (before agreement) or "from what was agreed" (after).
      const proposed = applyChanges(termsOnTheTable(state), move.changes ?? {});
      const kind = move.act === 'renegotiate' ? 'renegotiation' : 'counter';
      return {
        ...state,
        status: state.status === 'promised' ? 'promised' : 'countered',
        proposal: { by, kind, changes: changesBetween(state.terms, proposed) },
        awaiting: otherSide(by),
        promisedBy: proposer,
      };
    }
    case 'promise': {
      const promisedBy = [...state.promisedBy, ...proposer];
      // Until every performer has promised, the performing side is still awaited, on the same terms.
      return everyPerformerIn(state, promisedBy) ? made(state, promisedBy) : { ...state, promisedBy };
    }
    case 'accept-offer':
      if (everyPerformerIn(state, state.promisedBy)) return made(state, state.promisedBy);
      // The customer takes the terms; the performers who have not promised them are asked to.
      // An accepted offer is then the customer's request to the others.
      return {
        ...state,
        status: state.status === 'offered' ? 'requested' : state.status,
        awaiting: 'performer',
      };
    case 'decline':
      // Declining a renegotiation keeps the promise on its agreed terms, as every performer
      // promised them; declining a request, offer or counter, by any performer, ends it.
      return state.status === 'promised'
        ? { ...state, proposal: null, awaiting: 'performer', promisedBy: state.agreedBy }
        : closed(state, 'declined');
    case 'withdraw':
      return closed(state, 'withdrawn');
    case 'revoke':
      return closed(state, 'revoked');
    case 'report-complete': {
      // Each performer reports its part; the customer is asked to assess once all have.
      const reportedBy = [...state.reportedBy, ...proposer];
      return everyPerformerIn(state, reportedBy)
        ? { ...state, status: 'reported', awaiting: 'customer', reportedBy }
        : { ...state, reportedBy };
    }
    case 'declare-satisfied':
      return closed(state, 'satisfied');
    case 'discard':
      return closed(state, 'discarded');
    case 'declare-dissatisfied':
      return { ...state, status: 'promised', awaiting: 'performer', reportedBy: [] };
    case 'end':
      // Never reached: `ruleFor` has no row for it. Ending at the close is `endAtClose`.
      return closed(state, 'ended');
    case 'comment':
      return state;
  }
}

/**
 * Every performer has promised the terms on the table: they are the terms now. Reports made
 * against earlier terms (before a renegotiation was agreed) no longer count.
 */
function made<C extends ConditionOfSatisfaction>(
  state: PromiseState<C>,
  promisedBy: readonly PerformerAnswer[],
): PromiseState<C> {
  return {
    ...state,
    status: 'promised',
    terms: termsOnTheTable(state),
    proposal: null,
    awaiting: 'performer',
    promisedBy,
    agreedBy: promisedBy,
    reportedBy: state.proposal === null ? state.reportedBy : [],
  };
}

/** Final states await nobody and carry no proposal: the move log keeps what was on the table. */
function closed<C extends ConditionOfSatisfaction>(
  state: PromiseState<C>,
  status: 'declined' | 'withdrawn' | 'revoked' | 'ended' | 'satisfied' | 'discarded',
): PromiseState<C> {
  return { ...state, status, awaiting: null, proposal: null };
}

function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}
