import { z } from 'zod';
import { INBOX_ITEM_KINDS } from '../core/promises/awaited-answer.js';
import { INBOX_SORTS } from '../core/promises/inbox-groups.js';
import { Dependency } from './alignment.js';
import { CalendarDate, Id, Timestamp } from './common.js';
import { MilestoneKey, MilestoneStatus } from './cycles.js';
import { ReviewRole } from './draft-reviews.js';
import { FindingView } from './findings.js';
import { PageQuery } from './pages.js';
import { PromiseSummary } from './promises.js';
import { Act } from './protocol.js';

export const InboxItem = z
  .object({
    key: z.string().describe('One item per promise and reason'),
    kind: z.enum(INBOX_ITEM_KINDS),
    promise: PromiseSummary,
    dependency: Dependency.nullable(),
    review: z.object({ id: Id, role: ReviewRole }).nullable(),
    question: z
      .object({
        id: Id,
        text: z.string(),
        askedBy: z.object({ id: Id, name: z.string() }),
        count: z.number().int().describe('How many open questions the promise has; this is the oldest'),
      })
      .nullable()
      .describe('For questions to answer: the oldest open one'),
    since: Timestamp.describe('When the item started waiting'),
    due: CalendarDate.describe(
      "The day the item is due: its reply-by date if one was asked, else the promise's due date",
    ),
    acts: z.array(Act),
    replyBy: CalendarDate.nullable().describe(
      'For a request, offer, counter, renegotiation or dependency: the day its answer is asked by, if any',
    ),
  })
  .meta({ id: 'InboxItem' });
export type InboxItem = z.infer<typeof InboxItem>;

export const OwedMilestone = z.object({
  cycle: z.object({ id: Id, name: z.string() }),
  key: MilestoneKey,
  due: CalendarDate,
  /** Only the milestones that call for action now are owed. */
  status: MilestoneStatus.extract(['due-soon', 'missed']),
  team: z.object({ id: Id, name: z.string() }).nullable(),
});

export const Inbox = z.object({
  awaitingMe: z.array(InboxItem).describe('In the order asked, at most `limit`'),
  myTeam: z.array(InboxItem).describe('Awaiting the leads of a team I am in'),
  waitingOnOthers: z.array(InboxItem),
  findings: z
    .array(FindingView)
    .describe('Open findings of the strategy debugger you are a party to, at most `limit`'),
  totals: z
    .object({
      awaitingMe: z.number().int(),
      myTeam: z.number().int(),
      waitingOnOthers: z.number().int(),
      findings: z.number().int(),
    })
    .describe('How many items each section has in all; a larger limit shows more of them'),
  limit: z.number().int(),
  milestones: z.array(OwedMilestone).describe('Planning milestones you owe that are due soon or missed'),
});

/** How many items each section of the inbox shows: `limit`, at most the most a page holds. */
export const InboxQuery = PageQuery(50)
  .pick({ limit: true })
  .extend({
    sort: z.enum(INBOX_SORTS).default('age').describe('age: longest waiting first; due: soonest due first'),
  });
export type Inbox = z.infer<typeof Inbox>;
