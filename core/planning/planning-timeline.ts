import { addDays, addWeeks, type CalendarDate, daysBetween } from './calendar-date.js';

/**
 * The round trip before a cycle starts: leadership publishes the direction document, teams share
 * draft promises that refer to it, and the plan is approved and final when the cycle starts.
 * Default timeline: direction 4 weeks before, drafts 2 weeks before, approval on the first day.
 */
export const MILESTONE_KEYS = ['direction', 'drafts', 'approval'] as const;
export type MilestoneKey = (typeof MILESTONE_KEYS)[number];

export interface Milestone {
  key: MilestoneKey;
  /** The last day on which the milestone is on time (inclusive). */
  due: CalendarDate;
}

export interface PlanningOffsets {
  directionDueWeeksBefore: number;
  draftsDueWeeksBefore: number;
  /** true: approval is due on the cycle's first day; false: the day before, so day one starts final. */
  approvalAtStart: boolean;
}

export const defaultPlanningOffsets: Readonly<PlanningOffsets> = {
  directionDueWeeksBefore: 4,
  draftsDueWeeksBefore: 2,
  approvalAtStart: true,
};

/** Half a year of planning is already more than any cycle should need. */
export const maxWeeksBeforeStart = 26;

/** The due date of each planning milestone of a cycle starting on `cycleStart`. */
export function planningDueDates(
  cycleStart: CalendarDate,
  offsets: Partial<PlanningOffsets> = {},
): Readonly<Record<MilestoneKey, CalendarDate>> {
  const { directionDueWeeksBefore, draftsDueWeeksBefore, approvalAtStart } = {
    ...defaultPlanningOffsets,
    ...offsets,
  };
  return {
    direction: addWeeks(cycleStart, -directionDueWeeksBefore),
    drafts: addWeeks(cycleStart, -draftsDueWeeksBefore),
    approval: approvalAtStart ? cycleStart : addDays(cycleStart, -1),
  };
}

/** The planning milestones of a cycle starting on `cycleStart`, in order: direction, drafts, approval. */
export function planningMilestones(
  cycleStart: CalendarDate,
  offsets: Partial<PlanningOffsets> = {},
): Milestone[] {
  const due = planningDueDates(cycleStart, offsets);
  return MILESTONE_KEYS.map((key) => ({ key, due: due[key] }));
}

export const planningOffsetsRefusalCodes = ['weeks-not-whole', 'weeks-too-many', 'out-of-order'] as const;

export type PlanningOffsetsRefusalCode = (typeof planningOffsetsRefusalCodes)[number];

export interface PlanningOffsetsRefusal {
  code: PlanningOffsetsRefusalCode;
  message: string;
}

/**
 * Why an organization's planning timeline cannot be saved; empty when it can. The direction must
 * come strictly before drafts (drafts refer to it), and drafts no later than approval.
 */
export function validatePlanningOffsets(offsets: PlanningOffsets): PlanningOffsetsRefusal[] {
  const refusals: PlanningOffsetsRefusal[] = [];
  const fields: readonly (readonly [string, number])[] = [
    ['direction', offsets.directionDueWeeksBefore],
    ['drafts', offsets.draftsDueWeeksBefore],
  ];
  for (const [what, weeks] of fields) {
    if (!Number.isInteger(weeks) || weeks < 0) {
      refusals.push({
        code: 'weeks-not-whole',
        message: `The ${what} milestone is set in whole weeks before the cycle starts, 0 or more (got ${weeks}).`,
      });
    } else if (weeks > maxWeeksBeforeStart) {
      refusals.push({
        code: 'weeks-too-many',
        message: `The ${what} milestone can be at most ${maxWeeksBeforeStart} weeks before the cycle starts (got ${weeks}).`,
      });
    }
  }
  if (refusals.length > 0) return refusals;
  if (offsets.directionDueWeeksBefore <= offsets.draftsDueWeeksBefore) {
    refusals.push({
      code: 'out-of-order',
      message: `The direction (${offsets.directionDueWeeksBefore} weeks before) must be due before the drafts (${offsets.draftsDueWeeksBefore} weeks before), since drafts refer to it.`,
    });
  }
  if (offsets.draftsDueWeeksBefore === 0 && !offsets.approvalAtStart) {
    refusals.push({
      code: 'out-of-order',
      message:
        'Drafts due on the first day would come after approval, due the day before; set drafts at least 1 week before, or approval at the start.',
    });
  }
  return refusals;
}

/** Where a milestone stands, from not yet near to met (on time or late). */
export const MILESTONE_STATUSES = ['upcoming', 'due-soon', 'missed', 'done', 'done-late'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export interface MilestoneProgress {
  /** Today, in the organization's calendar. */
  now: CalendarDate;
  /** The day the milestone was met, or null while it is not. */
  completedAt: CalendarDate | null;
  /** How many days before the due date a milestone counts as due soon. Default 3. */
  dueSoonDays?: number;
}

/**
 * Where a milestone stands. Done on or before its due day is 'done', after it 'done-late'. Not
 * done: 'missed' once the due day has passed, 'due-soon' from `dueSoonDays` before it through the
 * due day itself, 'upcoming' before that.
 */
export function milestoneStatus(
  milestone: Pick<Milestone, 'due'>,
  { now, completedAt, dueSoonDays = 3 }: MilestoneProgress,
): MilestoneStatus {
  if (completedAt !== null) return completedAt <= milestone.due ? 'done' : 'done-late';
  const daysLeft = daysBetween(now, milestone.due);
  if (daysLeft < 0) return 'missed';
  return daysLeft <= dueSoonDays ? 'due-soon' : 'upcoming';
}
