import { z } from 'zod';
import { ACTS, DECLINE_REASON_CODES, PARTICIPANTS, SIDES } from '../core/promises/move.js';
import { PHASES } from '../core/promises/phase.js';
import { STATUSES } from '../core/promises/state.js';
import { Id, RequiredText } from './common.js';

export const Side = z.enum(SIDES);
export type Side = z.infer<typeof Side>;

export const Participant = z.enum(PARTICIPANTS);

export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;

export const Phase = z.enum(PHASES);
export type Phase = z.infer<typeof Phase>;

export const Act = z.enum(ACTS);
export type Act = z.infer<typeof Act>;

export const DeclineReasonCode = z.enum(DECLINE_REASON_CODES);

export const Reason = z.object({
  code: DeclineReasonCode.optional(),
  text: RequiredText(2000),
});

export const PromiseRef = z.object({ id: Id, title: z.string(), status: Status }).meta({ id: 'PromiseRef' });
