import { CalendarDate } from '../contract/common.js';
import { usageError } from './errors.js';

/** Checks of option values that need no server, so a typo fails fast with exit 2. */

/** The value if it is one of `choices`, else a usage error listing them. */
export function oneOf<const T extends string>(value: string, choices: readonly T[], option: string): T {
  const wanted = value.trim().toLowerCase();
  const found = choices.find((choice) => choice === wanted);
  if (found === undefined) throw usageError(`${option} must be one of ${choices.join(', ')}`);
  return found;
}

/** A whole number from `min` to `max`, else a usage error saying so. */
export function wholeNumber(
  value: string,
  option: string,
  { min, max }: { min: number; max: number },
): number {
  // Digits only: Number() alone would take '', '0x10' and '1e1'.
  const number = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!(number >= min && number <= max)) {
    throw usageError(`${option} must be a whole number from ${min} to ${max}`);
  }
  return number;
}

/** A number from `min` to `max`, decimals allowed (points, not counts), else a usage error. */
export function decimalNumber(
  value: string,
  option: string,
  { min, max }: { min: number; max: number },
): number {
  const number = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!(number >= min && number <= max)) throw usageError(`${option} must be a number from ${min} to ${max}`);
  return number;
}

/** A real calendar date, YYYY-MM-DD, checked with the contract's own schema. */
export function calendarDate(value: string, option: string): string {
  const parsed = CalendarDate.safeParse(value.trim());
  if (!parsed.success) throw usageError(`${option} must be a date such as 2027-03-31, not '${value}'`);
  return parsed.data;
}

/** A moment as the API takes it (ISO 8601 in UTC), from anything Date understands. */
export function instant(value: string, option: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw usageError(`${option} must be a moment such as 2027-02-01T09:00:00Z`);
  return new Date(time).toISOString();
}
