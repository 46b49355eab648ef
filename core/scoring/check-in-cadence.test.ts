import { describe, expect, it } from 'vitest';
import { type CheckInFacts, checkInStanding, isCheckInStale, nextCheckInDue } from './check-in-cadence.js';

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

describe('whether a promise is stale (the one staleness rule)', () => {
  // Agreed on Monday 4 January at nine, in a weekly cycle that started on Monday 28 December.
  const kept: CheckInFacts = {
    status: 'promised',
    agreedAt: '2027-01-04T09:00:00.000Z',
    cycleStart: '2026-12-28',
    cadence: 'weekly',
    lastCheckInAt: null,
  };

  it('starts the clock at the agreement when the promise was made after its cycle started', () => {
    expect(checkInStanding(kept, '2027-01-11T09:00:00.000Z')).toEqual({
      startedAt: '2027-01-04T09:00:00.000Z',
      nextCheckInDue: '2027-01-11T09:00:00.000Z',
      isStale: false,
    });
    expect(checkInStanding(kept, '2027-01-11T09:00:00.001Z').isStale).toBe(true);
  });

  it('starts the clock at the cycle’s start when the promise was agreed during planning', () => {
    const agreedEarly = { ...kept, agreedAt: '2026-12-01T15:00:00.000Z', cycleStart: '2027-01-04' };
    expect(checkInStanding(agreedEarly, '2027-01-10T12:00:00.000Z')).toEqual({
      startedAt: '2027-01-04T00:00:00.000Z',
      nextCheckInDue: '2027-01-11T00:00:00.000Z',
      isStale: false,
    });
    expect(checkInStanding(agreedEarly, '2027-01-11T00:00:01.000Z').isStale).toBe(true);
  });

  it('is fresh again after a check-in, for one more cadence', () => {
    const checkedIn = { ...kept, lastCheckInAt: '2027-01-12T10:00:00.000Z' };
    expect(checkInStanding(checkedIn, '2027-01-19T10:00:00.000Z').isStale).toBe(false);
    expect(checkInStanding(checkedIn, '2027-01-19T10:00:00.001Z').isStale).toBe(true);
  });

  it('follows the cycle’s cadence', () => {
    const monthly = { ...kept, cadence: 'monthly' } as const;
    expect(checkInStanding(monthly, '2027-02-01T00:00:00.000Z').isStale).toBe(false);
    expect(checkInStanding(monthly, '2027-02-04T09:00:01.000Z').isStale).toBe(true);
  });

  it('owes nothing unless it is being kept', () => {
    for (const status of [
      'requested',
      'countered',
      'reported',
      'satisfied',
      'revoked',
      'withdrawn',
    ] as const) {
      expect(checkInStanding({ ...kept, status }, '2028-01-01T00:00:00.000Z')).toEqual({
        startedAt: null,
        nextCheckInDue: null,
        isStale: false,
      });
    }
  });

  it('owes nothing when it was never agreed (no promise or accept-offer move)', () => {
    expect(checkInStanding({ ...kept, agreedAt: null }, '2028-01-01T00:00:00.000Z').isStale).toBe(false);
  });
});
