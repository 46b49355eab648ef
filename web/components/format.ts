import type { CalendarDate, Timestamp } from '../../contract/common.js';
import { dayNumber, isCalendarDate } from '../../core/planning/calendar-date.js';

/**
 * Accord shows two kinds of time. A calendar date ('2026-12-31': a due date, a cycle's first or
 * last day, a milestone) names a day and has no time zone: everyone sees that same day. An instant
 * ('2026-12-31T03:00:00.000Z': a move, a check-in, a publication) is a moment, shown where the reader
 * is. Each has its own formatter, typed by the contract's kind of time, so that passing one kind to
 * the other's formatter (the bug of showing a due date of Dec 31 as Dec 30 west of UTC) does not compile.
 */
export interface DateFormatters {
  /** A calendar date as people read it, "Dec 31, 2026": the same day in every time zone. */
  calendarDate(date: CalendarDate): string;
  /** An instant to the minute, in the reader's time zone: "Dec 30, 2026, 7:00 PM". */
  instant(at: Timestamp | Date): string;
  /** The day an instant fell on where the reader is: "Dec 30, 2026". */
  instantDay(at: Timestamp | Date): string;
}

/** Who reads: a locale and a time zone; left out, the browser's own. */
export interface Reader {
  locale?: string | undefined;
  timeZone?: string | undefined;
}

const DAY_MS = 86_400_000;

/** Text the formatter cannot read is shown as it came rather than breaking the page around it. */
function formatOr(text: string, time: number, format: Intl.DateTimeFormat): string {
  return Number.isFinite(time) ? format.format(time) : text;
}

const formatInstantWith = (format: Intl.DateTimeFormat) => (at: Timestamp | Date) =>
  at instanceof Date ? formatOr(String(at), at.getTime(), format) : formatOr(at, Date.parse(at), format);

export function dateFormatters({ locale, timeZone }: Reader = {}): DateFormatters {
  // A calendar date is drawn from its day number, as the UTC day of that number: no reader's time
  // zone enters, so no reader can see the day before or after. `new Date('2026-12-31')` would be
  // midnight UTC, which is still the 30th in the Americas.
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const moment = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const momentDay = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone });
  return {
    calendarDate: (date) => formatOr(date, isCalendarDate(date) ? dayNumber(date) * DAY_MS : Number.NaN, day),
    instant: formatInstantWith(moment),
    instantDay: formatInstantWith(momentDay),
  };
}

const forThisBrowser = dateFormatters();

export const formatCalendarDate = forThisBrowser.calendarDate;
export const formatInstant = forThisBrowser.instant;
export const formatInstantDay = forThisBrowser.instantDay;

/** "Ada Okafor" → "Ada": a friendly greeting without guessing at name order beyond the first word. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/**
 * "Reply by Jan 8, 2027", and whether that day has gone by without the answer at `now`: overdue from
 * the day after, counted in UTC days as the server's unanswered-ask finding counts them, so the word
 * and the finding agree. Here, beside the date formatters, because the inbox's first load shows it.
 */
export function replyByStanding(replyBy: CalendarDate, now: Date = new Date()) {
  return {
    label: `Reply by ${formatCalendarDate(replyBy)}`,
    isOverdue: replyBy < now.toISOString().slice(0, 10),
  };
}
