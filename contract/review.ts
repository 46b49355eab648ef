import { z } from 'zod';
import { Id, Timestamp } from './common.js';
import { Retrospective } from './key-results.js';
import { CalendarDate } from './planning.js';
import { PromiseSummary } from './promises.js';

export const ReviewQuery = z.object({ teamId: Id.optional() });

export const ReviewEntry = z.object({
  promise: PromiseSummary,
  finalScore: z.number().nullable(),
  satisfaction: z.object({ satisfied: z.boolean(), note: z.string(), at: Timestamp }).nullable(),
  retrospectives: z.array(Retrospective),
  reason: z.object({ code: z.string().optional(), text: z.string() }).nullable(),
});

export const CycleReview = z
  .object({
    cycle: z.object({ id: Id, name: z.string(), startDate: CalendarDate, endDate: CalendarDate }),
    team: z.object({ id: Id, name: z.string() }).nullable(),
    kept: z
      .array(ReviewEntry)
      .describe('Promises agreed in the cycle, with their final score and assessment'),
    ended: z.array(ReviewEntry).describe('Declined, withdrawn or revoked during the cycle, and why'),
    averageScore: z.number().nullable(),
    satisfied: z.number().int(),
  })
  .meta({ id: 'CycleReview' });
export type CycleReview = z.infer<typeof CycleReview>;

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
