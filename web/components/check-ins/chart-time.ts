import { addDays } from '../../../core/planning/index.js';

const DAY_MS = 86_400_000;
const shortDate = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

/** The span a promise's charts run over: from the first day of its cycle to the end of its due date. */
export interface ChartSpan {
  startIso: string;
  /** A due date includes its whole day, so the line reaches the target at the start of the next day. */
  endIso: string;
  startMs: number;
  endMs: number;
}

export function chartSpan(startDate: string, dueDate: string): ChartSpan {
  const startIso = `${startDate}T00:00:00.000Z`;
  const endIso = `${addDays(dueDate, 1)}T00:00:00.000Z`;
  return { startIso, endIso, startMs: Date.parse(startIso), endMs: Date.parse(endIso) };
}

/** Props for a time axis: numbers of milliseconds, labelled as short dates. */
export function timeAxis(span: ChartSpan, times: readonly number[]) {
  const from = Math.min(span.startMs, ...times);
  const to = Math.max(span.endMs, ...times);
  return {
    type: 'number' as const,
    scale: 'time' as const,
    domain: [from, to],
    ticks: weeklyTicks(from, to),
    tickFormatter: (value: number) => shortDate.format(value),
  };
}

/** About six evenly spaced ticks on whole days, so labels never crowd. */
function weeklyTicks(from: number, to: number): number[] {
  const days = Math.max(1, Math.round((to - from) / DAY_MS));
  const step = Math.max(1, Math.ceil(days / 6)) * DAY_MS;
  const ticks: number[] = [];
  for (let t = from; t <= to; t += step) ticks.push(t);
  return ticks;
}

export const tooltipDate = (value: unknown) =>
  typeof value === 'number' ? new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(value) : '';

/** "Today" on a chart, when today falls inside the promise's span. */
export function todayLine(span: ChartSpan, now = Date.now()) {
  return now >= span.startMs && now <= span.endMs
    ? [{ x: now, color: 'gray.6', label: 'Today', labelPosition: 'insideTopRight' as const }]
    : [];
}

const calendarDay = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** A calendar date ("2027-03-31") as people read it, the same day in every time zone. */
export function formatCalendarDate(date: string): string {
  return calendarDay.format(Date.parse(`${date}T00:00:00Z`));
}
