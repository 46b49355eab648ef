import { z } from 'zod';
import { CAPACITY_UNITS } from '../core/planning/capacity.js';
import { Id, isRequired } from './common.js';
import { PromiseSummary } from './promises.js';

export const CapacityUnit = z.enum(CAPACITY_UNITS);

export const TeamCapacity = z
  .object({
    teamId: Id,
    cycleId: Id,
    capacity: z.object({ unit: CapacityUnit, amount: z.number() }).nullable(),
    load: z.object({
      accepted: z.number().describe('Promised or reported, in the capacity unit'),
      pending: z.number().describe('Requested, offered or countered'),
    }),
    isOverCapacity: z.boolean(),
    wouldBeOverCapacity: z.boolean().describe('If every pending ask were accepted'),
    declined: z.array(PromiseSummary).describe('What the team said no to in the cycle, with the reasons'),
  })
  .meta({ id: 'TeamCapacity' });
export type TeamCapacity = z.infer<typeof TeamCapacity>;

export const SetCapacityBody = z.object({
  cycleId: Id,
  unit: CapacityUnit.default('promises'),
  amount: z
    .number({ error: (issue) => isRequired(issue) ?? 'must be a number from 0 to 100000' })
    .min(0, 'must be 0 or more')
    .max(100_000, 'must be at most 100000'),
});
export const CapacityQuery = z.object({ cycleId: Id });
export const SetSizeBody = z.object({ size: z.number().min(0).max(10_000).nullable() });
