import { z } from 'zod';
import { Dependency } from './alignment.js';
import { CalendarDate, Id, Timestamp } from './common.js';
import { PromiseSummary } from './promises.js';
import { Act } from './protocol.js';

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
