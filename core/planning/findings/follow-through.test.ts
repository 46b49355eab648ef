import { describe, expect, it } from 'vitest';
import { findStaleCheckIns, findUnassessedCompletions } from './follow-through.js';
import { labelsFrom } from './test-labels.js';

const labels = labelsFrom({
  checkout: 'Cut checkout time in half',
  payments: 'Payments',
  leads: 'Product leads',
});

describe('stale check-ins', () => {
  // Promised on a Monday morning, in a weekly cycle that had started the week before.
  const promise = {
    promiseId: 'checkout',
    performerTeamId: 'payments',
    status: 'promised',
    agreedAt: '2027-01-04T09:00:00.000Z',
    cycleStart: '2026-12-28',
    cadence: 'weekly',
  } as const;

  it('is quiet while the performer checks in within the cycle’s cadence', () => {
    const findings = findStaleCheckIns([{ ...promise, lastCheckInAt: '2027-02-01T10:00:00.000Z' }], {
      now: '2027-02-08T10:00:00.000Z',
    });
    expect(findings).toEqual([]);
  });

  it('asks for a check-in once a whole cadence has passed since the last one', () => {
    const findings = findStaleCheckIns([{ ...promise, lastCheckInAt: '2027-02-01T10:00:00.000Z' }], {
      now: '2027-02-08T10:00:00.001Z',
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
          '"Cut checkout time in half" has had no check-in since 2027-02-01; its cycle asks for one every week, ' +
          'and one was due on 2027-02-08. Ask Payments for a check-in: values, confidence and blockers.',
      },
    ]);
  });

  it('counts from the agreement when the promise was made after its cycle started', () => {
    const facts = { ...promise, lastCheckInAt: null };
    expect(findStaleCheckIns([facts], { now: '2027-01-11T09:00:00.000Z' })).toEqual([]);
    const [finding] = findStaleCheckIns([facts], { now: '2027-01-11T09:00:01.000Z', labels });
    expect(finding?.message).toContain(
      'has had no check-in since it was promised on 2027-01-04; its cycle asks for one every week, ' +
        'and one was due on 2027-01-11.',
    );
  });

  it('counts from the cycle’s start when the promise was agreed during planning', () => {
    const facts = {
      ...promise,
      agreedAt: '2026-12-10T09:00:00.000Z',
      cycleStart: '2027-01-04',
      lastCheckInAt: null,
    };
    expect(findStaleCheckIns([facts], { now: '2027-01-10T23:00:00.000Z' })).toEqual([]);
    const [finding] = findStaleCheckIns([facts], { now: '2027-01-11T00:00:01.000Z', labels });
    expect(finding?.message).toContain('has had no check-in since its cycle started on 2027-01-04;');
  });

  it('does not count last cycle’s check-in, and follows a slower cadence', () => {
    const facts = {
      ...promise,
      agreedAt: '2026-12-10T09:00:00.000Z',
      cycleStart: '2027-01-04',
      cadence: 'biweekly',
      lastCheckInAt: '2026-12-30T09:00:00.000Z',
    } as const;
    expect(findStaleCheckIns([facts], { now: '2027-01-17T12:00:00.000Z' })).toEqual([]);
    const [finding] = findStaleCheckIns([facts], { now: '2027-01-18T12:00:00.000Z', labels });
    expect(finding?.message).toContain(
      'since its cycle started on 2027-01-04; its cycle asks for one every two weeks, and one was due on 2027-01-18.',
    );
  });

  it('names no team when a person performs, and leaves promises that are not being kept alone', () => {
    const now = '2027-03-01T00:00:00.000Z';
    const late = { ...promise, lastCheckInAt: null };
    const [finding] = findStaleCheckIns([{ ...late, performerTeamId: null }], { now });
    expect(finding?.message).toContain('Ask its performer for a check-in');
    expect(finding?.teamIds).toEqual([]);
    const notKept = (['reported', 'requested', 'satisfied', 'withdrawn'] as const).map((status) => ({
      ...late,
      status,
    }));
    expect(findStaleCheckIns(notKept, { now })).toEqual([]);
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
