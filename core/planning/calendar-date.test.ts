import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addWeeks,
  calendarDateOfInstant,
  compareDates,
  dateOfDayNumber,
  dayNumber,
  daysBetween,
  daysInMonth,
  isCalendarDate,
  isLeapYear,
} from './calendar-date.js';

describe('calendar dates', () => {
  it('accepts only real days written as YYYY-MM-DD', () => {
    expect(isCalendarDate('2027-01-31')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2027-04-31')).toBe(false);
    expect(isCalendarDate('2027-13-01')).toBe(false);
    expect(isCalendarDate('2027-1-5')).toBe(false);
    expect(isCalendarDate('2027-01-05T00:00:00Z')).toBe(false);
    expect(isCalendarDate('0000-01-01')).toBe(false);
  });

  it('knows the Gregorian leap years', () => {
    expect([2024, 2000, 2400].map(isLeapYear)).toEqual([true, true, true]);
    expect([2027, 1900, 2100].map(isLeapYear)).toEqual([false, false, false]);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2027, 4)).toBe(30);
  });

  it('counts days across month, year and leap-day boundaries', () => {
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addWeeks('2027-01-01', -4)).toBe('2026-12-04');
    expect(daysBetween('2027-01-01', '2028-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2027-03-31', '2027-03-01')).toBe(-30);
  });

  it('adds months keeping the day, clamped to the end of shorter months', () => {
    expect(addMonths('2027-01-15', 1)).toBe('2027-02-15');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-08-31', 1)).toBe('2027-09-30');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2027-03-31', -1)).toBe('2027-02-28');
    expect(addMonths('2027-01-01', -13)).toBe('2025-12-01');
    expect(addMonths('2027-01-01', 36)).toBe('2030-01-01');
  });

  it('orders dates chronologically', () => {
    const dates = ['2027-10-01', '2026-12-31', '2027-02-01'];
    expect([...dates].sort(compareDates)).toEqual(['2026-12-31', '2027-02-01', '2027-10-01']);
  });

  it('reads the UTC day of an instant, whatever the local time zone', () => {
    expect(calendarDateOfInstant(new Date('2027-03-31T23:59:59.999Z'))).toBe('2027-03-31');
    expect(calendarDateOfInstant(new Date('2027-04-01T00:00:00Z'))).toBe('2027-04-01');
  });

  it('agrees with the platform calendar on every day from 1600 to 2400', () => {
    const msPerDay = 86_400_000;
    const first = Date.UTC(1600, 0, 1) / msPerDay;
    const last = Date.UTC(2400, 11, 31) / msPerDay;
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (days) => {
        const date = dateOfDayNumber(days);
        expect(date).toBe(new Date(days * msPerDay).toISOString().slice(0, 10));
        expect(dayNumber(date)).toBe(days);
      }),
    );
  });

  it('always lands on a real day when adding months, never past the month end', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber('2200-12-31') }),
        fc.integer({ min: -240, max: 240 }),
        (days, months) => {
          const from = dateOfDayNumber(days);
          const to = addMonths(from, months);
          expect(isCalendarDate(to)).toBe(true);
          expect(Number(to.slice(8))).toBeLessThanOrEqual(Number(from.slice(8)));
          const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
          expect(monthIndex(to) - monthIndex(from)).toBe(months);
        },
      ),
    );
  });

  it('refuses to compute with something that is not a date', () => {
    expect(() => addDays('2027-02-30', 1)).toThrow(RangeError);
  });
});
