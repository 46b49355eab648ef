import { describe, expect, it } from 'vitest';
import type { Cycle } from '../../../contract/cycles.js';
import { defaultPlanningCycle } from './cycle-choice.js';

function cycle(name: string, state: Cycle['state'], startDate: string, endDate: string): Cycle {
  const horizon = { id: 'h', name: 'Quarter' };
  return {
    id: name,
    name,
    horizon,
    parentId: null,
    startDate,
    endDate,
    state,
    checkInCadence: 'weekly',
    createdAt: '',
    archivedAt: null,
    can: { edit: false, rename: false, redate: false, move: false, archive: false, delete: false },
  };
}

const fy = cycle('FY2027', 'active', '2027-01-01', '2027-12-31');
const q1 = cycle('FY2027-Q1', 'active', '2027-01-01', '2027-03-31');
const q2 = cycle('FY2027-Q2', 'planning', '2027-04-01', '2027-06-30');
const q3 = cycle('FY2027-Q3', 'planning', '2027-07-01', '2027-09-30');

describe('the cycle the planning pages open on', () => {
  it('is the next one still in planning', () => {
    expect(defaultPlanningCycle([fy, q3, q1, q2], '2027-02-10')?.name).toBe('FY2027-Q2');
  });

  it('is the shortest current one when nothing is in planning, the last day included', () => {
    expect(defaultPlanningCycle([fy, q1], '2027-03-31')?.name).toBe('FY2027-Q1');
  });

  it('is the latest when none is current or planned', () => {
    expect(defaultPlanningCycle([q1, fy], '2028-05-01')?.name).toBe('FY2027');
    expect(defaultPlanningCycle([], '2027-01-01')).toBeNull();
  });

  it('skips a planning cycle whose last day has passed', () => {
    expect(defaultPlanningCycle([q2, fy], '2027-07-01')?.name).toBe('FY2027');
  });
});
