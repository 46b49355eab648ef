import { z } from 'zod';
import { Id, Timestamp } from './common.js';
import { PageQuery, pageOf } from './pages.js';

/**
 * The outbox as an admin sees it: the organization's emails and webhook deliveries not sent yet.
 * waiting: not tried yet; retrying: tried and failed, tried again at nextAttemptAt; failed: given up
 * (three days of retries, or its webhook disabled or removed), sent again only by "retry now".
 */
export const OUTBOX_STATES = ['waiting', 'retrying', 'failed'] as const;
export const OutboxState = z.enum(OUTBOX_STATES, { error: `must be one of ${OUTBOX_STATES.join(', ')}` });
export type OutboxState = z.infer<typeof OutboxState>;

export const OUTBOX_KINDS = ['email', 'webhook'] as const;
export const OutboxKind = z.enum(OUTBOX_KINDS, { error: `must be one of ${OUTBOX_KINDS.join(', ')}` });
export type OutboxKind = z.infer<typeof OutboxKind>;

export const OutboxItem = z
  .object({
    kind: OutboxKind,
    id: z.string().describe("An email's id, or a delivery's (its webhook-id header)"),
    state: OutboxState,
    summary: z.string().describe("An email's subject, or a delivery's event type"),
    recipient: z.string().describe("An email's address, or the URL a delivery goes to"),
    webhookId: Id.nullable().describe('The subscription a delivery belongs to; null for an email'),
    createdAt: Timestamp,
    attempts: z.number().int(),
    nextAttemptAt: Timestamp.nullable().describe('When it is tried next; null once given up'),
    lastError: z.string().nullable(),
  })
  .meta({ id: 'OutboxItem' });
export type OutboxItem = z.infer<typeof OutboxItem>;

export const OutboxCounts = z
  .object({ waiting: z.number().int(), retrying: z.number().int(), failed: z.number().int() })
  .describe('How many items are in each state (of the kind asked for, whatever the state asked for)');
export type OutboxCounts = z.infer<typeof OutboxCounts>;

export const OutboxQuery = PageQuery(50).extend({
  state: OutboxState.optional().describe('Only the items in this state; all three when absent'),
  kind: OutboxKind.optional().describe('Only emails or only webhook deliveries; both when absent'),
});
export type OutboxQuery = z.infer<typeof OutboxQuery>;

export const OutboxList = pageOf('items', OutboxItem).extend({ counts: OutboxCounts });
export type OutboxList = z.infer<typeof OutboxList>;

export const OutboxItemParams = z.object({ kind: OutboxKind, id: Id });
