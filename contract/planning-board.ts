import { z } from 'zod';
import { FINDING_SEVERITIES } from '../core/planning/findings/finding.js';
import { TeamCapacity } from './capacity.js';
import { AsOf, CalendarDate, Id, Timestamp } from './common.js';
import { CycleState, Milestone, MilestoneKey } from './cycles.js';
import { PageInfo, PageQuery } from './pages.js';
import { PromiseSummary } from './promises.js';

/** The most promises one column of a team lists: the rest are counted, and one link away. */
export const MAX_BOARD_COLUMN_LENGTH = 50;

/** The board pages through teams; each team's columns list their first promises and count them all. */
export const PlanningBoardQuery = PageQuery(20).extend({
  at: AsOf.optional(),
  teamId: Id.optional().describe('Only this team'),
  q: z.string().trim().max(120).optional().describe("Case-insensitive match on the team's name"),
  perColumn: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(MAX_BOARD_COLUMN_LENGTH, `must be at most ${MAX_BOARD_COLUMN_LENGTH}`)
    .default(5)
    .describe(`How many promises each column lists (at most ${MAX_BOARD_COLUMN_LENGTH})`),
});
export type PlanningBoardQuery = z.infer<typeof PlanningBoardQuery>;

export const BoardColumnPromises = z.object({
  total: z.number().int().describe('How many promises the column has: those listed first, in due-date order'),
  promises: z.array(PromiseSummary),
});
export type BoardColumnPromises = z.infer<typeof BoardColumnPromises>;

export const BoardTeam = z.object({
  team: z.object({ id: Id, name: z.string(), isLeadership: z.boolean() }),
  drafts: BoardColumnPromises,
  proposed: BoardColumnPromises,
  agreed: BoardColumnPromises,
  declined: BoardColumnPromises,
  unreviewed: z
    .array(Id)
    .describe('Of the drafts and proposals listed, those whose round trip is not complete'),
  unanswered: z.array(Id).describe('Of the proposals listed, the asks awaiting this team'),
  isLate: z.boolean(),
  lateFor: z.array(MilestoneKey),
  capacity: TeamCapacity.shape.capacity,
  load: TeamCapacity.shape.load,
});

export const BoardFinding = z.object({
  code: z.string(),
  severity: z.enum(FINDING_SEVERITIES),
  message: z.string(),
});

/** The most findings the board shows; the findings page lists them all. */
export const BOARD_FINDINGS_LENGTH = 20;

export const PlanningBoard = PageInfo.extend({
  cycle: z.object({
    id: Id,
    name: z.string(),
    state: CycleState,
    startDate: CalendarDate,
    endDate: CalendarDate,
  }),
  milestones: z.array(Milestone),
  direction: z.object({ publishedVersion: z.number().int().nullable(), publishedAt: Timestamp.nullable() }),
  teams: z.array(BoardTeam).describe('A page of the active teams, by name; `total` counts them all'),
  findings: z
    .array(BoardFinding)
    .describe(
      'The first open findings of the cycle on capacity and dependencies, as the strategy debugger last recorded them',
    ),
  findingsTotal: z.number().int().describe('How many such findings are open'),
}).meta({ id: 'PlanningBoard' });
export type PlanningBoard = z.infer<typeof PlanningBoard>;
