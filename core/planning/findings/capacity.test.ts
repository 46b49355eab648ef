import { describe, expect, it } from 'vitest';
import type { Status } from '../../promises/state.js';
import { findTeamsOverCapacity, type PromiseOnPlate } from './capacity.js';
import { labelsFrom } from './test-labels.js';

const labels = labelsFrom({ payments: 'Payments', q1: 'FY2027-Q1', q2: 'FY2027-Q2' });

function plate(states: Status[], extra: Partial<PromiseOnPlate> = {}): PromiseOnPlate[] {
  return states.map((state, i) => ({
    id: `p${i}`,
    performerTeamId: 'payments',
    cycleId: 'q1',
    state,
    ...extra,
  }));
}

describe('team capacity', () => {
  it('is quiet while a team has room for everything it was asked', () => {
    const promises = plate(['promised', 'promised', 'requested', 'declined', 'withdrawn', 'draft']);
    expect(findTeamsOverCapacity([{ teamId: 'payments', cycleId: 'q1', promises: 3 }], promises)).toEqual([]);
  });

  it('reports a team that accepted more promises than it declared, as a problem', () => {
    const promises = plate(['promised', 'promised', 'reported', 'requested', 'satisfied']);
    const [finding] = findTeamsOverCapacity([{ teamId: 'payments', cycleId: 'q1', promises: 2 }], promises, {
      labels,
    });
    expect(finding).toEqual({
      code: 'team-over-capacity',
      severity: 'problem',
      key: 'team-over-capacity:payments:q1',
      cycleId: 'q1',
      load: { unit: 'promises', capacity: 2, accepted: 3, pending: 1, unsizedPromiseIds: [] },
      promiseIds: ['p0', 'p1', 'p2', 'p3'],
      teamIds: ['payments'],
      message:
        'Payments has accepted 3 promises in FY2027-Q1 (and 1 more promise pending), over its capacity of 2. ' +
        'Renegotiate, move or withdraw some promises, or raise the capacity.',
    });
  });

  it('warns a team whose pending asks would take it over capacity, so it can decline some', () => {
    const promises = plate(['promised', 'requested', 'offered', 'countered']);
    const [finding] = findTeamsOverCapacity([{ teamId: 'payments', cycleId: 'q1', promises: 2 }], promises, {
      labels,
    });
    expect(finding?.code).toBe('team-over-capacity-if-pending-accepted');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toBe(
      'Payments has accepted 1 promise in FY2027-Q1 against a capacity of 2; accepting the 3 pending promises ' +
        'would bring it to 4. Decline or counter some asks: capacity is a valid reason.',
    );
  });

  it('weighs promises by size when capacity is in points, and says which have no size', () => {
    const promises: PromiseOnPlate[] = [
      { id: 'big', performerTeamId: 'payments', cycleId: 'q1', state: 'promised', size: 8 },
      { id: 'small', performerTeamId: 'payments', cycleId: 'q1', state: 'promised', size: 3 },
      { id: 'unsized', performerTeamId: 'payments', cycleId: 'q1', state: 'promised', size: null },
      { id: 'ask', performerTeamId: 'payments', cycleId: 'q1', state: 'requested', size: 5 },
    ];
    const [finding] = findTeamsOverCapacity([{ teamId: 'payments', cycleId: 'q1', points: 10 }], promises, {
      labels,
    });
    expect(finding?.load).toEqual({
      unit: 'points',
      capacity: 10,
      accepted: 11,
      pending: 5,
      unsizedPromiseIds: ['unsized'],
    });
    expect(finding?.message).toContain('accepted 11 points');
    expect(finding?.message).toContain('1 promise has no size and is not counted.');
  });

  it('measures each team in each cycle on its own', () => {
    const promises = [
      ...plate(['promised', 'promised']),
      ...plate(['promised'], { cycleId: 'q2' }),
      ...plate(['promised', 'promised'], { performerTeamId: 'search' }),
    ];
    const capacities = [
      { teamId: 'payments', cycleId: 'q1', promises: 2 },
      { teamId: 'payments', cycleId: 'q2', promises: 0 },
    ];
    expect(findTeamsOverCapacity(capacities, promises).map((f) => f.key)).toEqual([
      'team-over-capacity:payments:q2',
    ]);
  });
});
