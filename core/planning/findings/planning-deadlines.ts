import type { CalendarDate } from '../calendar-date.js';
import type { CycleState } from '../cycle-state.js';
import { milestoneStatus, type PlanningOffsets, planningDueDates } from '../planning-timeline.js';
import { type Finding, type FindingOptions, idLabels } from './finding.js';

export interface TeamPlanningProgress {
  teamId: string;
  /** The day the team shared its first draft promise for the cycle, or null. */
  firstDraftOn: CalendarDate | null;
  /** The day the team's plan for the cycle became final (its promises settled), or null. */
  approvedOn: CalendarDate | null;
}

export interface PlanningProgress {
  cycle: { id: string; start: CalendarDate; state: CycleState };
  offsets?: Partial<PlanningOffsets>;
  /** The day leadership published the direction document, or null. */
  directionPublishedOn: CalendarDate | null;
  /** The teams expected to plan in this cycle. */
  teams: readonly TeamPlanningProgress[];
}

export interface PlanningDeadlineOptions extends FindingOptions {
  today: CalendarDate;
}

type DeadlineCode = 'direction-missed' | 'drafts-missed' | 'approval-missed';

/**
 * Planning milestones that have passed without being met: no direction document (a problem, since
 * every team's drafts depend on it), a team with no draft (a warning), a team whose plan is not
 * final when approval was due (a problem). Each team gets only its latest missed milestone, the
 * one to act on now; a team whose plan is final is past its drafts. Once a cycle is in review or closed, planning deadlines no longer matter.
 */
export function findMissedPlanningDeadlines(
  progress: PlanningProgress,
  { today, labels = idLabels }: PlanningDeadlineOptions,
): Finding<DeadlineCode>[] {
  const { cycle } = progress;
  if (cycle.state === 'reviewing' || cycle.state === 'closed') return [];
  const due = planningDueDates(cycle.start, progress.offsets);
  const cycleName = labels.cycle(cycle.id);
  const isMissed = (dueDate: CalendarDate, completedAt: CalendarDate | null) =>
    milestoneStatus({ due: dueDate }, { now: today, completedAt }) === 'missed';

  const findings: Finding<DeadlineCode>[] = [];
  if (isMissed(due.direction, progress.directionPublishedOn)) {
    findings.push({
      code: 'direction-missed',
      severity: 'problem',
      key: `direction-missed:${cycle.id}`,
      promiseIds: [],
      teamIds: [],
      message:
        `The direction document for ${cycleName} was due on ${due.direction} and is not published; ` +
        "teams' drafts have nothing to refer to. Publish it, even short.",
    });
  }
  for (const team of progress.teams) {
    const teamName = labels.team(team.teamId);
    if (isMissed(due.approval, team.approvedOn)) {
      findings.push({
        code: 'approval-missed',
        severity: 'problem',
        key: `approval-missed:${cycle.id}:${team.teamId}`,
        promiseIds: [],
        teamIds: [team.teamId],
        message:
          `${teamName}'s plan for ${cycleName} was due to be final on ${due.approval} and is not. ` +
          'Settle its open asks and offers, or decline them.',
      });
    } else if (team.approvedOn === null && isMissed(due.drafts, team.firstDraftOn)) {
      findings.push({
        code: 'drafts-missed',
        severity: 'warning',
        key: `drafts-missed:${cycle.id}:${team.teamId}`,
        promiseIds: [],
        teamIds: [team.teamId],
        message:
          `${teamName} has shared no draft promises for ${cycleName}; drafts were due on ${due.drafts}. ` +
          `Share drafts so peers and managers can review them before approval on ${due.approval}.`,
      });
    }
  }
  return findings;
}
