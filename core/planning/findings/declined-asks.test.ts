import { describe, expect, it } from 'vitest';
import { type DeclinedAsk, findDeclinedNotReplanned } from './declined-asks.js';
import { labelsFrom } from './test-labels.js';

const labels = labelsFrom({
  ask: 'Fraud scoring API',
  checkout: 'Cut checkout time',
  growth: 'Growth',
  risk: 'Risk',
});

function declined(extra: Partial<DeclinedAsk> = {}): DeclinedAsk {
  return {
    promiseId: 'ask',
    askerTeamId: 'growth',
    declinedByTeamId: 'risk',
    declinedAt: '2027-01-10T10:00:00.000Z',
    isForCapacity: true,
    askerLastAskedAt: '2027-01-10T09:40:00.000Z',
    dependents: [{ promiseId: 'checkout', changedAt: '2027-01-02T08:00:00.000Z' }],
    ...extra,
  };
}

describe('declined and not replanned', () => {
  it('warns when an ask declined for capacity is left without a new ask or a changed plan', () => {
    const findings = findDeclinedNotReplanned([declined()], { today: '2027-01-20', labels });
    expect(findings).toEqual([
      {
        code: 'declined-not-replanned',
        severity: 'warning',
        key: 'declined-not-replanned:ask',
        promiseIds: ['ask', 'checkout'],
        teamIds: ['growth', 'risk'],
        message:
          '"Fraud scoring API" was declined by Risk for capacity on 2027-01-10, 10 days ago. Growth has not asked ' +
          'anyone else since nor changed what relied on it. Ask another team, or replan the promise that needed it.',
      },
    ]);
  });

  it('waits the set time, and stays quiet once the asker asked again or changed its dependent promise', () => {
    const today = '2027-01-20';
    expect(findDeclinedNotReplanned([declined()], { today: '2027-01-15' })).toEqual([]);
    expect(findDeclinedNotReplanned([declined()], { today, replanWithinDays: 14 })).toEqual([]);
    expect(
      findDeclinedNotReplanned([declined({ askerLastAskedAt: '2027-01-10T10:20:00.000Z' })], { today }),
    ).toEqual([]);
    const changed = declined({
      dependents: [{ promiseId: 'checkout', changedAt: '2027-01-11T08:00:00.000Z' }],
    });
    expect(findDeclinedNotReplanned([changed], { today })).toEqual([]);
  });

  it('ignores declines for other reasons than capacity', () => {
    expect(findDeclinedNotReplanned([declined({ isForCapacity: false })], { today: '2027-02-20' })).toEqual(
      [],
    );
  });
});
