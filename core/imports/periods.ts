import { addMonths, type CalendarDate, dayNumber, daysInMonth } from '../planning/calendar-date.js';

/**
 * Time periods become cycles on horizons: a quarter on the quarter horizon, a year on the one-year
 * horizon, anything else on a custom horizon of its own length. Names such as "Q1 2025",
 * "2025 Q3", "FY2026" or "H2 2025" give their dates; other periods take theirs from the source or
 * from the objectives in them.
 */

export type PeriodKind = 'annual' | 'quarterly' | 'custom';

export type HorizonPlan =
  | { key: '1y' | 'quarter'; months: 12 | 3 }
  | { key: string; months: number }
  | { key: string; days: number };

export interface NamedFrame {
  kind: PeriodKind;
  start: CalendarDate;
  end: CalendarDate;
}

const pad = (n: number) => String(n).padStart(2, '0');
const yearOf = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));
const lastDay = (year: number, month: number) => `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`;

/** The frame a period's name says, if it says one. */
export function frameOfName(name: string): NamedFrame | null {
  const text = name.trim();
  const quarter =
    /^(?:FY\s*)?Q([1-4])[\s/-]*(?:FY\s*|CY\s*)?'?(\d{4}|\d{2})$/i.exec(text) ??
    /^(?:FY\s*|CY\s*)?(\d{4}|\d{2})[\s/-]*Q([1-4])$/i.exec(text);
  if (quarter) {
    const [q, y] = /^(?:FY\s*)?Q/i.test(text) ? [quarter[1]!, quarter[2]!] : [quarter[2]!, quarter[1]!];
    const year = yearOf(y);
    const first = (Number(q) - 1) * 3 + 1;
    return { kind: 'quarterly', start: `${year}-${pad(first)}-01`, end: lastDay(year, first + 2) };
  }
  const half =
    /^H([12])[\s/-]*(?:FY\s*)?(\d{4}|\d{2})$/i.exec(text) ?? /^(?:FY\s*)?(\d{4})[\s/-]*H([12])$/i.exec(text);
  if (half) {
    const [h, y] = /^H/i.test(text) ? [half[1]!, half[2]!] : [half[2]!, half[1]!];
    const year = yearOf(y);
    const first = h === '1' ? 1 : 7;
    return { kind: 'custom', start: `${year}-${pad(first)}-01`, end: lastDay(year, first + 5) };
  }
  const annual = /^(?:FY|CY|Annual|Year)?\s*'?(\d{4}|\d{2})$/i.exec(text);
  if (annual && (annual[1]!.length === 4 || /^(FY|CY)/i.test(text))) {
    const year = yearOf(annual[1]!);
    return { kind: 'annual', start: `${year}-01-01`, end: `${year}-12-31` };
  }
  return null;
}

/** Whole calendar months from `start` to `end` inclusive, or null when the frame is not whole months. */
function wholeMonths(start: CalendarDate, end: CalendarDate): number | null {
  for (let months = 1; months <= 120; months += 1) {
    const next = addMonths(start, months);
    if (dayNumber(next) - 1 === dayNumber(end)) return months;
    if (next > end) return null;
  }
  return null;
}

/** The kind of a frame by its length, whatever its name. */
export function kindOfFrame(start: CalendarDate, end: CalendarDate): PeriodKind {
  const months = wholeMonths(start, end);
  if (months === 12) return 'annual';
  if (months === 3) return 'quarterly';
  return 'custom';
}

/** The horizon a cycle goes on: the organization's year or quarter, or a custom one of its length. */
export function horizonOfFrame(start: CalendarDate, end: CalendarDate): HorizonPlan {
  const months = wholeMonths(start, end);
  if (months === 12) return { key: '1y', months: 12 };
  if (months === 3) return { key: 'quarter', months: 3 };
  if (months !== null) return { key: `${months}m`, months };
  return { key: `${dayNumber(end) - dayNumber(start) + 1}d`, days: dayNumber(end) - dayNumber(start) + 1 };
}

/** A quarter's name for a day, for rows that give dates but no period: "Q2 2025". */
export function quarterNameOf(date: CalendarDate): string {
  const month = Number(date.slice(5, 7));
  return `Q${Math.floor((month - 1) / 3) + 1} ${date.slice(0, 4)}`;
}

/** The length of a frame in days, to find the shortest cycle that holds another. */
export function frameDays(frame: { start: CalendarDate; end: CalendarDate }): number {
  return dayNumber(frame.end) - dayNumber(frame.start) + 1;
}
