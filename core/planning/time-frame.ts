import { addDays, addMonths, type CalendarDate, daysBetween } from './calendar-date.js';

/**
 * A promise's or a cycle's time frame: whole days from `start` to `end`, both included.
 * Invariant (checked by validateCycle): start <= end.
 */
export interface TimeFrame {
  start: CalendarDate;
  end: CalendarDate;
}

/**
 * Whether two time frames share at least one day. A promise may only contribute to a promise
 * whose cycle overlaps its own: work that ends before the other begins cannot serve it.
 * Frames that merely touch (one ends on 03-31, the next starts on 04-01) do not overlap.
 */
export function cyclesOverlap(a: TimeFrame, b: TimeFrame): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Whether a due date falls inside the frame, both ends included. */
export function dueDateWithin(frame: TimeFrame, dueDate: CalendarDate): boolean {
  return frame.start <= dueDate && dueDate <= frame.end;
}

/** Whether `inner` lies entirely inside `outer`. */
export function frameContains(outer: TimeFrame, inner: TimeFrame): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** How many days the frame covers, both ends included (a one-day frame has length 1). */
export function frameLengthInDays(frame: TimeFrame): number {
  return daysBetween(frame.start, frame.end) + 1;
}

/** The inclusive last day of a frame that starts on `start` and lasts `months` months. */
export function endAfterMonths(start: CalendarDate, months: number): CalendarDate {
  return addDays(addMonths(start, months), -1);
}

/** The inclusive last day of a frame that starts on `start` and lasts `days` days. */
export function endAfterDays(start: CalendarDate, days: number): CalendarDate {
  return addDays(start, days - 1);
}
