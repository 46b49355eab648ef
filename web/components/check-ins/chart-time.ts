import { addDays, type CalendarDate } from '../../../core/planning/index.js';
import { formatInstantDay } from '../format.js';
import { localDateOf, startOfLocalDay } from '../local-days.js';

const DAY_MS = 86_400_000;
const shortDate = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

/**
 * The span a promise's charts run over: from the first day of its cycle to the end of its due date.
 * The charts place check-ins (instants) on a time axis labelled in the reader's days, so the span's
 * days start at the reader's midnight too: the axis then begins on the cycle's first day everywhere.
 */
export interface ChartSpan {
  startIso: string;
  /** A due date includes its whole day, so the line reaches the target at the start of the next day. */
  endIso: string;
  startMs: number;
  endMs: number;
}

export function chartSpan(startDate: CalendarDate, dueDate: CalendarDate): ChartSpan {
  const startMs = startOfLocalDay(startDate);
  const endMs = startOfLocalDay(addDays(dueDate, 1));
  return { startIso: new Date(startMs).toISOString(), endIso: new Date(endMs).toISOString(), startMs, endMs };
}

/** Props for a time axis: numbers of milliseconds, labelled as short dates. */
export function timeAxis(span: ChartSpan, times: readonly number[]) {
  const from = Math.min(span.startMs, ...times);
  const to = Math.max(span.endMs, ...times);
  return {
    type: 'number' as const,
    scale: 'time' as const,
    domain: [from, to],
    ticks: dayTicks(from, to),
    tickFormatter: (value: number) => shortDate.format(value),
  };
}

/**
 * About six evenly spaced ticks, each at the start of a day where the reader is, so labels never
 * crowd and never name the day before: stepping by whole days of calendar, not by 24 hours, keeps
 * them on midnight across a change of the clocks.
 */
function dayTicks(from: number, to: number): number[] {
  const days = Math.max(1, Math.round((to - from) / DAY_MS));
  const step = Math.max(1, Math.ceil(days / 6));
  // The first day that starts within the axis: a reading before the span may start it mid-day.
  const dayOfFrom = localDateOf(from);
  const firstDay = startOfLocalDay(dayOfFrom) < from ? addDays(dayOfFrom, 1) : dayOfFrom;
  const ticks: number[] = [];
  for (let offset = 0; ; offset += step) {
    const tick = startOfLocalDay(addDays(firstDay, offset));
    if (tick > to) return ticks;
    ticks.push(tick);
  }
}

export const tooltipDate = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) ? formatInstantDay(new Date(value)) : '';

/** "Today" on a chart, when today falls inside the promise's span. */
export function todayLine(span: ChartSpan, now = Date.now()) {
  return now >= span.startMs && now <= span.endMs
    ? [{ x: now, color: 'gray.6', label: 'Today', labelPosition: 'insideTopRight' as const }]
    : [];
}
