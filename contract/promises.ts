import { z } from 'zod';
import { Id, Timestamp } from './common.js';
import { CheckInStatus, KeyResultDefinition } from './key-results.js';
import { CalendarDate } from './planning.js';

export const Side = z.enum(['customer', 'performer']);
export type Side = z.infer<typeof Side>;

export const Participant = z.enum(['customer', 'performer', 'reviewer']);

export const PartyType = z.enum(['person', 'team']);

export const Party = z.object({ type: PartyType, id: Id }).meta({ id: 'Party' });
export type Party = z.infer<typeof Party>;

export const PartyRef = z
  .object({ type: PartyType, id: Id, name: z.string() })
  .meta({ id: 'PartyRef', description: 'A person or a team, as named now' });
export type PartyRef = z.infer<typeof PartyRef>;

export const Status = z.enum([
  'draft',
  'requested',
  'offered',
  'countered',
  'promised',
  'reported',
  'declined',
  'withdrawn',
  'revoked',
  'satisfied',
]);
export type Status = z.infer<typeof Status>;

export const Phase = z.enum(['listen', 'negotiate', 'execute', 'assess', 'closed']);
export type Phase = z.infer<typeof Phase>;

export const Act = z.enum([
  'request',
  'offer',
  'promise',
  'accept-offer',
  'counter',
  'decline',
  'withdraw',
  'revoke',
  'renegotiate',
  'report-complete',
  'declare-satisfied',
  'declare-dissatisfied',
  'comment',
]);
export type Act = z.infer<typeof Act>;

export const Condition = z
  .object({ id: Id, text: z.string(), keyResult: KeyResultDefinition.nullable() })
  .meta({ id: 'Condition' });
export type Condition = z.infer<typeof Condition>;

/** A condition as proposed: without an id it is new, with one it keeps or changes that condition. */
export const ConditionInput = z.object({
  id: Id.optional(),
  text: z.string().trim().min(1, 'cannot be empty').max(500),
  keyResult: KeyResultDefinition.nullable()
    .optional()
    .describe('How it is measured; leave out for a plain condition'),
});

export const Title = z.string().trim().min(1, 'cannot be empty').max(200);
export const Description = z.string().max(20_000);
export const Tag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u, 'use letters, digits, spaces, - and _');

export const Terms = z
  .object({
    title: z.string(),
    description: z.string(),
    conditions: z.array(Condition),
    dueDate: CalendarDate,
  })
  .meta({ id: 'Terms' });
export type Terms = z.infer<typeof Terms>;

export const TermsChangeInput = z
  .object({
    title: Title.optional(),
    description: Description.optional(),
    conditions: z.array(ConditionInput).max(50).optional().describe('The whole new list of conditions'),
    dueDate: CalendarDate.optional(),
  })
  .meta({ id: 'TermsChange' });

export const TermsChange = z.object({
  title: z.string().optional(),
  description: z.string().optional(),
  conditions: z.array(Condition).optional(),
  dueDate: CalendarDate.optional(),
});

export const TermsDifference = z.object({
  field: z.enum(['title', 'description', 'dueDate', 'conditions']),
  change: z.enum(['changed', 'added', 'removed', 'reordered']),
  conditionId: Id.optional(),
  before: z.unknown(),
  after: z.unknown(),
});

export const Proposal = z
  .object({
    by: Side,
    kind: z.enum(['counter', 'renegotiation']),
    changes: TermsChange,
    proposedTerms: Terms,
    differences: z.array(TermsDifference),
  })
  .meta({ id: 'Proposal' });

export const DeclineReasonCode = z.enum(['capacity', 'priority', 'scope', 'other']);

export const Reason = z.object({
  code: DeclineReasonCode.optional(),
  text: z.string().trim().min(1, 'cannot be empty').max(2000),
});

export const PromiseRef = z.object({ id: Id, title: z.string(), status: Status }).meta({ id: 'PromiseRef' });

