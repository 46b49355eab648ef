import { phaseOf } from './phase.js';
import type { PromiseState, Status } from './state.js';
import type { ConditionOfSatisfaction } from './terms.js';

/**
 * The named groups of statuses the product speaks of. Services, screens and the CLI ask these
 * questions instead of keeping their own lists, so a new status (or a changed rule) is one edit.
 * Each group is written out in full rather than built from the others: the tests check how they
 * relate, and a reader sees every member at a glance, one group a line.
 */
export const STATUS_GROUPS = {
  /**
   * Not agreed yet: a private draft, or opened and still being negotiated (Q1 Listen, Q2 Negotiate).
   * These are the promises that go round the review trip, and the ones a cycle's approval lists as
   * unsettled. Nothing is measured or assessed before a promise is agreed.
   */
  unsettled: ['draft', 'requested', 'offered', 'countered'],
  /** Opened by one side and awaiting the other's answer: the asks and offers on the table. */
  proposed: ['requested', 'offered', 'countered'],
  /** Both sides agreed the terms: being kept, reported complete, or kept to the customer's satisfaction. */
  agreed: ['promised', 'reported', 'satisfied'],
  /**
   * Ended without being kept: declined, withdrawn, revoked, ended by a side once its cycle closed
   * (rather than carried into the next), or a draft its drafting side discarded before opening it.
   * The reason given stays with the promise.
   */
  ended: ['declined', 'withdrawn', 'revoked', 'ended', 'discarded'],
  /** No move but a comment changes these: ended, or satisfied and closed. Nothing awaits anyone. */
  final: ['declined', 'withdrawn', 'revoked', 'ended', 'satisfied', 'discarded'],
  /**
   * Opened and not ended: on the table, being kept, or delivered. What counts in a cycle's scores,
   * its review and the accountability map; drafts are private and ended promises are history.
   */
  live: ['requested', 'offered', 'countered', 'promised', 'reported', 'satisfied'],
  /** Either side may look back once the work is reported or the promise has ended, however it ended. */
  mayRetrospect: ['reported', 'declined', 'withdrawn', 'revoked', 'ended', 'satisfied', 'discarded'],
  /**
   * Statuses that prove the promise was never made, so it has no progress to show: not agreed yet,
   * or declined (a decline answers a request, an offer or a counter; a declined renegotiation leaves
   * the promise promised). A withdrawn or revoked promise may have been kept for a while.
   */
  neverPromised: ['draft', 'requested', 'offered', 'countered', 'declined', 'discarded'],
} as const satisfies Record<string, readonly Status[]>;

export type StatusGroup = keyof typeof STATUS_GROUPS;
type MemberOf<G extends StatusGroup> = (typeof STATUS_GROUPS)[G][number];

/** A type guard for membership of one group. */
function isIn<const G extends readonly Status[]>(group: G): (status: Status) => status is G[number] {
  const members: ReadonlySet<Status> = new Set(group);
  return (status): status is G[number] => members.has(status);
}

// Each group under the names the rest of the code asks for: its list, its type and its guard.
export const UNSETTLED_STATUSES = STATUS_GROUPS.unsettled;
export const PROPOSED_STATUSES = STATUS_GROUPS.proposed;
export const AGREED_STATUSES = STATUS_GROUPS.agreed;
export const ENDED_STATUSES = STATUS_GROUPS.ended;
export const FINAL_STATUSES = STATUS_GROUPS.final;
export const LIVE_STATUSES = STATUS_GROUPS.live;
export const MAY_RETROSPECT_STATUSES = STATUS_GROUPS.mayRetrospect;
export const NEVER_PROMISED_STATUSES = STATUS_GROUPS.neverPromised;

export type UnsettledStatus = MemberOf<'unsettled'>;
export type ProposedStatus = MemberOf<'proposed'>;
export type AgreedStatus = MemberOf<'agreed'>;
export type EndedStatus = MemberOf<'ended'>;
export type FinalStatus = MemberOf<'final'>;
export type LiveStatus = MemberOf<'live'>;
export type MayRetrospectStatus = MemberOf<'mayRetrospect'>;
export type NeverPromisedStatus = MemberOf<'neverPromised'>;

export const isUnsettled = isIn(UNSETTLED_STATUSES);
export const isProposed = isIn(PROPOSED_STATUSES);
export const isAgreed = isIn(AGREED_STATUSES);
export const isEnded = isIn(ENDED_STATUSES);
export const isFinal = isIn(FINAL_STATUSES);
export const isLive = isIn(LIVE_STATUSES);
export const mayRetrospect = isIn(MAY_RETROSPECT_STATUSES);
export const wasNeverPromised = isIn(NEVER_PROMISED_STATUSES);

/**
 * Whether a promise is still being settled: in Q1 Listen or Q2 Negotiate, which includes a kept
 * promise with a renegotiation pending. A cycle's approval lists these rather than dropping them.
 */
export function isStillSettling(
  state: Pick<PromiseState<ConditionOfSatisfaction>, 'status' | 'proposal'>,
): boolean {
  const phase = phaseOf(state);
  return phase === 'listen' || phase === 'negotiate';
}
