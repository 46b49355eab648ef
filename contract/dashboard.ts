import { z } from 'zod';
import { AsOf, CalendarDate, Id } from './common.js';
import { PromiseSummary } from './promises.js';

export const DashboardQuery = z.object({
  cycleId: Id.optional(),
  teamId: Id.optional(),
  personId: Id.optional(),
  at: AsOf.optional(),
});

/** How many promises a dashboard lists under each heading: the rest are counted, not listed. */
export const DASHBOARD_LIST_LIMIT = 20;

export const Dashboard = z
  .object({
    cycle: z.object({ id: Id, name: z.string(), startDate: CalendarDate, endDate: CalendarDate }).nullable(),
    byPhase: z.record(z.string(), z.number().int()),
    byCheckInStatus: z.record(z.string(), z.number().int()),
    averageScore: z.number().nullable(),
    /** The first promises at risk or off track, soonest due first; `atRiskTotal` says how many there are. */
    atRisk: z.array(PromiseSummary),
    atRiskTotal: z.number().int(),
    /** The first promises whose check-in is overdue, soonest due first; `staleTotal` says how many. */
    stale: z.array(PromiseSummary),
    staleTotal: z.number().int(),
    /** Promises at risk, overdue or both, each counted once. */
    needAttentionTotal: z.number().int(),
    progressOverTime: z.array(z.object({ date: CalendarDate, averageScore: z.number().nullable() })),
  })
  .meta({ id: 'Dashboard' });
export type Dashboard = z.infer<typeof Dashboard>;
