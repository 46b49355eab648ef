import type { ConditionOfSatisfaction, TermsChange } from './terms.js';

/** The two parties to a promise. */
export const SIDES = ['customer', 'performer'] as const;

export type Side = (typeof SIDES)[number];

/** Who can make a move: either side, or a reviewer (who may only comment). */
export const PARTICIPANTS = [...SIDES, 'reviewer'] as const;

export type Participant = (typeof PARTICIPANTS)[number];

export function otherSide(side: Side): Side {
  return side === 'customer' ? 'performer' : 'customer';
}

/** Every speech act of the protocol, in the order a conversation usually meets them. */
export const ACTS = [
  'request',
  'offer',
  'promise',
  'accept-offer',
  'counter',
  'decline',
  'withdraw',
  'revoke',
  'renegotiate',
  'report-complete',
  'declare-satisfied',
  'declare-dissatisfied',
  'end',
  'discard',
  'comment',
] as const;

export type Act = (typeof ACTS)[number];

/** Why a side declined; capacity is a valid reason and is reported as such. */
export const DECLINE_REASON_CODES = ['capacity', 'priority', 'scope', 'other'] as const;

export type DeclineReasonCode = (typeof DECLINE_REASON_CODES)[number];

export interface Reason {
  readonly code?: DeclineReasonCode;
  readonly text: string;
}

/**
 * One speech act on a promise, by one participant, at one time. The move log is the
 * promise: it is append-only, in the order the moves were accepted, with `at` never
 * going backwards.
 */
export interface Move<C extends ConditionOfSatisfaction = ConditionOfSatisfaction> {
  readonly act: Act;
  readonly by: Participant;
  /** ISO 8601 timestamp (UTC), supplied by the caller: the core has no clock. */
  readonly at: string;
  /** The promise version the mover saw; a move against an older version is refused. */
  readonly version: number;
  /** Required for decline, revoke, withdraw once promised, and declare-dissatisfied. */
  readonly reason?: Reason;
  /** Required for counter and renegotiate: changes to the terms currently on the table. */
  readonly changes?: TermsChange<C>;
  /** The text of a comment. */
  readonly text?: string;
  /**
   * For a move by the performing side: which performer (party key) it answers for. Required when
   * a promise has several performers, since each answers for itself; ignored otherwise.
   */
  readonly performer?: string;
  /**
   * For a move that opens a conversation (request, offer, counter, renegotiate): the calendar date
   * (YYYY-MM-DD) by which the other side is asked to answer. Past it, the ask is a finding.
   */
  readonly replyBy?: string;
}
