import { describe, expect, it } from 'vitest';
import { roundTripOf } from './draft-reviews.js';

const asked = (role: 'peer' | 'supplier' | 'consumer' | 'manager', reviewedAt: string | null = null) => ({
  role,
  reviewedAt,
});

describe('a promise’s round trip', () => {
  it('has not happened while nobody was asked to review', () => {
    expect(roundTripOf([], [])).toEqual({
      isComplete: false,
      reviewedBy: [],
      pendingReviews: 0,
      openQuestions: 0,
    });
  });

  it('is complete once every reviewer asked has reviewed and every question is resolved', () => {
    const requests = [
      asked('peer', '2027-01-02T10:00:00.000Z'),
      asked('supplier', '2027-01-03T10:00:00.000Z'),
    ];
    expect(roundTripOf(requests, [{ resolvedAt: '2027-01-03T12:00:00.000Z' }])).toEqual({
      isComplete: true,
      reviewedBy: ['peer', 'supplier'],
      pendingReviews: 0,
      openQuestions: 0,
    });
  });

  it('waits for a pending review, or an open question', () => {
    const done = asked('peer', '2027-01-02T10:00:00.000Z');
    expect(roundTripOf([done, asked('manager')], []).isComplete).toBe(false);
    expect(roundTripOf([done], [{ resolvedAt: null }])).toMatchObject({
      isComplete: false,
      openQuestions: 1,
    });
  });

  it('names each role that reviewed once', () => {
    const peers = [
      asked('peer', '2027-01-02T10:00:00.000Z'),
      asked('peer', '2027-01-04T10:00:00.000Z'),
      asked('consumer'),
    ];
    expect(roundTripOf(peers, []).reviewedBy).toEqual(['peer']);
  });
});
