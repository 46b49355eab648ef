import { z } from 'zod';
import { Id, Timestamp } from './common.js';
import { CalendarDate, CycleState } from './planning.js';
import { Party, PartyRef, PromiseSummary } from './promises.js';

export const PlanningSettings = z
  .object({
    directionWeeksBefore: z.number().int().min(0).max(26),
    draftsWeeksBefore: z.number().int().min(0).max(26),
  })
  .meta({ id: 'PlanningSettings' });

export const Milestone = z.object({
  key: z.enum(['direction', 'drafts', 'approval']),
  due: CalendarDate,
  status: z.enum(['upcoming', 'due-soon', 'missed', 'done', 'done-late']),
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
    events: z.array(CycleEvent),
  })
  .meta({ id: 'CycleTimeline' });

export const MoveCycleBody = z.object({ to: CycleState });

export const MovedCycle = z.object({
  state: CycleState,
  unsettled: z
    .array(PromiseSummary)
    .describe('Promises still in Q1 Listen or Q2 Negotiate when the plan was approved: listed, not dropped'),
});

export const DirectionVersion = z.object({
  id: Id,
  version: z.number().int(),
  markdown: z.string(),
  publishedBy: z.object({ id: Id, name: z.string() }),
  publishedAt: Timestamp,
});

export const DirectionComment = z.object({
  id: Id,
  versionId: Id.nullable(),
  person: z.object({ id: Id, name: z.string() }),
  text: z.string(),
  at: Timestamp,
});

export const DirectionDocument = z
  .object({
    cycleId: Id,
    draft: z
      .object({
        markdown: z.string(),
        updatedAt: Timestamp,
        updatedBy: z.object({ id: Id, name: z.string() }),
      })
      .nullable()
      .describe('Visible to leadership only'),
    versions: z.array(DirectionVersion).describe('Every published version, newest first'),
    comments: z.array(DirectionComment),
    canWrite: z.boolean().describe('Whether the signed-in person belongs to a leadership team'),
  })
  .meta({ id: 'DirectionDocument' });
export type DirectionDocument = z.infer<typeof DirectionDocument>;

export const SaveDirectionBody = z.object({ markdown: z.string().max(200_000) });
export const CommentDirectionBody = z.object({
  text: z.string().trim().min(1).max(5000),
  versionId: Id.optional(),
});

export const ReviewRole = z.enum(['peer', 'supplier', 'consumer', 'manager']);

export const ReviewRequest = z.object({
  id: Id,
  reviewer: PartyRef,
  role: ReviewRole,
  requestedAt: Timestamp,
  reviewedAt: Timestamp.nullable(),
});

export const ReviewQuestion = z.object({
  id: Id,
  text: z.string(),
  askedBy: z.object({ id: Id, name: z.string() }),
  askedAt: Timestamp,
  answer: z.string().nullable(),
  answeredAt: Timestamp.nullable(),
  resolvedAt: Timestamp.nullable(),
});

export const PromiseReviews = z
  .object({
    promiseId: Id,
    requests: z.array(ReviewRequest),
    questions: z.array(ReviewQuestion),
    suggested: z
      .array(z.object({ reviewer: PartyRef, role: ReviewRole }))
      .describe('Teams at the other end of its dependencies, and the customer as manager'),
    roundTrip: z.object({
      isComplete: z.boolean(),
      reviewedBy: z.array(ReviewRole),
      pendingReviews: z.number().int(),
      openQuestions: z.number().int(),
    }),
  })
  .meta({ id: 'PromiseReviews' });
export type PromiseReviews = z.infer<typeof PromiseReviews>;

export const RequestReviewBody = z.object({ reviewer: Party, role: ReviewRole });
export const AskQuestionBody = z.object({ text: z.string().trim().min(1).max(5000) });
export const AnswerQuestionBody = z.object({ text: z.string().trim().min(1).max(5000) });

export const CapacityUnit = z.enum(['promises', 'points']);

export const TeamCapacity = z
  .object({
    teamId: Id,
    cycleId: Id,
    capacity: z.object({ unit: CapacityUnit, amount: z.number() }).nullable(),
    load: z.object({
      accepted: z.number().describe('Promised or reported, in the capacity unit'),
      pending: z.number().describe('Requested, offered or countered'),
    }),
    isOverCapacity: z.boolean(),
    wouldBeOverCapacity: z.boolean().describe('If every pending ask were accepted'),
    declined: z.array(PromiseSummary).describe('What the team said no to in the cycle, with the reasons'),
  })
  .meta({ id: 'TeamCapacity' });
export type TeamCapacity = z.infer<typeof TeamCapacity>;

export const SetCapacityBody = z.object({
  cycleId: Id,
  unit: CapacityUnit.default('promises'),
  amount: z.number().min(0).max(100_000),
});
export const CapacityQuery = z.object({ cycleId: Id });
export const SetSizeBody = z.object({ size: z.number().min(0).max(10_000).nullable() });

export const BoardTeam = z.object({
  team: z.object({ id: Id, name: z.string(), isLeadership: z.boolean() }),
  drafts: z.array(PromiseSummary),
  proposed: z.array(PromiseSummary),
  agreed: z.array(PromiseSummary),
  declined: z.array(PromiseSummary),
  unreviewed: z.array(Id).describe('Drafts and proposals whose round trip is not complete'),
  unanswered: z.array(Id).describe('Asks awaiting this team'),
  isLate: z.boolean(),
  lateFor: z.array(z.enum(['direction', 'drafts', 'approval'])),
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
      z.object({ code: z.string(), severity: z.enum(['warning', 'problem']), message: z.string() }),
    ),
  })
  .meta({ id: 'PlanningBoard' });
export type PlanningBoard = z.infer<typeof PlanningBoard>;

export const Notification = z
  .object({
    id: Id,
    kind: z.enum([
      'ask-received',
      'review-requested',
      'question-raised',
      'question-answered',
      'milestone-near',
      'milestone-missed',
      'dependency-declined',
      'promise-ended',
    ]),
    title: z.string(),
    promiseId: Id.nullable(),
    cycleId: Id.nullable(),
    at: Timestamp,
    readAt: Timestamp.nullable(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof Notification>;

export const NotificationList = z.object({ notifications: z.array(Notification), unread: z.number().int() });
export type CycleTimeline = z.infer<typeof CycleTimeline>;
export type NotificationList = z.infer<typeof NotificationList>;
export type MovedCycle = z.infer<typeof MovedCycle>;
export type PlanningSettings = z.infer<typeof PlanningSettings>;
