import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Cycle } from '../../contract/cycles.js';
import type { PromiseSummary } from '../../contract/promises.js';
import { dateFormatters, firstName, formatCalendarDate, formatInstant, formatInstantDay } from './format.js';

// Some ICU versions put a narrow no-break space before AM/PM; a reader sees a space either way.
const spaced = (text: string) => text.replace(/\u202f/g, ' ');

// Readers far apart: the last zones to reach a day and the first, either side of the date line.
const zones = ['Pacific/Pago_Pago', 'America/Los_Angeles', 'UTC', 'Asia/Kolkata', 'Pacific/Kiritimati'];

describe('a calendar date on screen', () => {
  it('is the stored day for a reader in any time zone', () => {
    for (const timeZone of zones) {
      const { calendarDate } = dateFormatters({ locale: 'en-US', timeZone });
      expect(calendarDate('2026-12-31'), timeZone).toBe('Dec 31, 2026');
      expect(calendarDate('2027-01-01'), timeZone).toBe('Jan 1, 2027');
      expect(calendarDate('2028-02-29'), timeZone).toBe('Feb 29, 2028');
    }
  });

  it('is written the reader’s way', () => {
    expect(
      dateFormatters({ locale: 'en-GB', timeZone: 'America/Los_Angeles' }).calendarDate('2026-12-31'),
    ).toBe('31 Dec 2026');
    expect(
      dateFormatters({ locale: 'de-DE', timeZone: 'America/Los_Angeles' }).calendarDate('2027-03-01'),
    ).toBe('01.03.2027');
  });

  it('is the same in this browser as anywhere else, whatever zone the machine is in', () => {
    for (const timeZone of zones) {
      expect(formatCalendarDate('2026-12-31')).toBe(dateFormatters({ timeZone }).calendarDate('2026-12-31'));
    }
  });

  it('shows text that is not a calendar date as it came', () => {
    expect(formatCalendarDate('2027-02-29')).toBe('2027-02-29');
    expect(formatCalendarDate('')).toBe('');
  });
});

describe('an instant on screen', () => {
  const lateOnNewYearsEve = '2026-12-31T03:30:00.000Z';

  it('is shown where the reader is, to the minute', () => {
    expect(
      spaced(dateFormatters({ locale: 'en-US', timeZone: 'America/Los_Angeles' }).instant(lateOnNewYearsEve)),
    ).toBe('Dec 30, 2026, 7:30 PM');
    expect(spaced(dateFormatters({ locale: 'en-US', timeZone: 'UTC' }).instant(lateOnNewYearsEve))).toBe(
      'Dec 31, 2026, 3:30 AM',
    );
    expect(
      spaced(dateFormatters({ locale: 'en-US', timeZone: 'Asia/Kolkata' }).instant(lateOnNewYearsEve)),
    ).toBe('Dec 31, 2026, 9:00 AM');
  });

  it('falls on the reader’s day when only the day is shown', () => {
    expect(
      dateFormatters({ locale: 'en-US', timeZone: 'America/Los_Angeles' }).instantDay(lateOnNewYearsEve),
    ).toBe('Dec 30, 2026');
    expect(
      dateFormatters({ locale: 'en-US', timeZone: 'Pacific/Kiritimati' }).instantDay(lateOnNewYearsEve),
    ).toBe('Dec 31, 2026');
  });

  it('uses this browser’s zone by default', () => {
    const here = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(formatInstant(lateOnNewYearsEve)).toBe(
      dateFormatters({ timeZone: here }).instant(lateOnNewYearsEve),
    );
    expect(formatInstantDay(lateOnNewYearsEve)).toBe(
      dateFormatters({ timeZone: here }).instantDay(lateOnNewYearsEve),
    );
  });

  it('shows text that is not an instant as it came', () => {
    expect(formatInstant('soon')).toBe('soon');
    expect(formatInstantDay('')).toBe('');
  });
});

describe('the kinds of time, as the compiler sees them', () => {
  type CalendarDateArgument = Parameters<typeof formatCalendarDate>[0];
  type InstantArgument = Parameters<typeof formatInstant>[0];

  it('takes the contract’s calendar dates only as calendar dates', () => {
    expectTypeOf<Cycle['startDate']>().toExtend<CalendarDateArgument>();
    expectTypeOf<PromiseSummary['dueDate']>().toExtend<CalendarDateArgument>();
    expectTypeOf<PromiseSummary['dueDate']>().not.toExtend<InstantArgument>();
  });

  it('takes the contract’s timestamps only as instants', () => {
    expectTypeOf<PromiseSummary['updatedAt']>().toExtend<InstantArgument>();
    expectTypeOf<PromiseSummary['updatedAt']>().not.toExtend<CalendarDateArgument>();
    expectTypeOf<Cycle['createdAt']>().not.toExtend<CalendarDateArgument>();
  });
});

describe('a greeting', () => {
  it('uses the first word of the name', () => {
    expect(firstName('Ada Okafor')).toBe('Ada');
    expect(firstName('  Grace   Hopper ')).toBe('Grace');
    expect(firstName('Plato')).toBe('Plato');
  });
});
