import type { InboxItem } from '../../../contract/inbox.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** From the largest: each unit counts a wait at least `from` long, in steps of `size`. */
const units: ReadonlyArray<{ from: number; size: number; one: string; many: string }> = [
  { from: 365 * DAY, size: 365 * DAY, one: 'a year', many: 'years' },
  // People count a wait in days up to two months, then in months.
  { from: 60 * DAY, size: 30 * DAY, one: 'a month', many: 'months' },
  { from: DAY, size: DAY, one: 'a day', many: 'days' },
  { from: HOUR, size: HOUR, one: 'an hour', many: 'hours' },
  { from: MINUTE, size: MINUTE, one: 'a minute', many: 'minutes' },
];

/**
 * How long an item has waited, to follow "Waiting": "for 21 days", "for an hour", "for a moment".
 * `now` in milliseconds; a moment ahead of the reader's clock is just now.
 */
export function waitedFor(since: string, now: number): string {
  const waited = Math.max(0, now - Date.parse(since));
  const unit = units.find(({ from }) => waited >= from);
  if (!unit) return 'for a moment';
  const count = Math.floor(waited / unit.size);
  return count === 1 ? `for ${unit.one}` : `for ${count} ${unit.many}`;
}

/**
 * The item's due line: the day its answer was asked by, or else the promise's due date, and its
 * cycle. `formatDate` shows a calendar date as the reader reads it.
 */
export function dueLine(item: InboxItem, formatDate: (date: string) => string): string {
  const cycle = item.promise.cycle.name;
  return item.replyBy
    ? `Reply by ${formatDate(item.replyBy)} · ${cycle}`
    : `Due ${formatDate(item.promise.dueDate)} · ${cycle}`;
}

/** "1 item", "3 items": a section's count as a person reads it aloud. */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
