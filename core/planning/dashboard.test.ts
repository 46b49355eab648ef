import { describe, expect, it } from 'vitest';
import type { Status } from '../promises/state.js';
import {
  type DashboardPromise,
  MAX_SCORE_POINTS,
  type PromiseHistory,
  summarizeDashboard,
  weeklyAverageScores,
} from './dashboard.js';

const promise = (id: string, extra: Partial<DashboardPromise> = {}): DashboardPromise & { id: string } => ({
  id,
  status: 'promised',
  phase: 'execute',
  checkInStatus: null,
  score: null,
  isStale: false,
  ...extra,
});

describe('a dashboard’s counts', () => {
  it('counts every promise by phase, zero where there is none', () => {
    const { byPhase } = summarizeDashboard([
      promise('a'),
      promise('b'),
      promise('c', { status: 'requested', phase: 'negotiate' }),
      promise('d', { status: 'declined', phase: 'closed' }),
    ]);
    expect(byPhase).toEqual({ listen: 0, negotiate: 1, execute: 2, assess: 0, closed: 1 });
  });

  it('counts check-in statuses of the promises being kept only', () => {
    const { byCheckInStatus } = summarizeDashboard([
      promise('a', { checkInStatus: 'on-track' }),
      promise('b', { checkInStatus: 'off-track' }),
      promise('c'),
      // Reported complete: its last check-in no longer says how it is going.
      promise('d', { status: 'reported', phase: 'assess', checkInStatus: 'at-risk' }),
    ]);
    expect(byCheckInStatus).toEqual({ 'on-track': 1, 'at-risk': 0, 'off-track': 1, none: 1 });
  });

  it('averages the scores of live promises, leaving out ended ones and those without a score', () => {
    const { averageScore } = summarizeDashboard([
      promise('a', { score: 0.4 }),
      promise('b', { status: 'satisfied', phase: 'closed', score: 1 }),
      promise('c', { status: 'revoked', phase: 'closed', score: 0 }),
      promise('d', { score: null }),
    ]);
    expect(averageScore).toBeCloseTo(0.7);
    expect(summarizeDashboard([promise('e', { status: 'withdrawn', score: 0.5 })]).averageScore).toBeNull();
  });

  it('lists the kept promises said to be at risk or off track, and the stale ones', () => {
    const onTrack = promise('a', { checkInStatus: 'on-track', isStale: true });
    const atRisk = promise('b', { checkInStatus: 'at-risk' });
    const offTrack = promise('c', { checkInStatus: 'off-track' });
    const reported = promise('d', { status: 'reported', checkInStatus: 'off-track' });
    const { atRisk: risky, stale } = summarizeDashboard([onTrack, atRisk, offTrack, reported]);
    expect(risky.map((p) => p.id)).toEqual(['b', 'c']);
    expect(stale.map((p) => p.id)).toEqual(['a']);
  });
});

describe('the average score over time', () => {
  const milestone = [{ id: 'launch', text: 'Launched', keyResult: { kind: 'milestone' } as const }];
  /** A promise with one milestone, made on `createdAt` and done at `doneAt` (if ever). */
  const made = (status: Status, createdAt: string, doneAt?: string): PromiseHistory => ({
    status,
    createdAt,
    conditions: milestone,
    values: doneAt === undefined ? [] : [{ conditionId: 'launch', at: doneAt, value: true }],
  });
  const newYear = '2027-01-01T00:00:00.000Z';
  const cycle = { start: '2027-01-04', end: '2027-03-28' };

  it('has one point a week from the cycle’s first day, and one today', () => {
    const points = weeklyAverageScores([], cycle, '2027-01-20');
    expect(points).toEqual([
      { date: '2027-01-04', averageScore: null },
      { date: '2027-01-11', averageScore: null },
      { date: '2027-01-18', averageScore: null },
      { date: '2027-01-20', averageScore: null },
    ]);
    expect(weeklyAverageScores([], cycle, '2027-01-18').map((p) => p.date)).toEqual([
      '2027-01-04',
      '2027-01-11',
      '2027-01-18',
    ]);
  });

  it('stops at the cycle’s last day once it is over', () => {
    expect(
      weeklyAverageScores([], cycle, '2027-12-31')
        .map((p) => p.date)
        .slice(-2),
    ).toEqual(['2027-03-22', '2027-03-28']);
  });

  it('scores each week on the values as they stood at the end of that day', () => {
    const promises = [made('promised', newYear, '2027-01-11T23:59:59.999Z'), made('promised', newYear)];
    const points = weeklyAverageScores(promises, cycle, '2027-01-18');
    expect(points.map((p) => p.averageScore)).toEqual([0, 0.5, 0.5]);
  });

  it('leaves a promise out of the weeks before it was made, and drafts and ended promises always', () => {
    const promises = [
      made('promised', newYear, '2027-01-04T10:00:00.000Z'),
      made('promised', '2027-01-12T00:00:00.000Z'),
      made('draft', newYear, '2027-01-04T10:00:00.000Z'),
      made('withdrawn', newYear, '2027-01-04T10:00:00.000Z'),
    ];
    const points = weeklyAverageScores(promises, cycle, '2027-01-18');
    expect(points.map((p) => p.averageScore)).toEqual([1, 1, 0.5]);
  });

  it('stops after a bounded number of points for a very long cycle', () => {
    const long = { start: '2020-01-01', end: '2030-12-31' };
    expect(weeklyAverageScores([], long, '2030-12-31')).toHaveLength(MAX_SCORE_POINTS);
  });
});
