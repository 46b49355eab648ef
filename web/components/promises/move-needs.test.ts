import { describe, expect, it } from 'vitest';
import type { Terms } from '../../../contract/promises.js';
import type { Act } from '../../../contract/protocol.js';
import { needOf, type PromiseAsPresented } from './move-needs.js';

const terms: Terms = { title: 'Grow signups', description: '', dueDate: '2027-03-31', conditions: [] };

function promise(fields: Partial<PromiseAsPresented>): PromiseAsPresented {
  return {
    status: 'requested',
    awaiting: 'performer',
    draftedBy: 'customer',
    openedBy: 'customer',
    terms,
    proposal: null,
    version: 2,
    lastReason: null,
    ...fields,
  };
}

const needs = (presented: PromiseAsPresented, moves: readonly Act[]) =>
  Object.fromEntries(moves.map((act) => [act, needOf(presented, act)]));

describe('what a move’s dialog asks for', () => {
  it('asks for new terms to counter and a reason to decline a request; promising or taking it back needs nothing', () => {
    expect(needs(promise({}), ['promise', 'counter', 'decline', 'withdraw'])).toEqual({
      promise: null,
      counter: 'changes',
      decline: 'reason',
      withdraw: null,
    });
  });

  it('asks for a reason to end a kept promise, and new terms to renegotiate it', () => {
    const kept = promise({ status: 'promised', awaiting: null });
    expect(needs(kept, ['revoke', 'withdraw', 'renegotiate', 'report-complete'])).toEqual({
      revoke: 'reason',
      withdraw: 'reason',
      renegotiate: 'changes',
      'report-complete': null,
    });
  });

  it('asks the customer why a reported promise is not kept yet, and nothing to declare it kept', () => {
    const reported = promise({ status: 'reported', awaiting: 'customer' });
    expect(needs(reported, ['declare-satisfied', 'declare-dissatisfied'])).toEqual({
      'declare-satisfied': null,
      'declare-dissatisfied': 'reason',
    });
  });

  it('asks for a reason to decline a renegotiation', () => {
    const renegotiating = promise({
      status: 'promised',
      awaiting: 'customer',
      proposal: {
        by: 'performer',
        kind: 'renegotiation',
        changes: { dueDate: '2027-04-30' },
        proposedTerms: { ...terms, dueDate: '2027-04-30' },
        differences: [],
      },
    });
    expect(needs(renegotiating, ['accept-offer', 'decline'])).toEqual({
      'accept-offer': null,
      decline: 'reason',
    });
  });

  it('asks for text to comment, in any state', () => {
    expect(needOf(promise({}), 'comment')).toBe('text');
    expect(needOf(promise({ status: 'satisfied', awaiting: null }), 'comment')).toBe('text');
  });
});
