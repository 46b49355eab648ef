import { describe, expect, it } from 'vitest';
import { validateCycle } from './cycle.js';
import { suggestChildCycles } from './cycle-suggestions.js';
import type { Horizon } from './horizon.js';

const threeYears: Horizon = { key: '3y', name: '3 years', months: 36 };
const year: Horizon = { key: '1y', name: '1 year', months: 12 };
const quarter: Horizon = { key: 'quarter', name: 'Quarter', months: 3 };

const fy2027 = { id: 'fy', name: 'FY2027', horizon: year, start: '2027-01-01', end: '2027-12-31' };

describe('suggesting child cycles', () => {
  it('proposes the four quarters of a year', () => {
    const quarters = suggestChildCycles(fy2027, quarter);
    expect(quarters.map(({ name, start, end }) => ({ name, start, end }))).toEqual([
      { name: 'FY2027-Q1', start: '2027-01-01', end: '2027-03-31' },
      { name: 'FY2027-Q2', start: '2027-04-01', end: '2027-06-30' },
      { name: 'FY2027-Q3', start: '2027-07-01', end: '2027-09-30' },
      { name: 'FY2027-Q4', start: '2027-10-01', end: '2027-12-31' },
    ]);
    expect(quarters.every((q) => q.parentId === 'fy' && !q.isPartial && q.horizon === quarter)).toBe(true);
  });

  it('numbers quarters from the start of a fiscal year that begins in April', () => {
    const fiscal = { ...fy2027, start: '2027-04-01', end: '2028-03-31' };
    const quarters = suggestChildCycles(fiscal, quarter);
    expect(quarters.at(0)).toMatchObject({ name: 'FY2027-Q1', start: '2027-04-01', end: '2027-06-30' });
    expect(quarters.at(-1)).toMatchObject({ name: 'FY2027-Q4', start: '2028-01-01', end: '2028-03-31' });
  });

  it('proposes the years of a three-year cycle, counting on from its first year', () => {
    const strategy = {
      id: 's',
      name: 'FY2027-2029',
      horizon: threeYears,
      start: '2027-01-01',
      end: '2029-12-31',
    };
    expect(suggestChildCycles(strategy, year).map((y) => y.name)).toEqual(['FY2027', 'FY2028', 'FY2029']);
    const unnamed = { ...strategy, name: 'Strategy' };
    expect(suggestChildCycles(unnamed, year).map((y) => y.name)).toEqual([
      'Strategy-Y1',
      'Strategy-Y2',
      'Strategy-Y3',
    ]);
  });

  it('cuts the last child short at the end of its parent', () => {
    const sixWeeks: Horizon = { key: '6w', name: '6 weeks', days: 42 };
    const q1 = { id: 'q1', name: 'FY2027-Q1', horizon: quarter, start: '2027-01-01', end: '2027-03-31' };
    const sprints = suggestChildCycles(q1, sixWeeks);
    expect(sprints.map(({ name, start, end, isPartial }) => ({ name, start, end, isPartial }))).toEqual([
      { name: 'FY2027-Q1-P1', start: '2027-01-01', end: '2027-02-11', isPartial: false },
      { name: 'FY2027-Q1-P2', start: '2027-02-12', end: '2027-03-25', isPartial: false },
      { name: 'FY2027-Q1-P3', start: '2027-03-26', end: '2027-03-31', isPartial: true },
    ]);
  });

  it('does not drift when months end on different days', () => {
    const month: Horizon = { key: 'month', name: 'Month', months: 1 };
    const from31st = { ...fy2027, start: '2027-01-31', end: '2028-01-30' };
    const months = suggestChildCycles(from31st, month);
    expect(months.slice(0, 3).map(({ start, end }) => [start, end])).toEqual([
      ['2027-01-31', '2027-02-27'],
      ['2027-02-28', '2027-03-30'],
      ['2027-03-31', '2027-04-29'],
    ]);
    expect(months).toHaveLength(12);
    expect(months.at(-1)).toMatchObject({ name: 'FY2027-M12', end: '2028-01-30', isPartial: false });
  });

  it('proposes children that each pass validation against the parent and each other', () => {
    const leapYear = { ...fy2027, name: 'FY2028', start: '2028-03-01', end: '2029-02-28' };
    const quarters = suggestChildCycles(leapYear, quarter);
    for (const [index, candidate] of quarters.entries()) {
      const siblings = quarters
        .filter((_, other) => other !== index)
        .map((sibling, other) => ({ ...sibling, id: `q${other}` }));
      expect(validateCycle(candidate, { parent: leapYear, siblings })).toEqual([]);
    }
  });

  it('proposes nothing on a horizon not shorter than the parent', () => {
    expect(suggestChildCycles(fy2027, year)).toEqual([]);
    expect(suggestChildCycles(fy2027, threeYears)).toEqual([]);
  });
});