export const PromiseSummary = z
  .object({
    id: Id,
    title: z.string(),
    cycle: z.object({ id: Id, name: z.string() }),
    horizon: z.object({ id: Id, name: z.string() }),
    customer: PartyRef,
    performers: z.array(PartyRef),
    status: Status,
    phase: Phase,
    awaiting: Side.nullable(),
    dueDate: CalendarDate,
    tags: z.array(z.string()),
    version: z.number().int(),
    score: z.number().nullable().describe('0.0 to 1.0 from the key results; null without any'),
    checkInStatus: CheckInStatus.nullable().describe('The status of the latest check-in'),
    isStale: z.boolean().describe('Kept without a check-in for longer than the cycle cadence'),
    reason: z
      .object({ code: z.string().optional(), text: z.string() })
      .nullable()
      .describe('The reason given with the move that brought it here (a decline, a revocation…)'),
    size: z.number().nullable().describe('Points, for teams that count capacity in points'),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'PromiseSummary' });
export type PromiseSummary = z.infer<typeof PromiseSummary>;

export const MoveRecord = z
  .object({
    id: Id,
    act: Act,
    by: Participant,
    person: z.object({ id: Id, name: z.string() }),
    at: Timestamp,
    version: z.number().int().describe('The version the move was made against'),
    reason: Reason.nullable(),
    changes: TermsChange.nullable(),
    text: z.string().nullable(),
  })
  .meta({ id: 'Move' });
export type MoveRecord = z.infer<typeof MoveRecord>;

export const DependencyState = z.enum(['proposed', 'acknowledged', 'declined']);

export const Dependency = z
  .object({
    id: Id,
    dependent: PromiseRef,
    supplierPromise: PromiseRef.nullable(),
    supplierTeam: z.object({ id: Id, name: z.string() }).nullable(),
    state: DependencyState,
    note: z.string(),
    reason: z.string().nullable(),
    suggestAsk: z.boolean().describe('The supplier team has not promised anything yet: ask it for a promise'),
    createdAt: Timestamp,
    answeredAt: Timestamp.nullable(),
  })
  .meta({ id: 'Dependency' });
export type Dependency = z.infer<typeof Dependency>;

export const Contribution = z
  .object({ id: Id, from: PromiseRef, to: PromiseRef, weight: z.number(), createdAt: Timestamp })
  .meta({ id: 'Contribution' });
export type Contribution = z.infer<typeof Contribution>;

export const PromiseDetail = PromiseSummary.extend({
  terms: Terms.describe('The agreed terms once promised; before that, the terms on the table as opened'),
  proposal: Proposal.nullable(),
  draftedBy: Side,
  openedBy: Side.nullable(),
  lastReason: Reason.nullable(),
  situation: z.string().describe('Where the conversation stands and who may do what, in words'),
  mySides: z.array(Participant).describe('The sides the signed-in person acts for on this promise'),
  allowedMoves: z.array(Act).describe('The moves the signed-in person may make now'),
  history: z.array(MoveRecord),
  contributesTo: z.array(Contribution),
  contributedBy: z.array(Contribution),
  dependsOn: z.array(Dependency),
  dependedOnBy: z.array(Dependency),
  asOf: Timestamp.nullable().describe('Set when the promise is shown as it stood at a past moment'),
  citesDirection: z
    .object({ versionId: Id, cycleId: Id, cycleName: z.string(), version: z.number().int() })
    .nullable(),
}).meta({ id: 'PromiseDetail' });
export type PromiseDetail = z.infer<typeof PromiseDetail>;

export const CreatePromiseBody = z.object({
  cycleId: Id,
  customer: Party,
  performers: z.array(Party).min(1, 'name at least one performer').max(10),
  title: Title,
  description: Description.default(''),
  conditions: z.array(ConditionInput).max(50).default([]),
  dueDate: CalendarDate,
  tags: z.array(Tag).max(20).default([]),
  open: z
    .enum(['draft', 'request', 'offer'])
    .describe(
      'request: I am the customer and ask; offer: I am the performer and offer; draft: prepare it first',
    ),
  draftedBy: Side.optional().describe('With open=draft: the side preparing the draft'),
  directionVersionId: Id.optional().describe('The published direction document this promise answers'),
  size: z.number().min(0).max(10_000).optional().describe('Points, for capacity counted in points'),
});
export type CreatePromiseBody = z.input<typeof CreatePromiseBody>;

