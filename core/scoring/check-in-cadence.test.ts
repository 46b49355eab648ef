import { describe, expect, it } from 'vitest';
import { isCheckInStale, nextCheckInDue } from './check-in-cadence.js';

const promisedOnMonday = '2027-01-04T09:00:00.000Z';

describe('when the next check-in is due', () => {
  it('is one cadence after the promise was made, before any check-in', () => {
    expect(nextCheckInDue({ lastCheckInAt: null, startedAt: promisedOnMonday, cadence: 'weekly' })).toBe(
      '2027-01-11T09:00:00.000Z',
    );
    expect(nextCheckInDue({ lastCheckInAt: null, startedAt: promisedOnMonday, cadence: 'biweekly' })).toBe(
      '2027-01-18T09:00:00.000Z',
    );
    expect(nextCheckInDue({ lastCheckInAt: null, startedAt: promisedOnMonday, cadence: 10 })).toBe(
      '2027-01-14T09:00:00.000Z',
    );
  });

  it('is one cadence after the latest check-in', () => {
    const schedule = {
      lastCheckInAt: '2027-01-13T16:30:00Z',
      startedAt: promisedOnMonday,
      cadence: 'weekly',
    } as const;
    expect(nextCheckInDue(schedule)).toBe('2027-01-20T16:30:00.000Z');
  });

  it('ignores a check-in from before the clock started, such as last cycle’s', () => {
    const schedule = {
      lastCheckInAt: '2026-12-20T09:00:00Z',
      startedAt: promisedOnMonday,
      cadence: 'weekly',
    } as const;
    expect(nextCheckInDue(schedule)).toBe('2027-01-11T09:00:00.000Z');
  });

  it('counts monthly in calendar months, ending early in a short month', () => {
    const monthlyFrom = (at: string) =>
      nextCheckInDue({ lastCheckInAt: at, startedAt: at, cadence: 'monthly' });
    expect(monthlyFrom('2027-01-15T09:00:00Z')).toBe('2027-02-15T09:00:00.000Z');
    expect(monthlyFrom('2027-01-31T09:00:00Z')).toBe('2027-02-28T09:00:00.000Z');
    expect(monthlyFrom('2028-01-31T09:00:00Z')).toBe('2028-02-29T09:00:00.000Z');
    expect(monthlyFrom('2027-12-31T23:59:59Z')).toBe('2028-01-31T23:59:59.000Z');
  });

  it('reads instants with an offset as the same moment in UTC', () => {
    expect(
      nextCheckInDue({ lastCheckInAt: null, startedAt: '2027-01-04T10:00:00+01:00', cadence: 'weekly' }),
    ).toBe('2027-01-11T09:00:00.000Z');
  });

  it('refuses cadences and instants that make no sense', () => {
    for (const cadence of [0, -7, 1.5, Number.NaN]) {
      expect(() => nextCheckInDue({ lastCheckInAt: null, startedAt: promisedOnMonday, cadence })).toThrow(
        RangeError,
      );
    }
    for (const startedAt of ['yesterday', '2027-01-04T09:00:00', '2027-02-30', '']) {
      expect(() => nextCheckInDue({ lastCheckInAt: null, startedAt, cadence: 'weekly' })).toThrow(RangeError);
    }
  });
});

describe('whether a check-in is stale', () => {
  const weekly = {
    lastCheckInAt: '2027-01-13T16:30:00Z',
    startedAt: promisedOnMonday,
    cadence: 'weekly',
  } as const;

  it('is fresh up to and including the moment it falls due', () => {
    expect(isCheckInStale({ ...weekly, now: '2027-01-15T12:00:00Z' })).toBe(false);
    expect(isCheckInStale({ ...weekly, now: '2027-01-20T16:30:00Z' })).toBe(false);
  });

  it('is stale once that moment has passed', () => {
    expect(isCheckInStale({ ...weekly, now: '2027-01-20T16:30:00.001Z' })).toBe(true);
    expect(isCheckInStale({ ...weekly, now: '2027-03-01T00:00:00Z' })).toBe(true);
  });

  it('goes stale a week after the promise when nobody ever checked in', () => {
    const neverCheckedIn = { lastCheckInAt: null, startedAt: promisedOnMonday, cadence: 'weekly' } as const;
    expect(isCheckInStale({ ...neverCheckedIn, now: '2027-01-10T09:00:00Z' })).toBe(false);
    expect(isCheckInStale({ ...neverCheckedIn, now: '2027-01-12T09:00:00Z' })).toBe(true);
  });
});
