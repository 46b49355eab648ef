import { describe, expect, it } from 'vitest';
import { actsFor, belongsTo, type PartyViewer, participation, sidesOf } from './participation.js';

const ada: PartyViewer = {
  personId: 'ada',
  memberOf: new Set(['platform', 'growth']),
  leads: new Set(['platform']),
};
const ben: PartyViewer = { personId: 'ben', memberOf: new Set(), leads: new Set() };

const platform = { type: 'team', id: 'platform' } as const;
const growth = { type: 'team', id: 'growth' } as const;
const adaHerself = { type: 'person', id: 'ada' } as const;
const benHimself = { type: 'person', id: 'ben' } as const;

describe('who acts for which side', () => {
  it('lets a person act for themselves and a lead act for the team', () => {
    expect(actsFor(ada, adaHerself)).toBe(true);
    expect(actsFor(ada, platform)).toBe(true);
    expect(actsFor(ben, adaHerself)).toBe(false);
  });

  it('lets a plain member belong to a team without acting for it', () => {
    expect(belongsTo(ada, growth)).toBe(true);
    expect(actsFor(ada, growth)).toBe(false);
    expect(belongsTo(ben, growth)).toBe(false);
  });

  it('finds the performing side through any of several performers', () => {
    const promise = { customer: benHimself, performers: [growth, platform] };
    expect(sidesOf(ada, promise, actsFor)).toEqual(['performer']);
    expect(sidesOf(ada, promise, belongsTo)).toEqual(['performer']);
    expect(sidesOf(ben, promise, actsFor)).toEqual(['customer']);
  });

  it('gives a lead of a performing team the moves of the performer', () => {
    expect(participation(ada, { customer: benHimself, performers: [platform] })).toEqual({
      moves: ['performer'],
      member: ['performer'],
      comments: ['performer'],
    });
  });

  it('lets a plain member of the performing team comment as the performer, but not move for it', () => {
    expect(participation(ada, { customer: benHimself, performers: [growth] })).toEqual({
      moves: [],
      member: ['performer'],
      comments: ['performer'],
    });
  });

  it('puts someone on both sides on both, the customer first', () => {
    expect(participation(ada, { customer: adaHerself, performers: [platform] })).toEqual({
      moves: ['customer', 'performer'],
      member: ['customer', 'performer'],
      comments: ['customer', 'performer'],
    });
  });

  it('lets an outsider only comment, as a reviewer', () => {
    expect(participation(ben, { customer: growth, performers: [platform] })).toEqual({
      moves: [],
      member: [],
      comments: ['reviewer'],
    });
  });
});
