import { z } from 'zod';
import { CYCLE_STATES } from '../core/planning/cycle-state.js';
import { Contribution, Dependency } from './alignment.js';
import { CheckInStatus } from './check-ins.js';
import { CalendarDate, Id, RequiredText, Timestamp } from './common.js';
import { FindingEventRecord } from './findings.js';
import { KeyResultDefinition } from './key-results.js';
import { PageQuery, pageOf } from './pages.js';
import { Party, PartyRef, PartyType } from './parties.js';
import { Can } from './policies.js';
import { Act, Participant, Phase, Reason, Side, Status } from './protocol.js';
import { SearchText } from './search-text.js';

export const Condition = z
  .object({ id: Id, text: z.string(), keyResult: KeyResultDefinition.nullable() })
  .meta({ id: 'Condition' });
export type Condition = z.infer<typeof Condition>;

/** A condition as proposed: without an id it is new, with one it keeps or changes that condition. */
export const ConditionInput = z.object({
  id: Id.optional(),
  text: RequiredText(500),
  keyResult: KeyResultDefinition.nullable()
    .optional()
    .describe('How it is measured; leave out for a plain condition'),
});

export const MAX_TITLE_LENGTH = 200;
export const Title = RequiredText(MAX_TITLE_LENGTH);
/** The longest promise description (markdown), in characters (README, "Markdown"). */
export const MAX_DESCRIPTION_LENGTH = 20_000;
export const Description = z
  .string()
  .max(MAX_DESCRIPTION_LENGTH, `must have at most ${MAX_DESCRIPTION_LENGTH} characters`);
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
    performer: PartyRef.nullable().describe(
      'For a move by the performing side of a promise with several performers: which performer it answers for',
    ),
    replyBy: CalendarDate.nullable().describe(
      'For a move that opened a conversation: the day it asked an answer by',
    ),
  })
  .meta({ id: 'Move' });
export type MoveRecord = z.infer<typeof MoveRecord>;

/** A promise that one carries over from a closed cycle, or into the next: enough to link to it. */
export const CarriedPromise = z
  .object({
    id: Id,
    title: z.string(),
    status: Status,
    cycle: z.object({ id: Id, name: z.string() }),
  })
  .meta({ id: 'CarriedPromise' });
export type CarriedPromise = z.infer<typeof CarriedPromise>;

const PerformerAct = z
  .object({ person: z.object({ id: Id, name: z.string() }).nullable(), at: Timestamp })
  .describe('Who made the move for the performer, and when');

export const PerformerAnswer = z
  .object({
    performer: PartyRef,
    promised: PerformerAct.nullable().describe(
      'Its promise to the terms on the table (to the agreed terms once promised); null while awaited',
    ),
    reported: PerformerAct.nullable().describe('Its report that its part is complete; null until it reports'),
    isAwaited: z.boolean().describe('Whether the promise now waits for this performer to move'),
  })
  .meta({ id: 'PerformerAnswer' });
export type PerformerAnswer = z.infer<typeof PerformerAnswer>;

