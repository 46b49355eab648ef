import { describe, expect, it } from 'vitest';
import type { Cycle, Horizon } from '../../../contract/cycles.js';
import { formatCalendarDate } from '../format.js';
import { cycleOptions, cyclesByHorizon, formatCycleDates } from './cycle-options.js';

const horizon = (id: string, name: string): Horizon => ({
  id,
  key: id,
  name,
  months: null,
  days: null,
  isDefault: true,
});
const year = horizon('1y', '1 year');
const quarter = horizon('quarter', 'Quarter');
const custom = horizon('sprint', 'Sprint');

const cycle = (name: string, of: Horizon, startDate: string, endDate: string): Cycle => ({
  id: `id-${name}`,
  name,
  horizon: { id: of.id, name: of.name },
  parentId: null,
  startDate,
  endDate,
  state: 'planning',
  checkInCadence: 'weekly',
  createdAt: '2026-11-02T10:00:00.000Z',
  archivedAt: null,
  can: { edit: false, rename: false, redate: false, move: false, archive: false, delete: false },
});

const q2 = cycle('FY2027-Q2', quarter, '2027-04-01', '2027-06-30');
const q1 = cycle('FY2027-Q1', quarter, '2027-01-01', '2027-03-31');
const fy = cycle('FY2027', year, '2027-01-01', '2027-12-31');

describe('a cycle’s dates', () => {
  it('run from its first day to its last, as stored, in every time zone', () => {
    const text = formatCycleDates(fy);
    expect(text).toBe(`${formatCalendarDate('2027-01-01')} – ${formatCalendarDate('2027-12-31')}`);
    // Read as instants, west of UTC they would start on the last day of 2026.
    expect(text).not.toContain('2026');
  });
});

describe('cycles to choose from', () => {
  it('are grouped by horizon, in the horizons’ order, each by start date', () => {
    expect(
      cyclesByHorizon([year, quarter], [q2, fy, q1]).map((group) => [
        group.horizon.name,
        group.cycles.map((c) => c.name),
      ]),
    ).toEqual([
      ['1 year', ['FY2027']],
      ['Quarter', ['FY2027-Q1', 'FY2027-Q2']],
    ]);
  });

  it('leave out a horizon without cycles in a select', () => {
    expect(cycleOptions([year, quarter, custom], [q2, fy, q1])).toEqual([
      { group: '1 year', items: [{ value: 'id-FY2027', label: 'FY2027' }] },
      {
        group: 'Quarter',
        items: [
          { value: 'id-FY2027-Q1', label: 'FY2027-Q1' },
          { value: 'id-FY2027-Q2', label: 'FY2027-Q2' },
        ],
      },
    ]);
  });
});
