import { describe, expect, it } from 'vitest';
import type { Status } from '../promises/state.js';
import { capacityStanding, measureCountedLoad, measureLoad, promiseLoad } from './capacity.js';

describe('what a promise weighs on its team', () => {
  it('counts promised and reported work as accepted, open asks and offers as pending', () => {
    expect(promiseLoad('promised')).toBe('accepted');
    expect(promiseLoad('reported')).toBe('accepted');
    const open: Status[] = ['requested', 'offered', 'countered'];
    expect(open.map(promiseLoad)).toEqual(['pending', 'pending', 'pending']);
    const offThePlate: Status[] = ['draft', 'declined', 'withdrawn', 'revoked', 'satisfied'];
    expect(offThePlate.map(promiseLoad)).toEqual(['none', 'none', 'none', 'none', 'none']);
  });
});

describe('a team’s load', () => {
  const plate = [
    { id: 'kept', status: 'promised', size: 5 },
    { id: 'done', status: 'reported', size: 3 },
    { id: 'ask', status: 'requested', size: 2 },
    { id: 'unsized', status: 'offered', size: null },
    { id: 'delivered', status: 'satisfied', size: 8 },
    { id: 'private', status: 'draft', size: 8 },
  ] as const;

  it('counts one per promise when capacity is in promises, sizes or not', () => {
    expect(measureLoad('promises', plate)).toEqual({ accepted: 2, pending: 2, unsizedPromiseIds: [] });
  });

  it('adds up sizes when capacity is in points, and names the open promises that have none', () => {
    expect(measureLoad('points', plate)).toEqual({ accepted: 8, pending: 2, unsizedPromiseIds: ['unsized'] });
  });

  it('leaves drafts and closed promises out, even unsized ones', () => {
    const load = measureLoad('points', [{ id: 'old', status: 'withdrawn' }]);
    expect(load).toEqual({ accepted: 0, pending: 0, unsizedPromiseIds: [] });
  });
});

describe('a load against a capacity', () => {
  const capacity = { unit: 'promises', amount: 3 } as const;

  it('has room while accepted and pending fit', () => {
    expect(capacityStanding(capacity, { accepted: 2, pending: 1 })).toEqual({
      isOverCapacity: false,
      wouldBeOverCapacity: false,
    });
  });

  it('would be over once the pending asks no longer fit beside what is accepted', () => {
    expect(capacityStanding(capacity, { accepted: 2, pending: 2 })).toEqual({
      isOverCapacity: false,
      wouldBeOverCapacity: true,
    });
  });

  it('is over once more is accepted than declared; exactly the capacity is not over', () => {
    expect(capacityStanding(capacity, { accepted: 3, pending: 0 }).isOverCapacity).toBe(false);
    expect(capacityStanding(capacity, { accepted: 4, pending: 0 }).isOverCapacity).toBe(true);
  });

  it('is never over for a team that declared no capacity', () => {
    expect(capacityStanding(null, { accepted: 40, pending: 9 })).toEqual({
      isOverCapacity: false,
      wouldBeOverCapacity: false,
    });
  });
});

describe('a team’s load counted by status', () => {
  const promises = [
    { id: 'a', status: 'promised' as const, size: 3 },
    { id: 'b', status: 'promised' as const, size: null },
    { id: 'c', status: 'reported' as const, size: 2 },
    { id: 'd', status: 'requested' as const, size: 5 },
    { id: 'e', status: 'declined' as const, size: 8 },
  ];
  const counted = (['promised', 'reported', 'requested', 'declined'] as const).map((status) => {
    const of = promises.filter((p) => p.status === status);
    return { status, count: of.length, points: of.reduce((sum, p) => sum + (p.size ?? 0), 0) };
  });

  it('weighs the same as the promises listed one by one, in promises and in points', () => {
    for (const unit of ['promises', 'points'] as const) {
      const { accepted, pending } = measureLoad(unit, promises);
      expect(measureCountedLoad(unit, counted)).toEqual({ accepted, pending });
    }
    expect(measureCountedLoad('points', counted)).toEqual({ accepted: 5, pending: 5 });
  });
});
