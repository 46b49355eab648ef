import { describe, expect, it } from 'vitest';
import type { InboxItem } from '../../../contract/inbox.js';
import { hasInlineActions, kindLabel, whoOf } from './inbox-kinds.js';

const party = (name: string) => ({ type: 'person' as const, id: name, name });

function item(over: Partial<InboxItem> & Pick<InboxItem, 'kind'>): InboxItem {
  return {
    key: `${over.kind}:p1`,
    promise: {
      id: 'p1',
      title: 'Faster onboarding',
      customer: party('Grace Hopper'),
      performers: [party('Alan Turing')],
      awaiting: 'performer',
      status: 'requested',
      cycle: { id: 'c', name: 'FY2027-Q1' },
      dueDate: '2027-03-31',
    },
    dependency: null,
    review: null,
    question: null,
    since: '2027-03-01T09:00:00Z',
    due: '2027-03-31',
    acts: [],
    replyBy: null,
    ...over,
  } as InboxItem;
}

describe('what an inbox item says', () => {
  it('names who asked me, whose answer I wait for, and whose leads answer for my team', () => {
    const request = item({ kind: 'request' });
    expect(whoOf(request, 'awaitingMe')).toBe('From Grace Hopper');
    expect(whoOf(request, 'waitingOnOthers')).toBe('Awaiting Alan Turing’s answer');
    expect(whoOf(request, 'myTeam')).toBe('From Grace Hopper; the leads of Alan Turing answer');
    expect(kindLabel('request', 'myTeam')).toBe('A request for your team');
  });

  it('quotes the oldest open question, and says how many more there are', () => {
    const question = item({
      kind: 'question',
      question: { id: 'q', text: 'Who supports it?', askedBy: { id: 'd', name: 'Ada' }, count: 3 },
    });
    expect(whoOf(question, 'awaitingMe')).toBe('Ada asked: “Who supports it?” (and 2 more)');
  });

  it('names the role a review is asked in', () => {
    const review = item({ kind: 'review', review: { id: 'r', role: 'peer' } });
    expect(whoOf(review, 'awaitingMe')).toBe('As its peer: Grace Hopper → Alan Turing');
  });
});

describe('the answers an item offers in place', () => {
  it('offers promising and accepting, never only a decline', () => {
    expect(hasInlineActions(item({ kind: 'request', acts: ['promise', 'counter', 'decline'] }))).toBe(true);
    expect(hasInlineActions(item({ kind: 'offer', acts: ['accept-offer', 'decline'] }))).toBe(true);
    expect(hasInlineActions(item({ kind: 'completion', acts: ['declare-dissatisfied'] }))).toBe(false);
  });

  it('offers a check-in on a kept promise, and an acknowledgement the supplier may give', () => {
    const kept = { ...item({ kind: 'stale' }).promise, status: 'promised' as const };
    expect(hasInlineActions(item({ kind: 'stale', promise: kept }))).toBe(true);
    expect(hasInlineActions(item({ kind: 'check-in', promise: kept }))).toBe(false);
    const dependency = (answer: boolean) =>
      item({ kind: 'dependency', dependency: { id: 'd', can: { answer } } as InboxItem['dependency'] });
    expect(hasInlineActions(dependency(true))).toBe(true);
    expect(hasInlineActions(dependency(false))).toBe(false);
  });
});
