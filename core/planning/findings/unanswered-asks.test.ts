import { describe, expect, it } from 'vitest';
import { labelsFrom } from './test-labels.js';
import { findUnansweredAsks, type PendingAsk } from './unanswered-asks.js';

const labels = labelsFrom({ ask: 'Fraud scoring API', growth: 'Growth', risk: 'Risk' });

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
