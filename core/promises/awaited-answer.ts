import type { PromiseState } from './state.js';
import type { ConditionOfSatisfaction } from './terms.js';

/** What a promise can await from the side whose move it is: the inbox's kinds of conversation. */
export const AWAITED_ANSWERS = [
  'request',
  'offer',
  'counter',
  'renegotiation',
  'completion',
  'dissatisfied',
  'draft',
] as const;
export type AwaitedAnswer = (typeof AWAITED_ANSWERS)[number];

/**
 * Every kind of item in an inbox: the answers a promise awaits, then what keeping promises asks
 * for (a dependency to acknowledge, an overdue check-in, a check-in to answer, an answer to read), an
 * unfinished promise of a closed cycle to carry over, end or leave, and the round trip's asks (a
 * review requested of me, a reviewer's question to answer).
 */
export const INBOX_ITEM_KINDS = [
  ...AWAITED_ANSWERS,
  'dependency',
  'stale',
  'check-in',
  'check-in-answer',
  'carry-over',
  'review',
  'question',
] as const;
export type InboxItemKind = (typeof INBOX_ITEM_KINDS)[number];

/**
 * What kind of answer a promise awaits, or null when nothing is asked: it is simply being kept,
 * or it is final. A kept promise awaits an answer while a renegotiation is pending, and after the
 * customer declared it unsatisfying (the performer resumes the work).
 */
export function awaitedAnswerOf(
  state: Pick<PromiseState<ConditionOfSatisfaction>, 'status' | 'proposal' | 'lastMove'>,
): AwaitedAnswer | null {
  switch (state.status) {
    case 'draft':
      return 'draft';
    case 'requested':
      return 'request';
    case 'offered':
      return 'offer';
    case 'countered':
      return 'counter';
    case 'reported':
      return 'completion';
    case 'promised':
      if (state.proposal !== null) return 'renegotiation';
      return state.lastMove?.act === 'declare-dissatisfied' ? 'dissatisfied' : null;
    default:
      return null;
  }
}
