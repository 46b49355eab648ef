import { z } from 'zod';
import { CalendarDate, Id } from './common.js';
import { PromiseSummary } from './promises.js';

export const DashboardQuery = z.object({
  cycleId: Id.optional(),
  teamId: Id.optional(),
  personId: Id.optional(),
});

export const Dashboard = z
  .object({
    cycle: z.object({ id: Id, name: z.string(), startDate: CalendarDate, endDate: CalendarDate }).nullable(),
    byPhase: z.record(z.string(), z.number().int()),
    byCheckInStatus: z.record(z.string(), z.number().int()),
    averageScore: z.number().nullable(),
    atRisk: z.array(PromiseSummary),
    stale: z.array(PromiseSummary),
    progressOverTime: z.array(z.object({ date: CalendarDate, averageScore: z.number().nullable() })),
  })
  .meta({ id: 'Dashboard' });
export type Dashboard = z.infer<typeof Dashboard>;
