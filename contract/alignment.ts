import { z } from 'zod';
import { DEPENDENCY_STATES } from '../core/planning/dependency-state.js';
import { CalendarDate, Id, isRequired, OptionalText, Timestamp } from './common.js';
import { Can } from './policies.js';
import { PromiseRef } from './protocol.js';

export const DependencyState = z.enum(DEPENDENCY_STATES);

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
    replyBy: CalendarDate.nullable().describe(
      'The day the supplier is asked to acknowledge or decline the dependency by, if any',
    ),
    can: Can('dependency', 'DependencyActions'),
  })
  .meta({ id: 'Dependency' });
export type Dependency = z.infer<typeof Dependency>;

export const Contribution = z
  .object({
    id: Id,
    from: PromiseRef,
    to: PromiseRef,
    weight: z.number(),
    createdAt: Timestamp,
    can: Can('contribution', 'ContributionActions'),
  })
  .meta({ id: 'Contribution' });
export type Contribution = z.infer<typeof Contribution>;

export const MAX_CONTRIBUTION_WEIGHT = 1000;

export const CreateContributionBody = z.object({
  fromPromiseId: Id,
  toPromiseId: Id,
  weight: z
    .number({ error: isRequired })
    .positive('must be more than 0')
    .max(MAX_CONTRIBUTION_WEIGHT, `must be at most ${MAX_CONTRIBUTION_WEIGHT}`)
    .default(1),
});

export const MAX_DEPENDENCY_NOTE_LENGTH = 2000;

export const CreateDependencyBody = z
  .object({
    promiseId: Id.describe('The promise that depends'),
    supplierPromiseId: Id.optional(),
    supplierTeamId: Id.optional(),
    note: OptionalText(MAX_DEPENDENCY_NOTE_LENGTH).default(''),
    replyBy: CalendarDate.optional().describe(
      'The day the supplier is asked to acknowledge or decline by; today or later',
    ),
  })
  .refine(
    (b) => (b.supplierPromiseId === undefined) !== (b.supplierTeamId === undefined),
    'name one supplier, a promise or a team',
  );

export const AnswerDependencyBody = z.object({
  answer: z.enum(['acknowledge', 'decline']),
  reason: z.string().trim().min(1).max(2000).optional(),
});
