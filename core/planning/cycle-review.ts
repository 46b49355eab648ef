import type { Status } from '../promises/state.js';
import { isEnded, isLive } from '../promises/status-groups.js';
import { meanOf } from '../scoring/weighted-mean.js';

/** A promise at the end of its cycle: where it stands, its score now, and the customer's latest word. */
export interface ReviewedPromise {
  readonly status: Status;
  /** Its score on the latest values; null without key results. */
  readonly currentScore: number | null;
  /** The customer's latest assessment, with the score it recorded; null before any. */
  readonly assessment: { readonly score: number | null; readonly satisfied: boolean } | null;
}

/**
 * A promise's final score: the one recorded when the customer last assessed it (the values as they
 * stood then), or, before any assessment, its score now.
 */
export function finalScoreOf(promise: ReviewedPromise): number | null {
  return promise.assessment ? promise.assessment.score : promise.currentScore;
}

export interface CycleReviewSummary<P extends ReviewedPromise> {
  /** Promises opened in the cycle and not ended: what the cycle set out to keep. */
  kept: P[];
  /** Declined, withdrawn or revoked, with the reason each carries. */
  ended: P[];
  /** The mean final score of the kept promises that have one. */
  averageScore: number | null;
  /** Kept promises closed with the customer satisfied. */
  satisfied: number;
}

/** The end of a cycle: what was kept and what ended, how the kept ones scored and satisfied. */
export function summarizeCycleReview<P extends ReviewedPromise>(
  promises: readonly P[],
): CycleReviewSummary<P> {
  const kept = promises.filter((promise) => isLive(promise.status));
  const scores = kept.map(finalScoreOf).filter((score): score is number => score !== null);
  return {
    kept,
    ended: promises.filter((promise) => isEnded(promise.status)),
    averageScore: meanOf(scores),
    satisfied: kept.filter(
      (promise) => promise.assessment?.satisfied === true && promise.status === 'satisfied',
    ).length,
  };
}
