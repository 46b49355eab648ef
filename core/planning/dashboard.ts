import type { Phase } from '../promises/phase.js';
import type { Status } from '../promises/state.js';
import { isLive } from '../promises/status-groups.js';
import type { CheckInStatus } from '../scoring/check-in.js';
import { type MeasurableCondition, type RecordedValue, scoreConditions } from '../scoring/condition-score.js';
import { type IsoInstant, instantMs } from '../scoring/instant.js';
import { meanOf } from '../scoring/weighted-mean.js';
import { addDays, type CalendarDate, earliestDate } from './calendar-date.js';

/** A promise on a dashboard, as its summary shows it. */
export interface DashboardPromise {
  readonly status: Status;
  readonly phase: Phase;
  /** The status of its latest check-in, or null before the first. */
  readonly checkInStatus: CheckInStatus | null;
  readonly score: number | null;
  readonly isStale: boolean;
}

export interface DashboardSummary<P extends DashboardPromise> {
  /** Every promise by phase. */
  byPhase: Record<Phase, number>;
  /** The promises being kept by their latest check-in's status; 'none' before the first check-in. */
  byCheckInStatus: Record<CheckInStatus | 'none', number>;
  /** The mean score of the live promises that have one; null when none has. */
  averageScore: number | null;
  /** Promises being kept whose performer says they are at risk or off track. */
  atRisk: P[];
  /** Promises kept without a check-in for longer than their cycle's cadence. */
  stale: P[];
}

/** A cycle at a glance: how many promises are where, how they score, and which need attention. */
export function summarizeDashboard<P extends DashboardPromise>(promises: readonly P[]): DashboardSummary<P> {
  // Written out so that every phase and status is counted, as zero when nothing is there.
  const byPhase: Record<Phase, number> = { listen: 0, negotiate: 0, execute: 0, assess: 0, closed: 0 };
  const byCheckInStatus: Record<CheckInStatus | 'none', number> = {
    'on-track': 0,
    'at-risk': 0,
    'off-track': 0,
    none: 0,
  };
  for (const promise of promises) {
    byPhase[promise.phase] += 1;
    if (promise.status === 'promised') byCheckInStatus[promise.checkInStatus ?? 'none'] += 1;
  }
  const scores = promises.filter((p) => isLive(p.status)).map((p) => p.score);
  return {
    byPhase,
    byCheckInStatus,
    averageScore: meanOf(scores.filter((score): score is number => score !== null)),
    atRisk: promises.filter(
      (p) => p.status === 'promised' && (p.checkInStatus === 'at-risk' || p.checkInStatus === 'off-track'),
    ),
    stale: promises.filter((p) => p.isStale),
  };
}

/** A promise with what its score over time needs: when it was made, its terms and its values. */
export interface PromiseHistory {
  readonly status: Status;
  readonly createdAt: IsoInstant;
  readonly conditions: readonly MeasurableCondition[];
  /** Its checked-in values, in the order they were recorded. */
  readonly values: readonly RecordedValue[];
}

export interface ScorePoint {
  date: CalendarDate;
  averageScore: number | null;
}

/** About four years of weeks: a longer cycle's chart stops there. */
export const MAX_SCORE_POINTS = 201;

/**
 * The mean score of the live promises as it stood at the end of each week of the cycle so far:
 * one point every seven days from the cycle's first day to today (or its last day, if earlier).
 * A promise made later has no score yet on that date: it does not pull the mean to 0.
 */
export function weeklyAverageScores(
  promises: readonly PromiseHistory[],
  cycle: { readonly start: CalendarDate; readonly end: CalendarDate },
  today: CalendarDate,
): ScorePoint[] {
  const live = promises.filter((promise) => isLive(promise.status));
  return weeksOf(cycle, today).map((date) => {
    const endOfDay = endOfWeekDay(date);
    const scores = live
      .filter((promise) => instantMs(promise.createdAt) <= instantMs(endOfDay))
      .map((promise) => scoreConditions(promise.conditions, promise.values, endOfDay).score)
      .filter((score): score is number => score !== null);
    return { date, averageScore: meanOf(scores) };
  });
}

/**
 * The days a cycle's weekly chart has a point on: every seven days from its start, and today (or its
 * last day, if earlier), so that the chart ends where the cycle stands now.
 */
export function weeksOf(
  cycle: { readonly start: CalendarDate; readonly end: CalendarDate },
  today: CalendarDate,
): CalendarDate[] {
  const last = earliestDate(today, cycle.end);
  const dates: CalendarDate[] = [];
  for (let date = cycle.start; date <= last && dates.length < MAX_SCORE_POINTS; date = addDays(date, 7)) {
    dates.push(date);
  }
  if (dates.length > 0 && dates.at(-1)! < last) {
    if (dates.length === MAX_SCORE_POINTS) dates.pop();
    dates.push(last);
  }
  return dates;
}

/** The last instant of a chart's day: a point shows the scores as they stood when the day ended. */
export function endOfWeekDay(date: CalendarDate): IsoInstant {
  return `${date}T23:59:59.999Z`;
}
