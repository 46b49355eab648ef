import type { Status } from '../promises/state.js';
import { type IsoInstant, instantMs, isoFromMs } from './instant.js';

/** How often a cycle asks performers to check in. */
export const CADENCES = ['weekly', 'biweekly', 'monthly'] as const;
export type Cadence = (typeof CADENCES)[number];

export interface CheckInSchedule {
  /** The latest check-in, or null when there has been none. */
  readonly lastCheckInAt: IsoInstant | null;
  /** When the clock started: the moment the promise was made, or its cycle started, whichever is later. */
  readonly startedAt: IsoInstant;
  /** A cycle's cadence, or every so many days. */
  readonly cadence: Cadence | number;
}

const DAY_MS = 86_400_000;
const daysOf = { weekly: 7, biweekly: 14 } as const satisfies Record<string, number>;

/**
 * The instant the next check-in is due: one cadence after the later of the last check-in and the start.
 * (A check-in before the start, say in the previous cycle, does not count for this one.) When that instant
 * has passed, it is when the check-in became overdue; it never skips ahead to a later period.
 * A month is a calendar month in UTC, ending early when the next month is shorter (31 Jan → 28/29 Feb).
 * Throws RangeError for a malformed instant or a day count that is not a positive whole number.
 */
export function nextCheckInDue(schedule: CheckInSchedule): IsoInstant {
  const startedMs = instantMs(schedule.startedAt);
  const lastMs = schedule.lastCheckInAt === null ? startedMs : instantMs(schedule.lastCheckInAt);
  return isoFromMs(addCadence(Math.max(startedMs, lastMs), schedule.cadence));
}

/** Whether the next check-in is overdue at `now`: strictly after its due instant. */
export function isCheckInStale(schedule: CheckInSchedule & { readonly now: IsoInstant }): boolean {
  return instantMs(schedule.now) > instantMs(nextCheckInDue(schedule));
}

/** What decides whether a promise owes a check-in, as the store knows it. */
export interface CheckInFacts {
  readonly status: Status;
  /** When both sides first agreed its terms (the first promise or accept-offer), or null if never. */
  readonly agreedAt: IsoInstant | null;
  /** The first day of the promise's cycle (a calendar date: midnight UTC). */
  readonly cycleStart: IsoInstant;
  readonly cadence: Cadence | number;
  readonly lastCheckInAt: IsoInstant | null;
}

export interface CheckInStanding {
  /** When the clock started: the later of the agreement and the cycle's start; null when it owes none. */
  readonly startedAt: IsoInstant | null;
  /** When the next check-in is (or was) due; null when the promise owes none. */
  readonly nextCheckInDue: IsoInstant | null;
  /** Kept without a check-in for longer than its cycle's cadence. */
  readonly isStale: boolean;
}

/**
 * The staleness rule, the one every screen, list and analysis uses. Only a promise being kept
 * (promised, a pending renegotiation included) owes check-ins. Its clock starts at the later of the
 * agreement and its cycle's start (a promise agreed during planning owes nothing before the cycle
 * begins), and it is stale once a whole cadence has passed since then, or since its latest
 * check-in, without one.
 */
export function checkInStanding(promise: CheckInFacts, now: IsoInstant): CheckInStanding {
  const schedule = checkInSchedule(promise);
  if (schedule === null) return { startedAt: null, nextCheckInDue: null, isStale: false };
  return {
    startedAt: schedule.startedAt,
    nextCheckInDue: nextCheckInDue(schedule),
    isStale: isCheckInStale({ ...schedule, now }),
  };
}

/** The schedule of a promise being kept, its clock started; null when it owes no check-ins. */
export function checkInSchedule(promise: CheckInFacts): CheckInSchedule | null {
  if (promise.status !== 'promised' || promise.agreedAt === null) return null;
  const agreedMs = instantMs(promise.agreedAt);
  const cycleStartMs = instantMs(promise.cycleStart);
  return {
    lastCheckInAt: promise.lastCheckInAt,
    startedAt: agreedMs > cycleStartMs ? promise.agreedAt : isoFromMs(cycleStartMs),
    cadence: promise.cadence,
  };
}

function addCadence(fromMs: number, cadence: Cadence | number): number {
  if (cadence === 'monthly') return addCalendarMonthUtc(fromMs);
  const days = typeof cadence === 'number' ? cadence : daysOf[cadence];
  if (!(Number.isSafeInteger(days) && days > 0)) {
    throw new RangeError(`A check-in cadence is a positive whole number of days, got ${days}`);
  }
  return fromMs + days * DAY_MS;
}

function addCalendarMonthUtc(fromMs: number): number {
  const from = new Date(fromMs);
  const year = from.getUTCFullYear();
  const month = from.getUTCMonth();
  // Day 0 of the month after next is the last day of next month.
  const lastDayOfNextMonth = new Date(Date.UTC(year, month + 2, 0)).getUTCDate();
  const due = new Date(fromMs);
  due.setUTCFullYear(year, month + 1, Math.min(from.getUTCDate(), lastDayOfNextMonth));
  return due.getTime();
}
