import { describe, expect, it } from 'vitest';
import { findMissedPlanningDeadlines, type PlanningProgress } from './planning-deadlines.js';
import { labelsFrom } from './test-labels.js';

const labels = labelsFrom({ q2: 'FY2027-Q2', payments: 'Payments', search: 'Search', growth: 'Growth' });

// Q2 starts 2027-04-01: direction due 03-04, drafts due 03-18, approval due 04-01.
const progress: PlanningProgress = {
  cycle: { id: 'q2', start: '2027-04-01', state: 'planning' },
  directionPublishedOn: '2027-03-01',
  teams: [
    { teamId: 'payments', firstDraftOn: '2027-03-10', approvedOn: null },
    { teamId: 'search', firstDraftOn: null, approvedOn: null },
  ],
};

const codesOn = (today: string, input: PlanningProgress = progress) =>
  findMissedPlanningDeadlines(input, { today, labels }).map((f) => `${f.code}:${f.teamIds.join(',')}`);

describe('missed planning deadlines', () => {
  it('is quiet before anything is due', () => {
    expect(codesOn('2027-03-18')).toEqual([]);
  });

  it('warns about a team with no drafts once drafts were due', () => {
    const [finding] = findMissedPlanningDeadlines(progress, { today: '2027-03-19', labels });
    expect(finding).toEqual({
      code: 'drafts-missed',
      severity: 'warning',
      key: 'drafts-missed:q2:search',
      promiseIds: [],
      teamIds: ['search'],
      message:
        'Search has shared no draft promises for FY2027-Q2; drafts were due on 2027-03-18. ' +
        'Share drafts so peers and managers can review them before approval on 2027-04-01.',
    });
  });

  it('reports a missing direction document as a problem for everyone', () => {
    const noDirection = { ...progress, directionPublishedOn: null };
    const [finding] = findMissedPlanningDeadlines(noDirection, { today: '2027-03-05', labels });
    expect(finding?.code).toBe('direction-missed');
    expect(finding?.severity).toBe('problem');
    expect(finding?.message).toContain(
      'The direction document for FY2027-Q2 was due on 2027-03-04 and is not published',
    );
  });

  it('once approval was due, reports each unsettled team once, for approval only', () => {
    expect(codesOn('2027-04-02')).toEqual(['approval-missed:payments', 'approval-missed:search']);
    const settled: PlanningProgress = {
      ...progress,
      cycle: { ...progress.cycle, state: 'active' },
      teams: [
        { teamId: 'payments', firstDraftOn: '2027-03-10', approvedOn: '2027-03-30' },
        { teamId: 'growth', firstDraftOn: null, approvedOn: '2027-04-01' },
      ],
    };
    expect(codesOn('2027-04-20', settled)).toEqual([]);
  });

  it('follows the organization timeline', () => {
    const early = { ...progress, offsets: { draftsDueWeeksBefore: 3 } };
    expect(codesOn('2027-03-12', early)).toEqual(['drafts-missed:search']);
  });

  it('stops reporting planning deadlines once the cycle is in review', () => {
    const reviewing: PlanningProgress = { ...progress, cycle: { ...progress.cycle, state: 'reviewing' } };
    expect(codesOn('2027-06-20', reviewing)).toEqual([]);
  });
});
