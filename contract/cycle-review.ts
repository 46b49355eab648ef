import { z } from 'zod';
import { Retrospective } from './assessments.js';
import { CalendarDate, Id, Timestamp } from './common.js';
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
