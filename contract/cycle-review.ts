import { z } from 'zod';
import { Retrospective } from './assessments.js';
import { CalendarDate, Id, Timestamp } from './common.js';
import { CarriedPromise, PromiseSummary } from './promises.js';

/** How many promises a review lists at most under each heading per page. */
export const REVIEW_PAGE_LIMIT = 200;

export const ReviewQuery = z.object({
  teamId: Id.optional(),
  limit: z.coerce.number().int().min(1).max(REVIEW_PAGE_LIMIT).default(25),
  keptOffset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  endedOffset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

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
      .describe(
        'A page of the promises opened in the cycle and not ended, soonest due first, with their final score and assessment',
      ),
    keptTotal: z.number().int(),
    ended: z
      .array(ReviewEntry)
      .describe(
        'A page of those declined, withdrawn or revoked during the cycle, soonest due first, and why',
      ),
    endedTotal: z.number().int(),
    carriedOver: z
      .array(z.object({ from: CarriedPromise, into: CarriedPromise }))
      .describe(
        `What was carried over from the cycle's unfinished promises, and into which promise of the next cycle (at most ${REVIEW_PAGE_LIMIT})`,
      ),
    limit: z.number().int(),
    keptOffset: z.number().int(),
    endedOffset: z.number().int(),
    averageScore: z.number().nullable(),
    satisfied: z.number().int(),
    /** How many kept promises their customer has assessed at least once. */
    assessed: z.number().int(),
    /** Every kept promise by how it ended up: the counts the outcome chart shows. */
    outcomes: z.object({
      satisfied: z.number().int(),
      awaitingAssessment: z.number().int(),
      sentBack: z.number().int(),
      beingKept: z.number().int(),
      inNegotiation: z.number().int(),
    }),
  })
  .meta({ id: 'CycleReview' });
export type CycleReview = z.infer<typeof CycleReview>;
