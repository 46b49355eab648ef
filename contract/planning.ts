import { z } from 'zod';
import { Id, Timestamp } from './common.js';

export const CalendarDate = z.iso.date().describe('A calendar date, YYYY-MM-DD');

export const Horizon = z
  .object({
    id: Id,
    key: z.string(),
    name: z.string(),
    months: z.number().int().nullable(),
    days: z.number().int().nullable(),
    isDefault: z.boolean(),
  })
  .meta({ id: 'Horizon' });
export type Horizon = z.infer<typeof Horizon>;

export const HorizonList = z.object({ horizons: z.array(Horizon) });

export const CreateHorizonBody = z
  .object({
    name: z.string().trim().min(1).max(40),
    months: z.number().int().min(1).max(120).optional(),
    days: z.number().int().min(1).max(3653).optional(),
  })
  .refine(
    (body) => (body.months === undefined) !== (body.days === undefined),
    'give the length in months or in days',
  );

export const CycleState = z.enum(['planning', 'active', 'reviewing', 'closed']);

export const Cycle = z
  .object({
    id: Id,
    name: z.string(),
    horizon: z.object({ id: Id, name: z.string() }),
    parentId: Id.nullable(),
    startDate: CalendarDate,
    endDate: CalendarDate,
    state: CycleState,
    checkInCadence: z.enum(['weekly', 'biweekly', 'monthly']),
    createdAt: Timestamp,
  })
  .meta({ id: 'Cycle' });
export type Cycle = z.infer<typeof Cycle>;

export const CycleList = z.object({ cycles: z.array(Cycle) });

export const CyclesQuery = z.object({ horizonId: Id.optional() });

export const CreateCycleBody = z.object({
  name: z.string().trim().min(1).max(60),
  horizonId: Id,
  parentId: Id.nullable().default(null),
  startDate: CalendarDate,
  endDate: CalendarDate,
});
