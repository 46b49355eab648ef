import { z } from 'zod';
import { Id } from './common.js';

export const Side = z.enum(['customer', 'performer']);
export type Side = z.infer<typeof Side>;

export const Participant = z.enum(['customer', 'performer', 'reviewer']);

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

export const DeclineReasonCode = z.enum(['capacity', 'priority', 'scope', 'other']);

export const Reason = z.object({
  code: DeclineReasonCode.optional(),
  text: z.string().trim().min(1, 'cannot be empty').max(2000),
});

export const PromiseRef = z.object({ id: Id, title: z.string(), status: Status }).meta({ id: 'PromiseRef' });
