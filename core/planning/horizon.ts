import type { CalendarDate } from './calendar-date.js';
import { endAfterDays, endAfterMonths } from './time-frame.js';

/** How long a promise's time frame is: whole months (calendar-aware) or a fixed number of days. */
export type HorizonLength = { months: number; days?: never } | { days: number; months?: never };

/** A horizon: the length of a promise's time frame. `key` is stable; `name` is what people read. */
export type Horizon = { key: string; name: string } & HorizonLength;

/** The horizons every new organization starts with, longest first. */
export const defaultHorizons: readonly Horizon[] = [
  { key: '3y', name: '3 years', months: 36 },
  { key: '1y', name: '1 year', months: 12 },
  { key: 'quarter', name: 'Quarter', months: 3 },
];

export const horizonNameLength = { min: 1, max: 40 } as const;

/** Ten years: longer promises are not plans anyone can check in on. */
export const horizonMaxLength = { months: 120, days: 3653 } as const;

/** Average Gregorian month, so months and days compare fairly (a quarter is ~91.3 days). */
const daysPerMonth = 365.2425 / 12;

/** A horizon's length in days, for comparing horizons; not for computing dates (see horizonEnd). */
export function nominalDays(length: HorizonLength): number {
  return length.months !== undefined ? length.months * daysPerMonth : length.days;
}

/** Whether `a` is strictly longer than `b` (12 months is longer than 365 days, by a quarter day). */
export function isLongerHorizon(a: HorizonLength, b: HorizonLength): boolean {
  return nominalDays(a) > nominalDays(b);
}

/** The longest of the given horizons, or null when there are none. */
export function longestHorizon<T extends HorizonLength>(horizons: readonly T[]): T | null {
  let longest: T | null = null;
  for (const horizon of horizons) {
    if (longest === null || isLongerHorizon(horizon, longest)) longest = horizon;
  }
  return longest;
}

/** The inclusive last day of a frame on this horizon starting on `start`. */
export function horizonEnd(start: CalendarDate, length: HorizonLength): CalendarDate {
  return length.months !== undefined
    ? endAfterMonths(start, length.months)
    : endAfterDays(start, length.days);
}

export const horizonRefusalCodes = [
  'name-empty',
  'name-too-long',
  'name-taken',
  'key-taken',
  'length-not-positive-whole',
  'length-too-long',
] as const;

export type HorizonRefusalCode = (typeof horizonRefusalCodes)[number];

export interface HorizonRefusal {
  code: HorizonRefusalCode;
  message: string;
}

export interface HorizonCandidate {
  key?: string;
  name: string;
}

/**
 * Why a custom horizon cannot be saved; empty when it can. `existing` are the organization's other
 * horizons (leave out the one being edited): names are compared ignoring case and surrounding
 * spaces, because two horizons called "Quarter" and "quarter" would be indistinguishable in a list.
 */
export function validateHorizon(
  candidate: HorizonCandidate & HorizonLength,
  existing: readonly Horizon[] = [],
): HorizonRefusal[] {
  const refusals: HorizonRefusal[] = [];
  const name = candidate.name.trim();
  if (name.length < horizonNameLength.min) {
    refusals.push({ code: 'name-empty', message: 'Give the horizon a name, such as "6 months".' });
  } else if (name.length > horizonNameLength.max) {
    refusals.push({
      code: 'name-too-long',
      message: `Shorten the horizon's name to at most ${horizonNameLength.max} characters (it has ${name.length}).`,
    });
  } else {
    const clash = existing.find((other) => other.name.trim().toLowerCase() === name.toLowerCase());
    if (clash) {
      refusals.push({
        code: 'name-taken',
        message: `A horizon named "${clash.name}" already exists; choose another name.`,
      });
    }
  }
  if (candidate.key !== undefined && existing.some((other) => other.key === candidate.key)) {
    refusals.push({ code: 'key-taken', message: `A horizon with key "${candidate.key}" already exists.` });
  }
  refusals.push(...refuseLength(candidate));
  return refusals;
}

function refuseLength(length: HorizonLength): HorizonRefusal[] {
  const [value, unit, max] =
    length.months !== undefined
      ? [length.months, 'months', horizonMaxLength.months]
      : [length.days, 'days', horizonMaxLength.days];
  if (!Number.isInteger(value) || value < 1) {
    return [
      {
        code: 'length-not-positive-whole',
        message: `A horizon lasts a whole number of ${unit}, at least 1 (got ${value}).`,
      },
    ];
  }
  if (value > max) {
    return [{ code: 'length-too-long', message: `A horizon lasts at most ${max} ${unit} (got ${value}).` }];
  }
  return [];
}
