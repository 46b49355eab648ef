import { z } from 'zod';
import { INBOX_ITEM_KINDS } from '../core/promises/awaited-answer.js';
import { Dependency } from './alignment.js';
import { CalendarDate, Id, Timestamp } from './common.js';
import { MilestoneKey, MilestoneStatus } from './cycles.js';
import { FindingView } from './findings.js';
import { PageQuery } from './pages.js';
import { PromiseSummary } from './promises.js';
import { Act } from './protocol.js';

export const InboxItem = z
  .object({
    kind: z.enum(INBOX_ITEM_KINDS),
    promise: PromiseSummary,
    dependency: Dependency.nullable(),
    since: Timestamp,
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
  awaitingMe: z.array(InboxItem).describe('The longest waiting first, at most `limit`'),
  waitingOnOthers: z.array(InboxItem).describe('The longest waiting first, at most `limit`'),
  findings: z
    .array(FindingView)
    .describe('Open findings of the strategy debugger you are a party to, at most `limit`'),
  totals: z
    .object({ awaitingMe: z.number().int(), waitingOnOthers: z.number().int(), findings: z.number().int() })
    .describe('How many items each section has in all; a larger limit shows more of them'),
  limit: z.number().int(),
  milestones: z.array(OwedMilestone).describe('Planning milestones you owe that are due soon or missed'),
});

/** How many items each section of the inbox shows: `limit`, at most the most a page holds. */
export const InboxQuery = PageQuery(50).pick({ limit: true });
export type Inbox = z.infer<typeof Inbox>;
