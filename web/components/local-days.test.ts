import { describe, expect, it } from 'vitest';
import { addDays } from '../../core/planning/index.js';
import { localDateOf, localToday, startOfLocalDay } from './local-days.js';

// These hold in whatever time zone the tests run (run them with TZ=America/Los_Angeles too): a day
// here is judged by the machine's own clock, as the browser's is.
describe('calendar days where the reader is', () => {
  it('start at the reader’s midnight', () => {
    const start = new Date(startOfLocalDay('2026-12-31'));
    expect([start.getFullYear(), start.getMonth() + 1, start.getDate()]).toEqual([2026, 12, 31]);
    expect([start.getHours(), start.getMinutes(), start.getSeconds(), start.getMilliseconds()]).toEqual([
      0, 0, 0, 0,
    ]);
  });

  it('hold every instant from their start to the start of the next day', () => {
    for (const date of ['2027-01-01', '2027-03-14', '2027-11-07', '2028-02-29']) {
      const next = startOfLocalDay(addDays(date, 1));
      expect(localDateOf(startOfLocalDay(date)), date).toBe(date);
      expect(localDateOf(next - 1), date).toBe(date);
      expect(localDateOf(next), date).toBe(addDays(date, 1));
    }
  });

  it('keep years before 100 as written', () => {
    expect(localDateOf(startOfLocalDay('0099-06-15'))).toBe('0099-06-15');
  });

  it('make today the day the reader’s clock shows', () => {
    const before = new Date();
    const today = localToday();
    const after = new Date();
    // Read on either side, in case the clock passes midnight in between.
    const shown = [before, after].map((at) => `${at.getFullYear()}-${at.getMonth() + 1}-${at.getDate()}`);
    const [year, month, day] = today.split('-').map(Number);
    expect(shown).toContain(`${year}-${month}-${day}`);
  });
});
