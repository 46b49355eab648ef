import { describe, expect, it } from 'vitest';
import { type Cycle, cycleContaining, cyclesContaining, validateCycle } from './cycle.js';
import type { Horizon } from './horizon.js';

const threeYears: Horizon = { key: '3y', name: '3 years', months: 36 };
const year: Horizon = { key: '1y', name: '1 year', months: 12 };
const quarter: Horizon = { key: 'quarter', name: 'Quarter', months: 3 };

function cycle(
  id: string,
  horizon: Horizon,
  start: string,
  end: string,
  parentId: string | null = null,
): Cycle {
  return { id, name: id, horizon, start, end, parentId };
}

const fy2027 = cycle('FY2027', year, '2027-01-01', '2027-12-31');
const q1 = cycle('FY2027-Q1', quarter, '2027-01-01', '2027-03-31', 'FY2027');
const q2 = cycle('FY2027-Q2', quarter, '2027-04-01', '2027-06-30', 'FY2027');

describe('validating a cycle', () => {
  it('accepts the next quarter of the year, after the ones already planned', () => {
    const q3 = { name: 'FY2027-Q3', horizon: quarter, start: '2027-07-01', end: '2027-09-30' };
    expect(validateCycle(q3, { parent: fy2027, siblings: [q1, q2] })).toEqual([]);
  });

  it('accepts a one-day cycle', () => {
    const day = { name: 'Kick-off', horizon: quarter, start: '2027-07-01', end: '2027-07-01' };
    expect(validateCycle(day, { parent: null, siblings: [] })).toEqual([]);
  });

  it('refuses a cycle that ends before it starts', () => {
    const refusals = validateCycle(
      { name: 'FY2027-Q3', horizon: quarter, start: '2027-09-30', end: '2027-07-01' },
      { parent: fy2027, siblings: [] },
    );
    expect(refusals).toEqual([
      {
        code: 'end-before-start',
        message:
          'The cycle ends on 2027-07-01, before it starts on 2027-09-30; end it on or after 2027-09-30.',
      },
    ]);
  });

  it('refuses dates that are not real days', () => {
    const refusals = validateCycle(
      { name: 'FY2027-Q1', horizon: quarter, start: '2027-02-29', end: '2027-03-31' },
      { parent: null, siblings: [] },
    );
    expect(refusals.map((r) => r.code)).toEqual(['invalid-date']);
    expect(refusals[0]?.message).toContain('"2027-02-29"');
  });

  it('refuses a quarter that spills out of its year, naming the year and its dates', () => {
    const refusals = validateCycle(
      { name: 'FY2027-Q5', horizon: quarter, start: '2026-12-01', end: '2028-01-15' },
      { parent: fy2027, siblings: [] },
    );
    expect(refusals).toEqual([
      {
        code: 'starts-before-parent',
        message:
          'The cycle starts on 2026-12-01, before its parent FY2027 (2027-01-01 to 2027-12-31) begins; start it on or after 2027-01-01.',
        conflictingCycleId: 'FY2027',
      },
      {
        code: 'ends-after-parent',
        message:
          'The cycle ends on 2028-01-15, after its parent FY2027 (2027-01-01 to 2027-12-31) ends; end it on or before 2027-12-31.',
        conflictingCycleId: 'FY2027',
      },
    ]);
  });

  it('refuses nesting a year in a quarter, or a quarter in another quarter', () => {
    const inQuarter = validateCycle(
      { name: 'FY2027', horizon: year, start: '2027-01-01', end: '2027-03-31' },
      { parent: q1, siblings: [] },
    );
    expect(inQuarter.map((r) => r.code)).toEqual(['parent-horizon-not-longer']);
    expect(inQuarter[0]?.message).toContain('FY2027-Q1 (2027-01-01 to 2027-03-31) is on the Quarter horizon');

    const sameHorizon = validateCycle(
      { name: 'Sprint', horizon: quarter, start: '2027-01-01', end: '2027-01-31' },
      { parent: q1, siblings: [] },
    );
    expect(sameHorizon.map((r) => r.code)).toEqual(['parent-horizon-not-longer']);
  });

  it('accepts a year nested in a three-year cycle', () => {
    const strategy = cycle('FY2027-2029', threeYears, '2027-01-01', '2029-12-31');
    expect(validateCycle({ ...fy2027, id: undefined }, { parent: strategy, siblings: [] })).toEqual([]);
  });

  it('refuses a quarter overlapping another quarter, and says how to move it', () => {
    const refusals = validateCycle(
      { name: 'Late Q1', horizon: quarter, start: '2027-03-22', end: '2027-06-21' },
      { parent: fy2027, siblings: [q1] },
    );
    expect(refusals).toEqual([
      {
        code: 'overlaps-sibling',
        message:
          'The cycle overlaps FY2027-Q1 (2027-01-01 to 2027-03-31) on the Quarter horizon for 10 days, ' +
          '2027-03-22 to 2027-03-31; start it on or after 2027-04-01.',
        conflictingCycleId: 'FY2027-Q1',
      },
    ]);
  });

  it('refuses an overlap of one day, whoever the parent is', () => {
    const elsewhere = cycle('Other Q', quarter, '2027-06-30', '2027-09-29', 'some-other-year');
    const [refusal] = validateCycle(
      { name: 'FY2027-Q1b', horizon: quarter, start: '2027-04-01', end: '2027-06-30' },
      { parent: fy2027, siblings: [elsewhere] },
    );
    expect(refusal?.message).toContain('on 2027-06-30; end it on or before 2027-06-29.');
  });

  it('names every overlapping sibling, earliest first', () => {
    const refusals = validateCycle(
      { name: 'H1', horizon: quarter, start: '2027-01-01', end: '2027-06-30' },
      { parent: fy2027, siblings: [q2, q1] },
    );
    expect(refusals.map((r) => r.conflictingCycleId)).toEqual(['FY2027-Q1', 'FY2027-Q2']);
    expect(refusals[0]?.message).toContain('it contains it entirely');
  });

  it('does not compare an edited cycle with itself, nor with cycles on other horizons', () => {
    const moved = { ...q2, end: '2027-06-29' };
    expect(validateCycle(moved, { parent: fy2027, siblings: [q1, q2, fy2027] })).toEqual([]);
  });

  it('refuses an empty name, or one already used on the horizon', () => {
    const blank = validateCycle(
      { name: '  ', horizon: quarter, start: '2027-07-01', end: '2027-09-30' },
      { parent: null, siblings: [] },
    );
    expect(blank.map((r) => r.code)).toEqual(['name-empty']);
    const taken = validateCycle(
      { name: 'fy2027-q1', horizon: quarter, start: '2028-01-01', end: '2028-03-31' },
      { parent: null, siblings: [q1] },
    );
    expect(taken).toMatchObject([{ code: 'name-taken', conflictingCycleId: 'FY2027-Q1' }]);
  });

  it('refuses redating a year so that a quarter within it no longer fits, naming the quarter', () => {
    const shortened = { ...fy2027, start: '2027-02-01' };
    const refusals = validateCycle(shortened, { parent: null, siblings: [fy2027], children: [q2, q1] });
    expect(refusals).toEqual([
      {
        code: 'leaves-out-child',
        message:
          'FY2027-Q1 (2027-01-01 to 2027-03-31) lies within this cycle and would no longer fit in ' +
          '2027-02-01 to 2027-12-31; keep the dates around it, or redate it first.',
        conflictingCycleId: 'FY2027-Q1',
      },
    ]);
    expect(
      validateCycle({ ...fy2027, end: '2027-06-30' }, { parent: null, siblings: [], children: [q1, q2] }),
    ).toEqual([]);
  });
});

describe('finding the cycle of a date', () => {
  const cycles = [fy2027, q1, q2];

  it('finds the quarter a day falls in, on its first and last day too', () => {
    expect(cycleContaining([q1, q2], '2027-03-31')?.name).toBe('FY2027-Q1');
    expect(cycleContaining([q1, q2], '2027-04-01')?.name).toBe('FY2027-Q2');
  });

  it('prefers the most specific cycle when horizons are mixed', () => {
    expect(cycleContaining(cycles, '2027-05-05')?.name).toBe('FY2027-Q2');
    expect(cyclesContaining(cycles, '2027-05-05').map((c) => c.name)).toEqual(['FY2027-Q2', 'FY2027']);
    expect(cycleContaining(cycles, '2027-08-01')?.name).toBe('FY2027');
  });

  it('finds nothing outside every cycle', () => {
    expect(cycleContaining(cycles, '2028-01-01')).toBeNull();
  });
});
