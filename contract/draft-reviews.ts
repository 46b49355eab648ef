import { z } from 'zod';
import { REVIEW_ROLES } from '../core/planning/draft-reviews.js';
import { Id, RequiredText, Timestamp } from './common.js';
import { Party, PartyRef } from './parties.js';
import { Can } from './policies.js';

export const ReviewRole = z.enum(REVIEW_ROLES);

export const ReviewRequest = z.object({
  id: Id,
  reviewer: PartyRef,
  role: ReviewRole,
  requestedAt: Timestamp,
  reviewedAt: Timestamp.nullable(),
  can: Can('reviewRequest', 'ReviewRequestActions'),
});

export const ReviewQuestion = z.object({
  id: Id,
  text: z.string(),
  askedBy: z.object({ id: Id, name: z.string() }),
  askedAt: Timestamp,
  answer: z.string().nullable(),
  answeredAt: Timestamp.nullable(),
  resolvedAt: Timestamp.nullable(),
  can: Can('question', 'ReviewQuestionActions'),
});

export const PromiseReviews = z
  .object({
    promiseId: Id,
    requests: z.array(ReviewRequest),
    questions: z.array(ReviewQuestion),
    suggested: z
      .array(z.object({ reviewer: PartyRef, role: ReviewRole }))
      .describe('Teams at the other end of its dependencies, and the customer as manager'),
    roundTrip: z.object({
      isComplete: z.boolean(),
      reviewedBy: z.array(ReviewRole),
      pendingReviews: z.number().int(),
      openQuestions: z.number().int(),
    }),
  })
  .meta({ id: 'PromiseReviews' });
export type PromiseReviews = z.infer<typeof PromiseReviews>;

export const RequestReviewBody = z.object({ reviewer: Party, role: ReviewRole });
/** A reviewer's question, or a side's answer to one. */
export const MAX_QUESTION_TEXT_LENGTH = 5000;
export const AskQuestionBody = z.object({ text: RequiredText(MAX_QUESTION_TEXT_LENGTH) });
export const AnswerQuestionBody = z.object({ text: RequiredText(MAX_QUESTION_TEXT_LENGTH) });
