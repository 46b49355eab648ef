/**
 * ISO calendar dates ('YYYY-MM-DD') without a clock and without time zones.
 *
 * A date names a whole day; ranges built from them are inclusive at both ends. Arithmetic goes
 * through a day number (days since 1970-01-01 in the proleptic Gregorian calendar) computed with
 * integer formulas, so there is no Date object, no local time zone and no DST to get wrong.
 * Because the text is zero-padded with a four-digit year, comparing two valid dates as strings
 * orders them chronologically.
 */
export type CalendarDate = string;

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;

interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function parse(text: string): CivilDate | null {
  const match = pattern.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Whether `text` is a real day written as 'YYYY-MM-DD' (so '2027-02-29' is not). */
export function isCalendarDate(text: string): boolean {
  return parse(text) !== null;
}

function parseOrThrow(date: CalendarDate): CivilDate {
  const civil = parse(date);
  // Malformed dates are refused at the edge by the contract; reaching here is a programming error.
  if (!civil) throw new RangeError(`"${date}" is not a calendar date (YYYY-MM-DD)`);
  return civil;
}

function format({ year, month, day }: CivilDate): CalendarDate {
  if (year < 1 || year > 9999) throw new RangeError(`year ${year} is outside 0001–9999`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Howard Hinnant's days_from_civil / civil_from_days: eras of 400 years repeat exactly.
function dayNumberOfCivil({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function civilOfDayNumber(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** Days since 1970-01-01 (negative before it). */
export function dayNumber(date: CalendarDate): number {
  return dayNumberOfCivil(parseOrThrow(date));
}

export function dateOfDayNumber(days: number): CalendarDate {
  return format(civilOfDayNumber(days));
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return dateOfDayNumber(dayNumber(date) + days);
}

export function addWeeks(date: CalendarDate, weeks: number): CalendarDate {
  return addDays(date, weeks * 7);
}

/**
 * The same day of the month `months` later (or earlier), clamped to the month's last day:
 * 2027-01-31 + 1 month is 2027-02-28, and 2028-01-31 + 1 month is 2028-02-29. Clamping does not
 * accumulate when callers always add from the same anchor date.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = parseOrThrow(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return format({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

/** Signed whole days from `from` to `to`: 0 for the same day, 1 for the next. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Negative, zero or positive, for sorting chronologically. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function earliestDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a <= b ? a : b;
}

export function latestDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a >= b ? a : b;
}

/** The UTC calendar day of an instant; the server decides which instant "today" is. */
export function calendarDateOfInstant(instant: Date): CalendarDate {
  return format({
    year: instant.getUTCFullYear(),
    month: instant.getUTCMonth() + 1,
    day: instant.getUTCDate(),
  });
}