export const ReviseDraftBody = TermsChangeInput.extend({
  version: z.number().int().min(1),
  tags: z.array(Tag).max(20).optional(),
});

export const MoveBody = z
  .object({
    act: Act,
    version: z.number().int().min(1).describe('The version of the promise the move is made against'),
    reason: Reason.optional(),
    changes: TermsChangeInput.optional(),
    text: z.string().trim().min(1).max(5000).optional(),
    as: Participant.optional().describe('Which side to act for, when the person acts for both'),
  })
  .meta({ id: 'MoveRequest' });
export type MoveBody = z.input<typeof MoveBody>;

export const PromisesQuery = z.object({
  cycleId: Id.optional(),
  horizonId: Id.optional(),
  partyType: PartyType.optional(),
  partyId: Id.optional(),
  as: z.enum(['customer', 'performer', 'either']).default('either'),
  mine: z.enum(['true', 'false']).optional().describe('Only promises where I act for a side'),
  status: Status.optional(),
  phase: Phase.optional(),
  tag: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const PromiseList = z.object({
  promises: z.array(PromiseSummary),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

export const PromiseQuery = z.object({ at: z.iso.datetime({ offset: true }).optional() });

export const CreateContributionBody = z.object({
  fromPromiseId: Id,
  toPromiseId: Id,
  weight: z.number().positive().max(1000).default(1),
});

export const CreateDependencyBody = z
  .object({
    promiseId: Id.describe('The promise that depends'),
    supplierPromiseId: Id.optional(),
    supplierTeamId: Id.optional(),
    note: z.string().trim().max(2000).default(''),
  })
  .refine((b) => (b.supplierPromiseId === undefined) !== (b.supplierTeamId === undefined), {
    message: 'name either supplierPromiseId or supplierTeamId',
  });

export const AnswerDependencyBody = z.object({
  answer: z.enum(['acknowledge', 'decline']),
  reason: z.string().trim().min(1).max(2000).optional(),
});

export const InboxItem = z
  .object({
    kind: z.enum([
      'request',
      'offer',
      'counter',
      'renegotiation',
      'completion',
      'dissatisfied',
      'draft',
      'dependency',
      'stale',
      'check-in',
      'check-in-answer',
    ]),
    promise: PromiseSummary,
    dependency: Dependency.nullable(),
    since: Timestamp,
    acts: z.array(Act),
  })
  .meta({ id: 'InboxItem' });
export type InboxItem = z.infer<typeof InboxItem>;

export const OwedMilestone = z.object({
  cycle: z.object({ id: Id, name: z.string() }),
  key: z.enum(['direction', 'drafts', 'approval']),
  due: CalendarDate,
  status: z.enum(['due-soon', 'missed']),
  team: z.object({ id: Id, name: z.string() }).nullable(),
});

export const Inbox = z.object({
  awaitingMe: z.array(InboxItem),
  waitingOnOthers: z.array(InboxItem),
  milestones: z.array(OwedMilestone).describe('Planning milestones you owe that are due soon or missed'),
});
export type Inbox = z.infer<typeof Inbox>;

export const AccountabilityQuery = z.object({ cycleId: Id.optional(), horizonId: Id.optional() });

export const AccountabilityMap = z.object({
  nodes: z.array(z.object({ id: z.string(), party: PartyRef })),
  edges: z.array(
    z.object({
      id: z.string(),
      promiseId: Id,
      source: z.string().describe('The customer node'),
      target: z.string().describe('The performer node'),
      horizon: z.object({ id: Id, name: z.string() }),
      title: z.string(),
      status: Status,
      phase: Phase,
    }),
  ),
});
export type AccountabilityMap = z.infer<typeof AccountabilityMap>;
export type PromiseList = z.infer<typeof PromiseList>;
