import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../core/planning/index.js';
import { localDateOf } from '../local-days.js';
import { chartSpan, timeAxis, todayLine, tooltipDate } from './chart-time.js';

// The axis is drawn in the reader's days. These hold in whatever time zone the machine runs; under
// TZ=America/Los_Angeles they fail for a span that starts at midnight UTC.
describe('the time axis of a promise’s charts', () => {
  const quarter = chartSpan('2027-10-01', '2027-12-31');

  it('runs from the first day of the cycle to the end of the due date', () => {
    expect(localDateOf(quarter.startMs)).toBe('2027-10-01');
    expect(new Date(quarter.startMs).getHours()).toBe(0);
    expect(localDateOf(quarter.endMs - 1)).toBe('2027-12-31');
    expect(localDateOf(quarter.endMs)).toBe('2028-01-01');
    expect(Date.parse(quarter.startIso)).toBe(quarter.startMs);
    expect(Date.parse(quarter.endIso)).toBe(quarter.endMs);
  });

  it('is labelled with the cycle’s first day first, whatever the reader’s time zone', () => {
    const axis = timeAxis(quarter, []);
    expect(axis.domain).toEqual([quarter.startMs, quarter.endMs]);
    const [first] = axis.ticks;
    expect(first).toBe(quarter.startMs);
    // Noon of October 1st where the reader is: the same label as the first tick.
    expect(axis.tickFormatter(first ?? Number.NaN)).toBe(
      axis.tickFormatter(new Date(2027, 9, 1, 12).getTime()),
    );
  });

  it('puts about six ticks on midnights the same number of days apart, across a change of the clocks', () => {
    const { ticks } = timeAxis(quarter, []);
    expect(ticks.length).toBeGreaterThanOrEqual(5);
    expect(ticks.length).toBeLessThanOrEqual(7);
    for (const tick of ticks) expect(new Date(tick).getHours(), localDateOf(tick)).toBe(0);
    const days = ticks.map(localDateOf);
    const gaps = days.slice(1).map((day, index) => daysBetween(days[index] ?? day, day));
    expect(new Set(gaps).size).toBe(1);
  });

  it('widens to show a check-in made outside the span, ticking from the next midnight', () => {
    const early = Date.parse('2027-09-20T15:00:00.000Z');
    const axis = timeAxis(quarter, [early]);
    expect(axis.domain).toEqual([early, quarter.endMs]);
    const [first] = axis.ticks;
    expect(first).toBeGreaterThanOrEqual(early);
    expect(first).toBeLessThanOrEqual(early + 86_400_000);
    expect(new Date(first ?? Number.NaN).getHours()).toBe(0);
  });

  it('marks today only while today is inside the span', () => {
    const inside = quarter.startMs + 10 * 86_400_000;
    expect(todayLine(quarter, inside)).toEqual([
      { x: inside, color: 'gray.6', label: 'Today', labelPosition: 'insideTopRight' },
    ]);
    expect(todayLine(quarter, quarter.endMs + 1)).toEqual([]);
    expect(todayLine(quarter, quarter.startMs - 1)).toEqual([]);
  });

  it('names the day of a point in the tooltip, and nothing for what is not a time', () => {
    const noon = new Date(2027, 10, 3, 12).getTime();
    expect(tooltipDate(noon)).toMatch(/2027/);
    expect(tooltipDate(noon)).toBe(tooltipDate(new Date(2027, 10, 3, 8).getTime()));
    expect(tooltipDate(noon)).not.toBe(tooltipDate(new Date(2027, 10, 4, 8).getTime()));
    expect(tooltipDate('Nov 3')).toBe('');
    expect(tooltipDate(Number.NaN)).toBe('');
  });
});
