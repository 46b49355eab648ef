import { z } from 'zod';
import { FINDING_SEVERITIES } from '../core/planning/findings/finding.js';
import { TeamCapacity } from './capacity.js';
import { CalendarDate, Id, Timestamp } from './common.js';
import { CycleState, Milestone, MilestoneKey } from './cycles.js';
import { PromiseSummary } from './promises.js';

export const BoardTeam = z.object({
  team: z.object({ id: Id, name: z.string(), isLeadership: z.boolean() }),
  drafts: z.array(PromiseSummary),
  proposed: z.array(PromiseSummary),
  agreed: z.array(PromiseSummary),
  declined: z.array(PromiseSummary),
  unreviewed: z.array(Id).describe('Drafts and proposals whose round trip is not complete'),
  unanswered: z.array(Id).describe('Asks awaiting this team'),
  isLate: z.boolean(),
  lateFor: z.array(MilestoneKey),
  capacity: TeamCapacity.shape.capacity,
  load: TeamCapacity.shape.load,
});

export const PlanningBoard = z
  .object({
    cycle: z.object({
      id: Id,
      name: z.string(),
      state: CycleState,
      startDate: CalendarDate,
      endDate: CalendarDate,
    }),
    milestones: z.array(Milestone),
    direction: z.object({ publishedVersion: z.number().int().nullable(), publishedAt: Timestamp.nullable() }),
    teams: z.array(BoardTeam),
    findings: z.array(
      z.object({ code: z.string(), severity: z.enum(FINDING_SEVERITIES), message: z.string() }),
    ),
  })
  .meta({ id: 'PlanningBoard' });
export type PlanningBoard = z.infer<typeof PlanningBoard>;
