import { phaseOf } from './phase.js';
import type { PromiseState, Status } from './state.js';
import type { ConditionOfSatisfaction } from './terms.js';

/**
 * The named groups of statuses the product speaks of. Services, screens and the CLI ask these
 * questions instead of keeping their own lists, so a new status (or a changed rule) is one edit.
 * Each group is written out in full rather than built from the others: the tests check how they
 * relate, and a reader sees every member at a glance.
 */

/** A type guard for membership of one group. */
function isIn<const G extends readonly Status[]>(group: G): (status: Status) => status is G[number] {
  const members: ReadonlySet<Status> = new Set(group);
  return (status): status is G[number] => members.has(status);
}

/**
 * Not agreed yet: a private draft, or opened and still being negotiated (Q1 Listen, Q2 Negotiate).
 * These are the promises that go round the review trip, and the ones a cycle's approval lists as
 * unsettled. Nothing is measured or assessed before a promise is agreed.
 */
export const UNSETTLED_STATUSES = [
  'draft',
  'requested',
  'offered',
  'countered',
] as const satisfies readonly Status[];
export type UnsettledStatus = (typeof UNSETTLED_STATUSES)[number];
export const isUnsettled = isIn(UNSETTLED_STATUSES);

/** Opened by one side and awaiting the other's answer: the asks and offers on the table. */
export const PROPOSED_STATUSES = ['requested', 'offered', 'countered'] as const satisfies readonly Status[];
export type ProposedStatus = (typeof PROPOSED_STATUSES)[number];
export const isProposed = isIn(PROPOSED_STATUSES);

/** Both sides agreed the terms: being kept, reported complete, or kept to the customer's satisfaction. */
export const AGREED_STATUSES = ['promised', 'reported', 'satisfied'] as const satisfies readonly Status[];
export type AgreedStatus = (typeof AGREED_STATUSES)[number];
export const isAgreed = isIn(AGREED_STATUSES);

/** Ended without being kept: declined, withdrawn or revoked. The reason given stays with the promise. */
export const ENDED_STATUSES = ['declined', 'withdrawn', 'revoked'] as const satisfies readonly Status[];
export type EndedStatus = (typeof ENDED_STATUSES)[number];
export const isEnded = isIn(ENDED_STATUSES);

/** No move but a comment changes these: ended, or satisfied and closed. Nothing awaits anyone. */
export const FINAL_STATUSES = [
  'declined',
  'withdrawn',
  'revoked',
  'satisfied',
] as const satisfies readonly Status[];
export type FinalStatus = (typeof FINAL_STATUSES)[number];
export const isFinal = isIn(FINAL_STATUSES);

/**
 * Opened and not ended: on the table, being kept, or delivered. What counts in a cycle's scores,
 * its review and the accountability map; drafts are private and ended promises are history.
 */
export const LIVE_STATUSES = [
  'requested',
  'offered',
  'countered',
  'promised',
  'reported',
  'satisfied',
] as const satisfies readonly Status[];
export type LiveStatus = (typeof LIVE_STATUSES)[number];
export const isLive = isIn(LIVE_STATUSES);

/** Either side may look back once the work is reported or the promise has ended, however it ended. */
export const MAY_RETROSPECT_STATUSES = [
  'reported',
  'declined',
  'withdrawn',
  'revoked',
  'satisfied',
] as const satisfies readonly Status[];
export type MayRetrospectStatus = (typeof MAY_RETROSPECT_STATUSES)[number];
export const mayRetrospect = isIn(MAY_RETROSPECT_STATUSES);

/**
 * Statuses that prove the promise was never made, so it has no progress to show: not agreed yet,
 * or declined (a decline answers a request, an offer or a counter; a declined renegotiation leaves
 * the promise promised). A withdrawn or revoked promise may have been kept for a while.
 */
export const NEVER_PROMISED_STATUSES = [
  'draft',
  'requested',
  'offered',
  'countered',
  'declined',
] as const satisfies readonly Status[];
export type NeverPromisedStatus = (typeof NEVER_PROMISED_STATUSES)[number];
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
