import { describe, expect, it } from 'vitest';
import {
  compareInboxItems,
  type InboxStanding,
  inboxGroupOf,
  inboxItemKey,
  onePerPromiseAndReason,
} from './inbox-groups.js';

const standing = (over: Partial<InboxStanding>): InboxStanding => ({
  awaitsMe: false,
  awaited: 'performer',
  memberOf: [],
  movesFor: [],
  isDraft: false,
  ...over,
});

describe('the inbox group of a pending answer', () => {
  it('is mine when the answer is mine to give', () => {
    expect(inboxGroupOf(standing({ awaitsMe: true, memberOf: ['performer'], movesFor: ['performer'] }))).toBe(
      'awaiting-me',
    );
  });

  it('is my team’s when my team is awaited and its leads answer, not I', () => {
    expect(inboxGroupOf(standing({ memberOf: ['performer'] }))).toBe('my-team');
    // A member of the awaited team who leads the other side still sees whose answer it is.
    expect(inboxGroupOf(standing({ memberOf: ['customer', 'performer'], movesFor: ['customer'] }))).toBe(
      'my-team',
    );
    expect(inboxGroupOf(standing({ memberOf: ['customer'], awaited: 'customer', isDraft: true }))).toBe(
      'my-team',
    );
  });

  it('waits on others when the other side is awaited, or another performer still has to answer', () => {
    expect(inboxGroupOf(standing({ memberOf: ['customer'], movesFor: ['customer'] }))).toBe(
      'waiting-on-others',
    );
    expect(inboxGroupOf(standing({ memberOf: ['customer'] }))).toBe('waiting-on-others');
    expect(inboxGroupOf(standing({ memberOf: ['performer'], movesFor: ['performer'] }))).toBe(
      'waiting-on-others',
    );
  });

  it('leaves out a draft the other side keeps, and promises the viewer is no side of', () => {
    expect(inboxGroupOf(standing({ memberOf: ['customer'], isDraft: true }))).toBeNull();
    expect(inboxGroupOf(standing({ memberOf: ['performer'], movesFor: ['performer'], isDraft: true }))).toBe(
      null,
    );
    expect(inboxGroupOf(standing({}))).toBeNull();
  });
});

describe('the order of an inbox section', () => {
  const items = [
    { key: 'request:b', since: '2027-01-03T09:00:00Z', due: '2027-02-01' },
    { key: 'request:a', since: '2027-01-01T09:00:00Z', due: '2027-03-01' },
    { key: 'offer:c', since: '2027-01-02T09:00:00Z', due: '2027-02-01' },
    { key: 'offer:d', since: '2027-01-02T09:00:00Z', due: '2027-01-15' },
  ];

  it('puts the longest waiting first by age, and breaks ties by key', () => {
    expect([...items].sort(compareInboxItems('age')).map((i) => i.key)).toEqual([
      'request:a',
      'offer:c',
      'offer:d',
      'request:b',
    ]);
  });

  it('puts the soonest due first by due date, the longest waiting first among the same day', () => {
    expect([...items].sort(compareInboxItems('due')).map((i) => i.key)).toEqual([
      'offer:d',
      'offer:c',
      'request:b',
      'request:a',
    ]);
  });
});

describe('one item per promise and reason', () => {
  it('keeps the earliest of items asking the same of the same promise', () => {
    const review = (since: string) => ({ key: inboxItemKey('review', 'p1'), since, due: '2027-02-01' });
    const kept = onePerPromiseAndReason([
      review('2027-01-05T00:00:00Z'),
      review('2027-01-02T00:00:00Z'),
      { key: inboxItemKey('question', 'p1'), since: '2027-01-03T00:00:00Z', due: '2027-02-01' },
    ]);
    expect(kept.map((i) => [i.key, i.since])).toEqual([
      ['review:p1', '2027-01-02T00:00:00Z'],
      ['question:p1', '2027-01-03T00:00:00Z'],
    ]);
  });

  it('tells apart what a promise asks about different subjects, such as two dependencies', () => {
    expect(inboxItemKey('dependency', 'p1', 'd1')).not.toBe(inboxItemKey('dependency', 'p1', 'd2'));
  });
});
