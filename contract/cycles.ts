import { z } from 'zod';
import { CYCLE_STATES } from '../core/planning/cycle-state.js';
import { MILESTONE_KEYS, MILESTONE_STATUSES } from '../core/planning/planning-timeline.js';
import { CADENCES } from '../core/scoring/check-in-cadence.js';
import { CalendarDate, Id, isRequired, RequiredText, Timestamp } from './common.js';
import { PageInfo, PageQuery, pageOf } from './pages.js';
import { Can } from './policies.js';
import { PromiseSummary } from './promises.js';

/** A whole number from `min` to `max`, with one message for every way of missing it. */
function WholeNumber(min: number, max: number) {
  const message = `must be a whole number from ${min} to ${max}`;
  return z
    .number({ error: (issue) => isRequired(issue) ?? message })
    .int(message)
    .min(min, message)
    .max(max, message);
}

export const Horizon = z
  .object({
    id: Id,
    key: z.string(),
    name: z.string(),
    months: z.number().int().nullable(),
    days: z.number().int().nullable(),
    isDefault: z.boolean(),
  })
  .meta({ id: 'Horizon' });
export type Horizon = z.infer<typeof Horizon>;

export const HorizonList = pageOf('horizons', Horizon);
export const HorizonsQuery = PageQuery(50);

export const MAX_HORIZON_NAME_LENGTH = 40;

export const CreateHorizonBody = z
  .object({
    name: RequiredText(MAX_HORIZON_NAME_LENGTH),
    months: WholeNumber(1, 120).optional(),
    days: WholeNumber(1, 3653).optional(),
  })
  .refine(
    (body) => (body.months === undefined) !== (body.days === undefined),
    'give the length in months or in days',
  );

export const CycleState = z.enum(CYCLE_STATES);

export const Cadence = z.enum(CADENCES);

export const Cycle = z
  .object({
    id: Id,
    name: z.string(),
    horizon: z.object({ id: Id, name: z.string() }),
    parentId: Id.nullable(),
    startDate: CalendarDate,
    endDate: CalendarDate,
    state: CycleState,
    checkInCadence: Cadence,
    createdAt: Timestamp,
    archivedAt: Timestamp.nullable().describe('Set while the closed cycle is archived: out of the pickers'),
    can: Can('cycle', 'CycleActions'),
  })
  .meta({ id: 'Cycle' });
export type Cycle = z.infer<typeof Cycle>;

export const CycleList = pageOf('cycles', Cycle);

export const CyclesQuery = z
  .object({
    horizonId: Id.optional(),
    archived: z
      .enum(['exclude', 'include'])
      .default('exclude')
      .describe('Archived cycles are left out unless included'),
  })
  .extend(PageQuery(50).shape);

export const MAX_CYCLE_NAME_LENGTH = 60;

export const CreateCycleBody = z.object({
  name: RequiredText(MAX_CYCLE_NAME_LENGTH),
  horizonId: Id,
  parentId: Id.nullable().default(null),
  startDate: CalendarDate,
  endDate: CalendarDate,
});

/**
 * What changes in a cycle, each by its own rule: name and dates while planning (within the nesting
 * rules), the cadence until it closes, archived once closed. Its horizon, parent and state are not
 * here: a cycle moves between states by its transitions, and stays on its horizon and in its parent.
 */
export const UpdateCycleBody = z.object({
  name: RequiredText(MAX_CYCLE_NAME_LENGTH).optional(),
  startDate: CalendarDate.optional(),
  endDate: CalendarDate.optional(),
  checkInCadence: Cadence.optional(),
  isArchived: z.boolean().optional().describe('Archive a closed cycle, or bring it back'),
});
export type UpdateCycleBody = z.infer<typeof UpdateCycleBody>;

export const PlanningSettings = z
  .object({
    directionWeeksBefore: WholeNumber(0, 26),
    draftsWeeksBefore: WholeNumber(0, 26),
  })
  .meta({ id: 'PlanningSettings' });

export const MilestoneKey = z.enum(MILESTONE_KEYS);
export const MilestoneStatus = z.enum(MILESTONE_STATUSES);

export const Milestone = z.object({
  key: MilestoneKey,
  due: CalendarDate,
  status: MilestoneStatus,
  completedAt: Timestamp.nullable(),
});
export type Milestone = z.infer<typeof Milestone>;

export const CycleEvent = z.object({
  id: Id,
  from: CycleState,
  to: CycleState,
  person: z.object({ id: Id, name: z.string() }),
  at: Timestamp,
  unsettled: z.array(z.object({ id: Id, title: z.string(), status: z.string() })),
});

export const CycleTimeline = z
  .object({
    cycleId: Id,
    state: CycleState,
    milestones: z.array(Milestone),
    events: z
      .array(CycleEvent)
      .describe('A page of the events, newest first; total, limit and offset count events'),
  })
  .extend(PageInfo.shape)
  .meta({ id: 'CycleTimeline' });
export const TimelineQuery = PageQuery(50);

export const MoveCycleBody = z.object({ to: CycleState });

export const MovedCycle = z.object({
  state: CycleState,
  unsettled: z
    .array(PromiseSummary)
    .describe('Promises still in Q1 Listen or Q2 Negotiate when the plan was approved: listed, not dropped'),
});
export type CycleTimeline = z.infer<typeof CycleTimeline>;
export type MovedCycle = z.infer<typeof MovedCycle>;
export type PlanningSettings = z.infer<typeof PlanningSettings>;
