import { describe, expect, it } from 'vitest';
import { findStaleCheckIns, findUnassessedCompletions } from './follow-through.js';
import { labelsFrom } from './test-labels.js';

const labels = labelsFrom({
  checkout: 'Cut checkout time in half',
  payments: 'Payments',
  leads: 'Product leads',
});

describe('stale check-ins', () => {
  const promise = { promiseId: 'checkout', performerTeamId: 'payments', promisedOn: '2027-01-04' };

  it('is quiet while the performer checks in at least every two weeks', () => {
    const findings = findStaleCheckIns([{ ...promise, lastCheckInOn: '2027-02-01' }], {
      today: '2027-02-15',
    });
    expect(findings).toEqual([]);
  });

  it('asks for a check-in once the last one is more than two weeks old', () => {
    const findings = findStaleCheckIns([{ ...promise, lastCheckInOn: '2027-02-01' }], {
      today: '2027-02-16',
      labels,
    });
    expect(findings).toEqual([
      {
        code: 'stale-check-in',
        severity: 'warning',
        key: 'stale-check-in:checkout',
        promiseIds: ['checkout'],
        teamIds: ['payments'],
        message:
          '"Cut checkout time in half" has had no check-in for 15 days, since 2027-02-01. ' +
          'Ask Payments for a check-in: values, confidence and blockers.',
      },
    ]);
  });

  it('counts from the promise when there has been no check-in at all, with a chosen threshold', () => {
    const [finding] = findStaleCheckIns([{ ...promise, lastCheckInOn: null }], {
      today: '2027-01-12',
      staleAfterDays: 7,
      labels,
    });
    expect(finding?.message).toContain('has had no check-in since it was promised on 2027-01-04, 8 days ago');
  });
});

describe('unassessed completions', () => {
  const completion = {
    promiseId: 'checkout',
    customerTeamId: 'leads',
    performerTeamId: 'payments',
    reportedOn: '2027-03-25',
  };

  it('gives the customer a week to assess a completion', () => {
    expect(findUnassessedCompletions([completion], { today: '2027-04-01' })).toEqual([]);
  });

  it('reminds the customer after that, naming both teams', () => {
    const [finding] = findUnassessedCompletions([completion], { today: '2027-04-05', labels });
    expect(finding).toEqual({
      code: 'unassessed-completion',
      severity: 'warning',
      key: 'unassessed-completion:checkout',
      promiseIds: ['checkout'],
      teamIds: ['leads', 'payments'],
      message:
        '"Cut checkout time in half" was reported complete on 2027-03-25, 11 days ago, and Product leads has not ' +
        'assessed it. Declare it satisfied, or dissatisfied with a reason.',
    });
  });

  it('speaks of "its customer" when the customer is a person, with a chosen delay', () => {
    const [finding] = findUnassessedCompletions([{ ...completion, customerTeamId: null }], {
      today: '2027-03-28',
      assessAfterDays: 2,
    });
    expect(finding?.message).toContain('and its customer has not assessed it');
    expect(finding?.teamIds).toEqual(['payments']);
  });
});
