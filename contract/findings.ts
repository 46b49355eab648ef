import { z } from 'zod';
import { FINDING_CODES, FINDING_SEVERITIES, SUGGESTED_ACTS } from '../core/planning/index.js';
import { AsOf, Id, RequiredText, Timestamp } from './common.js';
import { PageInfo, PageQuery } from './pages.js';
import { PartyRef } from './parties.js';

export const FindingCode = z.enum(FINDING_CODES);
export const FindingSeverity = z.enum(FINDING_SEVERITIES);
export const FINDING_STATUSES = ['open', 'dismissed', 'resolved'] as const;
export const FindingStatus = z.enum(FINDING_STATUSES);
export type FindingStatus = z.infer<typeof FindingStatus>;

/** A finding's key: its code, then what identifies the situation (never over 96 characters). */
export const FindingKey = z
  .string()
  .min(1)
  .max(96)
  .describe('Stable identity of the situation; starts with the code');

export const SuggestedMove = z
  .object({
    act: z.enum(SUGGESTED_ACTS),
    promiseId: Id.nullable().describe('The promise whose page holds the move; null for a plan-wide move'),
    prefill: z.object({
      move: z.enum(['comment', 'renegotiate', 'decline', 'declare-satisfied']).optional(),
      text: z.string().optional(),
      reason: z.literal('capacity').optional(),
    }),
  })
  .meta({ id: 'SuggestedMove' });
export type SuggestedMove = z.infer<typeof SuggestedMove>;

export const FindingView = z
  .object({
    key: FindingKey,
    code: FindingCode,
    severity: FindingSeverity,
    status: FindingStatus,
    message: z.string(),
    promiseIds: z.array(Id),
    promises: z.array(z.object({ id: Id, title: z.string() })).describe('The promises involved, named'),
    teamIds: z.array(Id),
    personIds: z.array(Id),
    cycleIds: z.array(Id),
    parties: z.object({ from: z.array(PartyRef), to: z.array(PartyRef) }).describe('Who should talk to whom'),
    suggestedMove: SuggestedMove,
    openedAt: Timestamp,
    resolvedAt: Timestamp.nullable(),
    resolution: z.string().nullable(),
    dismissal: z.object({ by: Id, at: Timestamp, reason: z.string() }).nullable(),
    canDismiss: z.boolean().describe('Whether the caller is one of its parties'),
  })
  .meta({ id: 'Finding' });
export type FindingView = z.infer<typeof FindingView>;

export const FindingsQuery = PageQuery(50).extend({
  cycleId: Id.optional().describe('Findings about this cycle or a cycle nested in it'),
  teamId: Id.optional(),
  promiseId: Id.optional().describe('Findings about this promise'),
  personId: Id.optional().describe('Findings this person is a party to, themselves or through a team'),
  code: FindingCode.optional(),
  severity: FindingSeverity.optional(),
  status: FindingStatus.optional().describe('Default: open'),
  since: Timestamp.optional().describe('Only findings opened or resolved at or after this instant'),
  at: AsOf.optional().describe(
    'The findings as they stood at this moment: opened by then, in the status they had then',
  ),
});
export type FindingsQuery = z.infer<typeof FindingsQuery>;

export const FindingList = PageInfo.extend({
  findings: z.array(FindingView),
  counts: z
    .partialRecord(FindingCode, z.number().int())
    .describe('How many of the filtered findings of each code'),
});
export type FindingList = z.infer<typeof FindingList>;

export const FindingKeyParams = z.object({ key: FindingKey });
export const DismissFindingBody = z.object({ reason: RequiredText(500) });

/** A finding dismissed, or its dismissal undone, as the history of a promise it concerns shows it. */
export const FindingEventRecord = z
  .object({
    id: Id,
    act: z.enum(['dismissed', 'undismissed']),
    findingKey: FindingKey,
    code: FindingCode,
    message: z.string().describe('What the finding said when it was dismissed or reopened'),
    person: z.object({ id: Id, name: z.string() }),
    at: Timestamp,
    reason: z.string().nullable().describe('Why it was dismissed'),
  })
  .meta({ id: 'FindingEvent' });
export type FindingEventRecord = z.infer<typeof FindingEventRecord>;
