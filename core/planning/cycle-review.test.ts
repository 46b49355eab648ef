import { describe, expect, it } from 'vitest';
import type { Status } from '../promises/state.js';
import { finalScoreOf, type ReviewedPromise, summarizeCycleReview } from './cycle-review.js';

const reviewed = (id: string, status: Status, extra: Partial<ReviewedPromise> = {}) => ({
  id,
  status,
  currentScore: null,
  assessment: null,
  ...extra,
});

describe('a promise’s final score', () => {
  it('is its score now until the customer assesses it', () => {
    expect(finalScoreOf(reviewed('a', 'promised', { currentScore: 0.6 }))).toBe(0.6);
  });

  it('is the score recorded with the latest assessment, whatever the values did afterwards', () => {
    const assessed = reviewed('a', 'satisfied', {
      currentScore: 0.9,
      assessment: { score: 0.7, satisfied: true },
    });
    expect(finalScoreOf(assessed)).toBe(0.7);
    const unmeasured = reviewed('b', 'satisfied', {
      currentScore: 0.9,
      assessment: { score: null, satisfied: true },
    });
    expect(finalScoreOf(unmeasured)).toBeNull();
  });
});

describe('the review of a cycle', () => {
  const promises = [
    reviewed('kept', 'satisfied', { assessment: { score: 0.8, satisfied: true } }),
    reviewed('sent-back', 'promised', { currentScore: 0.4, assessment: { score: 0.3, satisfied: false } }),
    reviewed('open', 'requested'),
    reviewed('dropped', 'withdrawn', { currentScore: 0.1 }),
    reviewed('refused', 'declined'),
    reviewed('private', 'draft', { currentScore: 1 }),
  ];

  it('splits what the cycle set out to keep from what ended, leaving drafts out', () => {
    const { kept, ended } = summarizeCycleReview(promises);
    expect(kept.map((p) => p.id)).toEqual(['kept', 'sent-back', 'open']);
    expect(ended.map((p) => p.id)).toEqual(['dropped', 'refused']);
  });

  it('averages the final scores of the kept promises that have one', () => {
    expect(summarizeCycleReview(promises).averageScore).toBeCloseTo(0.55);
    expect(summarizeCycleReview([reviewed('open', 'requested')]).averageScore).toBeNull();
  });

  it('counts as satisfied only promises closed with the customer satisfied', () => {
    expect(summarizeCycleReview(promises).satisfied).toBe(1);
    // Reopened after a satisfied declaration would be a contradiction; it does not count.
    const reopened = reviewed('x', 'promised', { assessment: { score: 1, satisfied: true } });
    expect(summarizeCycleReview([reopened]).satisfied).toBe(0);
  });
});
