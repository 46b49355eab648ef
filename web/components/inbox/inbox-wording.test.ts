import { describe, expect, it } from 'vitest';
import type { InboxItem } from '../../../contract/inbox.js';
import { countOf, dueLine, waitedFor } from './inbox-wording.js';

const now = Date.parse('2027-03-22T12:00:00Z');
const ago = (ms: number) => new Date(now - ms).toISOString();
const minutes = (n: number) => n * 60_000;
const hours = (n: number) => n * 3_600_000;
const days = (n: number) => n * 86_400_000;

describe('how long an inbox item has waited', () => {
  it('reads as a duration after "Waiting", never as "since … ago"', () => {
    expect(waitedFor(ago(days(21)), now)).toBe('for 21 days');
    expect(waitedFor(ago(days(1)), now)).toBe('for a day');
    expect(waitedFor(ago(days(1) + hours(23)), now)).toBe('for a day');
    expect(waitedFor(ago(hours(1)), now)).toBe('for an hour');
    expect(waitedFor(ago(hours(5)), now)).toBe('for 5 hours');
    expect(waitedFor(ago(minutes(1)), now)).toBe('for a minute');
    expect(waitedFor(ago(minutes(12)), now)).toBe('for 12 minutes');
    expect(waitedFor(ago(10_000), now)).toBe('for a moment');
  });

  it('counts days up to two months, then months and years', () => {
    expect(waitedFor(ago(days(59)), now)).toBe('for 59 days');
    expect(waitedFor(ago(days(61)), now)).toBe('for 2 months');
    expect(waitedFor(ago(days(100)), now)).toBe('for 3 months');
    expect(waitedFor(ago(days(400)), now)).toBe('for a year');
    expect(waitedFor(ago(days(800)), now)).toBe('for 2 years');
  });

  it('treats a moment ahead of the reader’s clock as just now', () => {
    expect(waitedFor(new Date(now + minutes(3)).toISOString(), now)).toBe('for a moment');
  });
});

describe('the due line of an item', () => {
  const item = (replyBy: string | null) =>
    ({
      replyBy,
      promise: { dueDate: '2027-03-31', cycle: { id: 'c', name: 'FY2027-Q1' } },
    }) as unknown as InboxItem;
  const format = (date: string) => `<${date}>`;

  it('asks for the answer by its reply-by date when one was asked', () => {
    expect(dueLine(item('2027-03-25'), format)).toBe('Reply by <2027-03-25> · FY2027-Q1');
  });

  it('gives the promise’s due date otherwise', () => {
    expect(dueLine(item(null), format)).toBe('Due <2027-03-31> · FY2027-Q1');
  });
});

describe('a section’s count', () => {
  it('agrees with its number', () => {
    expect(countOf(1, 'item')).toBe('1 item');
    expect(countOf(0, 'item')).toBe('0 items');
    expect(countOf(3, 'item')).toBe('3 items');
  });
});
