import { describe, expect, it } from 'vitest';
import {
  type Milestone,
  milestoneStatus,
  planningMilestones,
  validatePlanningOffsets,
} from './planning-timeline.js';

describe('the planning timeline', () => {
  it('asks for direction 4 weeks ahead, drafts 2 weeks ahead, approval on day one', () => {
    expect(planningMilestones('2027-04-01')).toEqual([
      { key: 'direction', due: '2027-03-04' },
      { key: 'drafts', due: '2027-03-18' },
      { key: 'approval', due: '2027-04-01' },
    ]);
  });

  it('lets an organization plan further ahead, and be final the day before the cycle starts', () => {
    expect(
      planningMilestones('2027-01-01', {
        directionDueWeeksBefore: 6,
        draftsDueWeeksBefore: 3,
        approvalAtStart: false,
      }),
    ).toEqual([
      { key: 'direction', due: '2026-11-20' },
      { key: 'drafts', due: '2026-12-11' },
      { key: 'approval', due: '2026-12-31' },
    ]);
    expect(planningMilestones('2027-01-01', { draftsDueWeeksBefore: 1 }).map((m) => m.due)).toEqual([
      '2026-12-04',
      '2026-12-25',
      '2027-01-01',
    ]);
  });

  it('refuses a timeline where drafts would come before the direction they refer to', () => {
    const refusals = validatePlanningOffsets({
      directionDueWeeksBefore: 2,
      draftsDueWeeksBefore: 2,
      approvalAtStart: true,
    });
    expect(refusals.map((r) => r.code)).toEqual(['out-of-order']);
    expect(
      validatePlanningOffsets({
        directionDueWeeksBefore: 2,
        draftsDueWeeksBefore: 0,
        approvalAtStart: false,
      }).map((r) => r.code),
    ).toEqual(['out-of-order']);
    expect(
      validatePlanningOffsets({ directionDueWeeksBefore: 4, draftsDueWeeksBefore: 2, approvalAtStart: true }),
    ).toEqual([]);
  });

  it('refuses offsets that are not whole weeks or are absurdly early', () => {
    const refusals = validatePlanningOffsets({
      directionDueWeeksBefore: 52,
      draftsDueWeeksBefore: 1.5,
      approvalAtStart: true,
    });
    expect(refusals.map((r) => r.code)).toEqual(['weeks-too-many', 'weeks-not-whole']);
  });
});

describe('milestone status', () => {
  const drafts: Milestone = { key: 'drafts', due: '2027-03-18' };
  const on = (now: string, completedAt: string | null = null, dueSoonDays?: number) =>
    milestoneStatus(drafts, { now, completedAt, dueSoonDays });

  it('is upcoming until three days before it is due', () => {
    expect(on('2027-03-01')).toBe('upcoming');
    expect(on('2027-03-14')).toBe('upcoming');
  });

  it('is due soon in the last three days, including the due day', () => {
    expect(on('2027-03-15')).toBe('due-soon');
    expect(on('2027-03-18')).toBe('due-soon');
  });

  it('lets the organization choose how soon is soon', () => {
    expect(on('2027-03-11', null, 7)).toBe('due-soon');
    expect(on('2027-03-17', null, 0)).toBe('upcoming');
  });

  it('is missed from the day after it was due', () => {
    expect(on('2027-03-19')).toBe('missed');
  });

  it('is done when met on time, done late when met after the due day', () => {
    expect(on('2027-03-30', '2027-03-18')).toBe('done');
    expect(on('2027-03-10', '2027-03-09')).toBe('done');
    expect(on('2027-03-30', '2027-03-20')).toBe('done-late');
  });
});
