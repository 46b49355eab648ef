import { type CalendarDate, dayNumber } from '../../core/planning/calendar-date.js';

/*
 * Calendar days where the reader is, for what places days among instants (a chart's time axis, "today").
 * The browser's clock runs in the reader's time zone: a day there starts at local midnight, which is
 * not midnight UTC, and lasts 23 or 25 hours when the clocks change.
 */

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The calendar date an instant falls on where the reader is. */
export function localDateOf(instant: Date | number): CalendarDate {
  const at = new Date(instant);
  return `${pad(at.getFullYear(), 4)}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** The instant (epoch milliseconds) a calendar day begins where the reader is. */
export function startOfLocalDay(date: CalendarDate): number {
  // The day number gives year, month and day without reading the text as an instant.
  const civil = new Date(dayNumber(date) * DAY_MS);
  const start = new Date(0);
  // setFullYear, not the Date constructor, which reads years 0–99 as 1900–1999.
  start.setFullYear(civil.getUTCFullYear(), civil.getUTCMonth(), civil.getUTCDate());
  start.setHours(0, 0, 0, 0);
  return start.getTime();
}

/** Today as a calendar date where the reader is. */
export function localToday(): CalendarDate {
  return localDateOf(Date.now());
}
