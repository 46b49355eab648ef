import { describe, expect, it } from 'vitest';
import { labelsFrom } from './test-labels.js';
import {
  type DependencyAsk,
  findUnansweredAsks,
  findUnansweredDependencyAsks,
  type PendingAsk,
} from './unanswered-asks.js';

const labels = labelsFrom({
  ask: 'Fraud scoring API',
  growth: 'Growth',
  risk: 'Risk',
  checkout: 'Cut checkout time',
  api: 'Payments API v2',
});

const ask = (extra: Partial<PendingAsk> = {}): PendingAsk => ({
  promiseId: 'ask',
  ask: 'request',
  awaitedTeamId: 'risk',
  askerTeamId: 'growth',
  replyBy: '2027-01-10',
  ...extra,
});

describe('unanswered asks', () => {
  it('fires the day after the reply-by date, naming the ask, the date and who owes the answer', () => {
    const findings = findUnansweredAsks([ask()], { today: '2027-01-13', labels });
    expect(findings).toEqual([
      {
        code: 'unanswered-ask',
        severity: 'problem',
        key: 'unanswered-ask:ask:2027-01-10',
        promiseIds: ['ask'],
        teamIds: ['risk', 'growth'],
        message:
          'The request on "Fraud scoring API" asked for an answer by 2027-01-10, 3 days ago. Risk has not ' +
          'answered: promise, counter or decline it, so the other side can plan.',
      },
    ]);
  });

  it('stays quiet up to and on the reply-by date', () => {
    expect(findUnansweredAsks([ask()], { today: '2027-01-09', labels })).toEqual([]);
    expect(findUnansweredAsks([ask()], { today: '2027-01-10', labels })).toEqual([]);
  });

  it('keys each ask by its date, so a new date is a new situation', () => {
    const [first] = findUnansweredAsks([ask({ ask: 'counter' })], { today: '2027-02-01' });
    const [second] = findUnansweredAsks([ask({ ask: 'counter', replyBy: '2027-01-20' })], {
      today: '2027-02-01',
    });
    expect(first?.key).not.toBe(second?.key);
    expect(first?.message).toMatch(/^The counter-proposal on promise ask/);
  });
});

describe('unanswered dependency asks', () => {
  const dependency = (extra: Partial<DependencyAsk> = {}): DependencyAsk => ({
    id: 'd1',
    from: 'checkout',
    to: 'api',
    supplierTeamId: 'risk',
    state: 'proposed',
    replyBy: '2027-01-10',
    ...extra,
  });

  it('fires the day after a dependency asked its supplier to answer by, naming both promises', () => {
    expect(findUnansweredDependencyAsks([dependency()], { today: '2027-01-12', labels })).toEqual([
      {
        code: 'unanswered-ask',
        severity: 'problem',
        key: 'unanswered-ask:dependency:d1:2027-01-10',
        dependencyId: 'd1',
        promiseIds: ['checkout', 'api'],
        teamIds: ['risk'],
        message:
          'The dependency of "Cut checkout time" on "Payments API v2" asked its supplier for an answer by ' +
          '2027-01-10, 2 days ago. Risk has not answered: acknowledge or decline it, so "Cut checkout time" can plan.',
      },
    ]);
  });

  it('stays quiet on the date, without a date, and once the supplier has answered', () => {
    const quiet = [
      dependency({ id: 'on-the-day' }),
      dependency({ id: 'no-date', replyBy: null }),
      dependency({ id: 'no-date-at-all', replyBy: undefined }),
      dependency({ id: 'acknowledged', state: 'acknowledged', replyBy: '2027-01-01' }),
      dependency({ id: 'declined', state: 'declined', replyBy: '2027-01-01' }),
    ];
    expect(findUnansweredDependencyAsks(quiet, { today: '2027-01-10', labels })).toEqual([]);
  });
});