export const PromiseDetail = PromiseSummary.extend({
  terms: Terms.describe('The agreed terms once promised; before that, the terms on the table as opened'),
  proposal: Proposal.nullable(),
  replyBy: CalendarDate.nullable().describe(
    'The day the awaited side is asked to answer the pending request, offer, counter or renegotiation by',
  ),
  draftedBy: Side,
  openedBy: Side.nullable(),
  lastReason: Reason.nullable(),
  situation: z.string().describe('Where the conversation stands and who may do what, in words'),
  mySides: z.array(Participant).describe('The sides the signed-in person acts for on this promise'),
  allowedMoves: z
    .array(Act)
    .describe('The moves the signed-in person may make now: none but comment once its cycle is closed'),
  cycleState: z
    .enum(CYCLE_STATES)
    .describe("The state of the promise's cycle: once closed, the promise takes no move but comments"),
  can: Can('promise', 'PromiseActions'),
  history: z.array(MoveRecord),
  findingEvents: z
    .array(FindingEventRecord)
    .describe('Findings of the strategy debugger about this promise dismissed, or reopened, oldest first'),
  performerAnswers: z
    .array(PerformerAnswer)
    .describe('Each performer answers for itself: who has promised and reported, and who is awaited'),
  contributesTo: z.array(Contribution),
  contributedBy: z.array(Contribution),
  dependsOn: z.array(Dependency),
  dependedOnBy: z.array(Dependency),
  asOf: Timestamp.nullable().describe('Set when the promise is shown as it stood at a past moment'),
  citesDirection: z
    .object({ versionId: Id, cycleId: Id, cycleName: z.string(), version: z.number().int() })
    .nullable(),
  carriedFrom: CarriedPromise.nullable().describe('The promise of a closed cycle this one carries over'),
  carriedInto: CarriedPromise.nullable().describe('The promise of the next cycle this one was carried into'),
  carryOver: z
    .object({
      isAsked: z
        .boolean()
        .describe(
          'Its cycle is closed, it is unfinished and not carried: its sides decide what becomes of it',
        ),
      hasLeft: z.boolean().describe('The signed-in person chose to leave it as it is'),
    })
    .describe('What the carry-over question asks the signed-in person'),
}).meta({ id: 'PromiseDetail' });
export type PromiseDetail = z.infer<typeof PromiseDetail>;

export const CreatePromiseBody = z.object({
  cycleId: Id,
  customer: Party,
  performers: z.array(Party).min(1, 'name at least one performer').max(10, 'name at most 10 performers'),
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
  replyBy: CalendarDate.optional().describe(
    'With open=request or offer: the day the other side is asked to answer by; today or later',
  ),
});
export type CreatePromiseBody = z.input<typeof CreatePromiseBody>;

/**
 * The version a change is made against, as a request names it. Versions are stored as 32-bit
 * integers on both engines; a larger one cannot match and PostgreSQL refuses to compare with it.
 */
export const MAX_VERSION = 2_147_483_647;
const VersionInput = z.number().int().min(1).max(MAX_VERSION, `must be at most ${MAX_VERSION}`);

export const ReviseDraftBody = TermsChangeInput.extend({
  version: VersionInput,
  tags: z.array(Tag).max(20).optional(),
});

export const MoveBody = z
  .object({
    act: Act,
    version: VersionInput.describe('The version of the promise the move is made against'),
    reason: Reason.optional(),
    changes: TermsChangeInput.optional(),
    text: RequiredText(5000).optional(),
    as: Participant.optional().describe('Which side to act for, when the person acts for both'),
    replyBy: CalendarDate.optional().describe(
      'For a move that opens a conversation (request, offer, counter, renegotiate): the day the other side is asked to answer by; today or later',
    ),
  })
  .meta({ id: 'MoveRequest' });
export type MoveBody = z.input<typeof MoveBody>;

/** The columns the promise list sorts by (then by id, so pages never overlap). */
export const PROMISE_SORTS = ['due', 'title', 'phase', 'status', 'awaiting'] as const;
export type PromiseSort = (typeof PROMISE_SORTS)[number];

export const PromisesQuery = z
  .object({
    cycleId: Id.optional(),
    horizonId: Id.optional(),
    partyType: PartyType.optional(),
    partyId: Id.optional(),
    as: z.enum(['customer', 'performer', 'either']).default('either'),
    mine: z.enum(['true', 'false']).optional().describe('Only promises where I act for a side'),
    status: Status.optional(),
    phase: Phase.optional(),
    tag: z.string().max(40).optional(),
    q: SearchText.optional().describe('Only promises holding these words (the best 200 matches)'),
    sort: z.enum(PROMISE_SORTS).default('due').describe('The column the list is sorted by'),
    order: z.enum(['asc', 'desc']).default('asc'),
    at: z.iso
      .datetime({ offset: true })
      .optional()
      .describe(
        'The promises as they stood at this moment: those made by then, each with its state and score then',
      ),
  })
  .extend(PageQuery(50).shape);

export const PromiseList = pageOf('promises', PromiseSummary);

export const PromiseQuery = z.object({ at: z.iso.datetime({ offset: true }).optional() });
export type PromiseList = z.infer<typeof PromiseList>;
